package chokepoint.prohibition.domain;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Country Group D:5 ("U.S. Arms Embargoed Countries"), 15 CFR part 740, Supplement No. 1, kept as data.
 * Source: eCFR, Supp. No. 1 to part 740, column D:5 (last amended for Nicaragua by 89 FR 18780, Mar. 15,
 * 2024; Cambodia 86 FR 68886, Dec. 6, 2021; Afghanistan, Belarus, Russia as listed in the current text).
 * Re-verify against https://www.ecfr.gov/current/title-15/part-740/appendix-Supplement%20No.%201%20to%20Part%20740
 * whenever BIS amends the supplement; see docs/rules.md. Cyprus stays in D:5 (85 FR 84211 added it to A:6 only);
 * State suspends the ITAR 126.1(r) policy of denial year by year (currently through 2026-09-30), which does not
 * change the EAR country group.
 */
public final class CountryGroups {
    public static final String D5_CITATION = "15 CFR part 740, Supp. No. 1, Country Group D:5";
    public static final String D5_VERIFIED_AS_OF = "2026-11-27 (from the text as last known; re-verify on eCFR)";

    /** ISO-2 code to name, Country Group D:5. */
    public static final Map<String, String> D5 = new TreeMap<>(Map.ofEntries(
            Map.entry("AF", "Afghanistan"),
            Map.entry("BY", "Belarus"),
            Map.entry("MM", "Burma"),
            Map.entry("KH", "Cambodia"),
            Map.entry("CF", "Central African Republic"),
            Map.entry("CN", "China (People's Republic of)"),
            Map.entry("CD", "Congo (Democratic Republic of the)"),
            Map.entry("CU", "Cuba"),
            Map.entry("CY", "Cyprus"),
            Map.entry("ER", "Eritrea"),
            Map.entry("HT", "Haiti"),
            Map.entry("IR", "Iran"),
            Map.entry("IQ", "Iraq"),
            Map.entry("KP", "Korea, North"),
            Map.entry("LB", "Lebanon"),
            Map.entry("LY", "Libya"),
            Map.entry("NI", "Nicaragua"),
            Map.entry("RU", "Russia"),
            Map.entry("SO", "Somalia"),
            Map.entry("SS", "South Sudan"),
            Map.entry("SD", "Sudan"),
            Map.entry("SY", "Syria"),
            Map.entry("VE", "Venezuela"),
            Map.entry("ZW", "Zimbabwe")));

    /** Macau is named separately by the BIS May 2025 guidance (it is not itself in D:5). */
    public static final String MACAU = "MO";

    /** The countries the BIS May 2025 IaaS / AI-training red flag names: D:5 plus Macau. */
    public static final Set<String> AI_TRAINING_RED_FLAG_COUNTRIES;

    static {
        java.util.Set<String> s = new java.util.TreeSet<>(D5.keySet());
        s.add(MACAU);
        AI_TRAINING_RED_FLAG_COUNTRIES = Set.copyOf(s);
    }

    private CountryGroups() {
    }
}
