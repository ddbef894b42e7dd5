package chokepoint.platform;

import java.util.Set;

/**
 * Who is calling: the token's subject, its roles, (for providers) its tenant, and the raw
 * token, which the gateway forwards so that the owning service checks authority itself.
 * An agency writes only the lists its authority owns (see {@link #mayWriteList(String)}).
 */
public record Caller(String subject, Set<String> roles, String tenant, String token) {

    @Override
    public String toString() {
        return "Caller[" + subject + ", " + roles + ", tenant=" + tenant + "]";
    }

    public boolean hasAnyRole(String... wanted) {
        for (String r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lists each authority owns: BIS the Entity List, MEU, Unverified and Denied Persons lists;
     * OFAC the SDN and non-SDN lists (incl. NS-CMIC, SSI); State the PAIP designations (with the
     * "service" role of the paip-menu service acting for it); DoD the Section 1260H list; admin all.
     * Custom lists ({@code custom:<name>}) are written by admins and analysts.
     */
    public boolean mayWriteList(String list) {
        if (roles.contains("admin")) {
            return true;
        }
        if (list == null) {
            return false;
        }
        if (list.startsWith("custom:")) {
            return roles.contains("analyst");
        }
        return switch (list) {
            case "ENTITY_LIST", "MEU", "UVL", "DPL" -> roles.contains("agency-bis") || roles.contains("service")
                    && "ENTITY_LIST".equals(list);
            case "SDN", "NS_CMIC", "SSI", "CAPTA", "FSE", "PLC", "NS_MBS" -> roles.contains("agency-ofac");
            case "PAIP" -> roles.contains("agency-state") || roles.contains("service");
            case "SECTION_1260H" -> roles.contains("agency-dod");
            case "ISN", "DTC" -> roles.contains("agency-state");
            default -> false;
        };
    }
}
