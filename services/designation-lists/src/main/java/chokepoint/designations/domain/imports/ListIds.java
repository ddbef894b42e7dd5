package chokepoint.designations.domain.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * List ids.
 *
 * <h2>CSL {@code source} to list id</h2>
 * Matched on the abbreviation in parentheses of the {@code source} column (the full
 * strings are below), so a change in the agency suffix does not break it:
 * <pre>
 * (SDN)         Specially Designated Nationals (SDN) - Treasury Department        SDN
 * (EL)          Entity List (EL) - Bureau of Industry and Security                ENTITY_LIST
 * (MEU)         Military End User (MEU) List - Bureau of Industry and Security    MEU
 * (UVL)         Unverified List (UVL) - Bureau of Industry and Security           UVL
 * (DPL)         Denied Persons List (DPL) - Bureau of Industry and Security       DPL
 * (CMIC)        Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) NS_CMIC
 * (SSI)         Sectoral Sanctions Identifications List (SSI) - Treasury          SSI
 * (NS-MBS List) Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury        NS_MBS
 * (CAP)         Capta List (CAP) - Treasury Department                            CAPTA
 * (FSE)         Foreign Sanctions Evaders (FSE) - Treasury Department             FSE
 * (PLC)         Palestinian Legislative Council List (PLC) - Treasury             PLC
 * (ISN)         Nonproliferation Sanctions (ISN) - State Department               ISN
 * (DTC)         ITAR Debarred (DTC) - State Department                            DTC
 * </pre>
 * Any other source gets a readable derived id (the text before " - ", upper snake case,
 * e.g. "New Things List (NTL) - Commerce" gives NEW_THINGS_LIST_NTL) and a warning;
 * nothing is dropped. DoD 1260H records are SECTION_1260H.
 *
 * <h2>OFAC programs to list id (legacy CSV and sdnList XML)</h2>
 * Every entry of sdn.csv / SDN.XML is SDN whatever its programs (SDN has entries tagged
 * NS-PLC and UKRAINE-EO13662 too). An entry of the consolidated (non-SDN) files is, by
 * the first rule that matches one of its program tags:
 * <pre>
 * CMIC-EO13959                    NS_CMIC
 * UKRAINE-EO13662 (any directive) SSI
 * NS-PLC                          PLC
 * 561-Related                     CAPTA
 * FSE-*                           FSE
 * anything else                   NS_MBS  (RUSSIA-EO14024 directives, CAATSA - RUSSIA,
 *                                          BURMA-EO14014, ILLICIT-DRUGS-EO14059 ...: the
 *                                          menu-based list is what remains)
 * </pre>
 * This reproduces the CSL grouping (2025-12 cons_prim: SSI 286, PLC 78, NS_CMIC 68,
 * CAPTA 1, NS_MBS 9).
 */
public final class ListIds {

    public static final String SDN = "SDN";
    public static final String ENTITY_LIST = "ENTITY_LIST";
    public static final String MEU = "MEU";
    public static final String UVL = "UVL";
    public static final String DPL = "DPL";
    public static final String NS_CMIC = "NS_CMIC";
    public static final String SSI = "SSI";
    public static final String NS_MBS = "NS_MBS";
    public static final String CAPTA = "CAPTA";
    public static final String FSE = "FSE";
    public static final String PLC = "PLC";
    public static final String ISN = "ISN";
    public static final String DTC = "DTC";
    public static final String SECTION_1260H = "SECTION_1260H";

    private static final Map<String, String> BY_ABBREVIATION = new LinkedHashMap<>();

    static {
        BY_ABBREVIATION.put("SDN", SDN);
        BY_ABBREVIATION.put("EL", ENTITY_LIST);
        BY_ABBREVIATION.put("MEU", MEU);
        BY_ABBREVIATION.put("UVL", UVL);
        BY_ABBREVIATION.put("DPL", DPL);
        BY_ABBREVIATION.put("CMIC", NS_CMIC);
        BY_ABBREVIATION.put("SSI", SSI);
        BY_ABBREVIATION.put("NS-MBS LIST", NS_MBS);
        BY_ABBREVIATION.put("NS-MBS", NS_MBS);
        BY_ABBREVIATION.put("CAP", CAPTA);
        BY_ABBREVIATION.put("CAPTA", CAPTA);
        BY_ABBREVIATION.put("FSE", FSE);
        BY_ABBREVIATION.put("PLC", PLC);
        BY_ABBREVIATION.put("ISN", ISN);
        BY_ABBREVIATION.put("DTC", DTC);
    }

    private ListIds() {
    }

    /** The CSL source-to-list table: abbreviation in parentheses to list id. */
    public static Map<String, String> cslAbbreviations() {
        return java.util.Collections.unmodifiableMap(BY_ABBREVIATION);
    }

    /** List id for a CSL {@code source} value; null when not in the table. */
    public static String fromCslSource(String source) {
        if (source == null) {
            return null;
        }
        int from = 0;
        while (true) {
            int open = source.indexOf('(', from);
            if (open < 0) {
                return null;
            }
            int close = source.indexOf(')', open);
            if (close < 0) {
                return null;
            }
            String abbr = source.substring(open + 1, close).strip().toUpperCase(Locale.ROOT);
            String id = BY_ABBREVIATION.get(abbr);
            if (id != null) {
                return id;
            }
            from = close + 1;
        }
    }

    /** A readable id for an unknown source: the text before " - ", UPPER_SNAKE. */
    public static String derived(String text) {
        String s = text == null ? "" : text;
        int dash = s.indexOf(" - ");
        if (dash > 0) {
            s = s.substring(0, dash);
        }
        return upperSnake(s);
    }

    static String upperSnake(String s) {
        StringBuilder sb = new StringBuilder();
        boolean us = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                if (us && sb.length() > 0) {
                    sb.append('_');
                }
                us = false;
                sb.append(Character.toUpperCase(c));
            } else {
                us = true;
            }
        }
        return sb.length() == 0 ? "UNNAMED_LIST" : sb.toString();
    }

    /** List id of an entry of OFAC's consolidated (non-SDN) files from its program tags. */
    public static String fromConsolidatedPrograms(List<String> programs) {
        boolean cmic = false, ssi = false, plc = false, capta = false, fse = false;
        for (String p : programs) {
            String u = p.toUpperCase(Locale.ROOT);
            if (u.equals("CMIC-EO13959")) {
                cmic = true;
            } else if (u.startsWith("UKRAINE-EO13662")) {
                ssi = true;
            } else if (u.equals("NS-PLC")) {
                plc = true;
            } else if (u.equals("561-RELATED")) {
                capta = true;
            } else if (u.startsWith("FSE-")) {
                fse = true;
            }
        }
        if (cmic) {
            return NS_CMIC;
        }
        if (ssi) {
            return SSI;
        }
        if (plc) {
            return PLC;
        }
        if (capta) {
            return CAPTA;
        }
        if (fse) {
            return FSE;
        }
        return NS_MBS;
    }

    /** Program tags found only in the consolidated (non-SDN) list: used to tell the two XML files apart. */
    static boolean isNonSdnOnly(List<String> programs) {
        for (String p : programs) {
            String u = p.toUpperCase(Locale.ROOT);
            if (u.equals("CMIC-EO13959") || u.equals("561-RELATED") || u.startsWith("FSE-")) {
                return true;
            }
        }
        return programs.size() == 1 && programs.get(0).equalsIgnoreCase("NS-PLC");
    }
}
