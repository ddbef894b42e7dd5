package chokepoint.designations.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lists Chokepoint knows, with the authority that owns each. The ids are the ones of the
 * REST contract; {@code custom:<name>} lists belong to the deployment's own users.
 */
public final class Lists {

    public record ListInfo(String id, String authority, String name) {
    }

    private static final Pattern CUSTOM = Pattern.compile("custom:[a-z0-9][a-z0-9_.-]{0,62}");

    private static final Map<String, ListInfo> KNOWN = new LinkedHashMap<>();

    static {
        add("SDN", "OFAC", "Specially Designated Nationals and Blocked Persons List (31 CFR chapter V)");
        add("ENTITY_LIST", "BIS", "Entity List (15 CFR 744.11, Supp. 4 to part 744)");
        add("MEU", "BIS", "Military End-User List (15 CFR 744.21, Supp. 7 to part 744)");
        add("UVL", "BIS", "Unverified List (15 CFR 744.15, Supp. 6 to part 744)");
        add("DPL", "BIS", "Denied Persons List (15 CFR 764.3(a)(2))");
        add("NS_CMIC", "OFAC", "Non-SDN Chinese Military-Industrial Complex Companies List (EO 13959 as amended by EO 14032; 31 CFR 586)");
        add("SSI", "OFAC", "Sectoral Sanctions Identifications List (EO 13662)");
        add("CAPTA", "OFAC", "List of Foreign Financial Institutions Subject to Correspondent or Payable-Through Account Sanctions");
        add("FSE", "OFAC", "Foreign Sanctions Evaders List");
        add("PLC", "OFAC", "Palestinian Legislative Council List");
        add("NS_MBS", "OFAC", "Non-SDN Menu-Based Sanctions List");
        add("ISN", "STATE", "Nonproliferation Sanctions (State Department)");
        add("DTC", "STATE", "ITAR Debarred (State Department, 22 CFR 127.7)");
        add("SECTION_1260H", "DOD", "Chinese military companies (Section 1260H of the FY2021 NDAA)");
        add("PAIP", "STATE", "Protecting American Intellectual Property Act designations (50 U.S.C. 1709)");
    }

    private Lists() {
    }

    private static void add(String id, String authority, String name) {
        KNOWN.put(id, new ListInfo(id, authority, name));
    }

    public static Optional<ListInfo> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ListInfo known = KNOWN.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        if (CUSTOM.matcher(id).matches()) {
            return Optional.of(new ListInfo(id, "USER", "User list " + id.substring("custom:".length())));
        }
        return Optional.empty();
    }

    public static Map<String, ListInfo> known() {
        return Map.copyOf(KNOWN);
    }
}
