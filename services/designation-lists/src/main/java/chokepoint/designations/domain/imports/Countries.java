package chokepoint.designations.domain.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as OFAC and BIS write them ("Korea, North", "Russia", "Palestinian",
 * "Region: Gaza", "Virgin Islands, British") to ISO 3166 alpha-2. Built from the JDK's
 * English country names plus the list spellings below; unknown names give null (the
 * caller keeps the published text and reports a warning).
 */
final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String cc : Locale.getISOCountries()) {
            String en = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            BY_KEY.put(key(en), cc);
            int paren = en.indexOf(" (");
            if (paren > 0) {
                BY_KEY.put(key(en.substring(0, paren)), cc);
            }
        }
        String[][] extra = {
                {"Korea, North", "KP"}, {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"},
                {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"},
                {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Iran", "IR"}, {"Syria", "SY"},
                {"Burma", "MM"}, {"Myanmar", "MM"}, {"Palestinian", "PS"}, {"Palestinian Territories", "PS"},
                {"West Bank", "PS"}, {"Gaza", "PS"}, {"Region: Gaza", "PS"}, {"Region: West Bank", "PS"},
                {"Region: Crimea", "UA"}, {"Region: Northern Mali", "ML"}, {"Crimea", "UA"}, {"Region: Kurdistan Region", "IQ"},
                {"Congo, Democratic Republic of the", "CD"}, {"Democratic Republic of the Congo", "CD"},
                {"Congo, Republic of the", "CG"}, {"Republic of the Congo", "CG"},
                {"Virgin Islands, British", "VG"}, {"British Virgin Islands", "VG"},
                {"Virgin Islands, U.S.", "VI"}, {"Turkey", "TR"}, {"Turkiye", "TR"}, {"Türkiye", "TR"},
                {"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"Macau", "MO"}, {"Macao", "MO"},
                {"Hong Kong", "HK"}, {"Taiwan", "TW"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"}, {"Laos", "LA"},
                {"Bolivia", "BO"}, {"Venezuela", "VE"}, {"Tanzania", "TZ"}, {"Moldova", "MD"},
                {"Cote d Ivoire", "CI"}, {"Cote d'Ivoire", "CI"}, {"Ivory Coast", "CI"}, {"Kosovo", "XK"},
                {"Bahamas, The", "BS"}, {"The Bahamas", "BS"}, {"Gambia, The", "GM"}, {"The Gambia", "GM"},
                {"Micronesia, Federated States of", "FM"}, {"Brunei", "BN"}, {"Cabo Verde", "CV"},
                {"Cape Verde", "CV"}, {"Eswatini", "SZ"}, {"Swaziland", "SZ"}, {"North Macedonia", "MK"},
                {"Macedonia", "MK"}, {"United States", "US"}, {"USA", "US"}, {"United Kingdom", "GB"},
                {"UK", "GB"}, {"China", "CN"}, {"St. Kitts and Nevis", "KN"}, {"Saint Kitts and Nevis", "KN"},
                {"St. Lucia", "LC"}, {"St. Vincent and the Grenadines", "VC"},
                {"Saint Vincent and the Grenadines", "VC"}, {"Holy See", "VA"}, {"Timor-Leste", "TL"},
                {"East Timor", "TL"}, {"South Sudan", "SS"}, {"Sudan, South", "SS"},
                {"Netherlands Antilles", "AN"}, {"Curacao", "CW"}, {"Sint Maarten", "SX"},
                {"Bosnia and Herzegovina", "BA"}, {"Bosnia-Herzegovina", "BA"}, {"Serbia and Montenegro", "RS"},
                {"Yugoslavia", "RS"}, {"United Arab Emirates", "AE"}, {"UAE", "AE"},
                {"Saint Martin", "MF"}, {"Reunion", "RE"}, {"Sao Tome and Principe", "ST"},
                {"Aland Islands", "AX"}, {"Saint Barthelemy", "BL"}, {"Falkland Islands", "FK"},
                {"Man, Isle of", "IM"}, {"Isle of Man", "IM"}, {"North Macedonia, The Republic of", "MK"},
                {"Trinidad and Tobago", "TT"}, {"Antigua and Barbuda", "AG"}, {"Turks and Caicos Islands", "TC"},
        };
        for (String[] e : extra) {
            BY_KEY.put(key(e[0]), e[1]);
        }
    }

    private Countries() {
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        String n = java.text.Normalizer.normalize(s.replace("&", " and "), java.text.Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** ISO-2 for a code or a name; null when unknown or blank. */
    static String toIso2(String nameOrCode) {
        String s = Text.clean(nameOrCode);
        if (s == null) {
            return null;
        }
        if (s.length() == 2) {
            String up = s.toUpperCase(Locale.ROOT);
            if (Text.isIso2(up)) {
                return up;
            }
        }
        String iso = BY_KEY.get(key(s));
        if (iso == null && s.startsWith("Region: ")) {
            iso = BY_KEY.get(key(s.substring(8)));
        }
        return iso;
    }
}
