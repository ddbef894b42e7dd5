package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;

import java.util.List;
import java.util.Locale;

/**
 * Identifier labels as OFAC/CSL publish them, to schemes, and the extraction of cleanly
 * tagged ids and weak a.k.a.s from OFAC legacy remarks.
 *
 * <p>Schemes: USCC, LEI, IMO, MMSI, PASSPORT, NATIONAL_ID, TAX_ID, REGISTRATION, SWIFT_BIC,
 * ISIN, WEBSITE, EMAIL. Any other published label that carries an identifier is kept with
 * the label as its scheme. Labels that are information rather than identifiers (Gender,
 * Target Type, listing/effective dates, directive texts, "Secondary sanctions risk",
 * Organization Type / Established Date, Issuer Name, Equity Ticker, CAATSA information,
 * Nationality of Registration, Additional Sanctions Information) are not identifiers:
 * they stay in the remarks (OFAC CSV, where the remarks keep them) or are left out (XML
 * idList, CSL ids column).
 */
final class Identifiers {

    private Identifiers() {
    }

    /** Scheme for a published id label, or null when the label is informational. */
    static String scheme(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.endsWith(":") || l.endsWith(" -")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        if (l.contains("unified social credit code") || l.equals("uscc")) {
            return "USCC";
        }
        if (l.equals("legal entity number") || l.equals("lei") || l.equals("legal entity identifier")) {
            return "LEI";
        }
        if (l.equals("imo") || l.contains("vessel registration identification") || l.equals("imo number")) {
            return "IMO";
        }
        if (l.equals("mmsi")) {
            return "MMSI";
        }
        if (l.equals("passport") || l.equals("diplomatic passport")) {
            return "PASSPORT";
        }
        if (l.startsWith("national id") || l.equals("cedula no.") || l.equals("identification number")) {
            return "NATIONAL_ID";
        }
        if (l.startsWith("tax id") || l.equals("v.a.t. number") || l.equals("ruc #") || l.equals("nit #")
                || l.equals("rfc")) {
            return "TAX_ID";
        }
        if (l.equals("registration number") || l.equals("registration id") || l.equals("business registration number")
                || l.equals("company number") || l.equals("public registration number") || l.equals("c.r. no.")
                || l.equals("commercial registry number") || l.equals("business number")
                || l.equals("government gazette number")) {
            return "REGISTRATION";
        }
        if (l.equals("swift/bic")) {
            return "SWIFT_BIC";
        }
        if (l.equals("isin")) {
            return "ISIN";
        }
        if (l.equals("website")) {
            return "WEBSITE";
        }
        if (l.equals("email address")) {
            return "EMAIL";
        }
        if (l.equals("gender") || l.equals("target type") || l.contains("date") || l.contains("directive")
                || l.contains("secondary sanctions") || l.startsWith("organization type")
                || l.equals("issuer name") || l.equals("equity ticker") || l.contains("caatsa")
                || l.equals("nationality of registration") || l.contains("additional sanctions")
                || l.contains("executive order") || l.startsWith("subject to") || l.contains("information")
                || l.startsWith("for more information") || l.equals("digital currency address")
                || l.startsWith("peesa") || l.contains("sanctions") || l.equals("aircraft model")
                || l.equals("aircraft operator") || l.contains("year of build") || l.contains("flag")
                || l.equals("vessel type") || l.equals("place of registration")) {
            return null;
        }
        return label.strip();
    }

    /**
     * Parses one OFAC remarks segment ("Passport X123 (Egypt)", "alt. Tax ID No. 77 (Russia)",
     * "Unified Social Credit Code (USCC) 9111...", "IMO 9187629", "a.k.a. 'BNC'") into ids,
     * weak aliases and countries ("nationality Iran", "citizen Iran").
     */
    static void fromRemarks(String remarks, List<Identifier> ids, List<Alias> weakAliases, List<String> countries) {
        if (remarks == null) {
            return;
        }
        for (String raw : Text.splitSemicolon(remarks)) {
            String seg = raw;
            if (seg.endsWith(".")) {
                seg = seg.substring(0, seg.length() - 1);
            }
            if (seg.startsWith("alt. ")) {
                seg = seg.substring(5).strip();
            }
            if (seg.startsWith("a.k.a. '") || seg.startsWith("f.k.a. '") || seg.startsWith("n.k.a. '")) {
                String inner = seg.substring(8);
                int end = inner.lastIndexOf('\'');
                if (end > 0) {
                    String alias = Text.clean(inner.substring(0, end));
                    if (alias != null) {
                        weakAliases.add(new Alias(alias, true, Text.script(alias)));
                    }
                }
                continue;
            }
            if (seg.startsWith("nationality ") || seg.startsWith("citizen ")) {
                String cc = Countries.toIso2(seg.substring(seg.indexOf(' ') + 1));
                if (cc != null) {
                    countries.add(cc);
                }
                continue;
            }
            tagged(seg, "Unified Social Credit Code (USCC) ", "USCC", ids);
            tagged(seg, "Legal Entity Number ", "LEI", ids);
            tagged(seg, "Vessel Registration Identification IMO ", "IMO", ids);
            tagged(seg, "IMO ", "IMO", ids);
            tagged(seg, "MMSI ", "MMSI", ids);
            tagged(seg, "Passport ", "PASSPORT", ids);
            tagged(seg, "Diplomatic Passport ", "PASSPORT", ids);
            tagged(seg, "National ID No. ", "NATIONAL_ID", ids);
            tagged(seg, "Tax ID No. ", "TAX_ID", ids);
            tagged(seg, "Registration Number ", "REGISTRATION", ids);
            tagged(seg, "Registration ID ", "REGISTRATION", ids);
            tagged(seg, "Business Registration Number ", "REGISTRATION", ids);
            tagged(seg, "Company Number ", "REGISTRATION", ids);
            tagged(seg, "SWIFT/BIC ", "SWIFT_BIC", ids);
            tagged(seg, "ISIN ", "ISIN", ids);
            tagged(seg, "Website ", "WEBSITE", ids);
            tagged(seg, "Email Address ", "EMAIL", ids);
        }
    }

    /** "LABEL VALUE[ (Country)][ trailing words]" with a single-token value. */
    private static void tagged(String seg, String label, String scheme, List<Identifier> ids) {
        if (!seg.startsWith(label)) {
            return;
        }
        String rest = seg.substring(label.length()).strip();
        if (rest.isEmpty()) {
            return;
        }
        String country = null;
        int paren = rest.indexOf(" (");
        String value = paren > 0 ? rest.substring(0, paren) : rest;
        if (paren > 0) {
            int close = rest.indexOf(')', paren);
            if (close > paren) {
                country = Countries.toIso2(rest.substring(paren + 2, close));
            }
        }
        // the value ends at the first word starting in lower case ("issued 18 Jan 1984")
        int cut = value.length();
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i - 1) == ' ' && Character.isLowerCase(value.charAt(i))) {
                cut = i - 1;
                break;
            }
        }
        value = value.substring(0, cut).strip();
        if (value.isEmpty() || value.split(" ").length > 3 || !hasDigitOrDot(value, scheme)) {
            return;
        }
        ids.add(new Identifier(scheme, value, country));
    }

    private static boolean hasDigitOrDot(String v, String scheme) {
        if ("WEBSITE".equals(scheme) || "EMAIL".equals(scheme)) {
            return v.indexOf('.') > 0;
        }
        if ("SWIFT_BIC".equals(scheme)) {
            return v.length() >= 8;
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Federal Register citations of a CSL federal_register_notice value: every "NN FR PPPP" /
     * "NN F.R. PPPP" it holds, normalised to "NN FR PPPP"; a value with none (ISN's
     * "Vol. 82, No. 12, 01/19/17") is kept whole.
     */
    static List<String> federalRegister(String value) {
        List<String> out = new java.util.ArrayList<>();
        String v = Text.clean(value);
        if (v == null) {
            return out;
        }
        int n = v.length();
        int i = 0;
        while (i < n) {
            int fr = indexOfFr(v, i);
            if (fr < 0) {
                break;
            }
            // volume: digits just before
            int ve = fr;
            while (ve > 0 && v.charAt(ve - 1) == ' ') {
                ve--;
            }
            int vs = ve;
            while (vs > 0 && Character.isDigit(v.charAt(vs - 1))) {
                vs--;
            }
            int afterFr = fr + (v.startsWith("F.R.", fr) ? 4 : 2);
            int ps = afterFr;
            while (ps < n && v.charAt(ps) == ' ') {
                ps++;
            }
            int pe = ps;
            while (pe < n && (Character.isDigit(v.charAt(pe)) || (v.charAt(pe) == ',' && pe + 1 < n
                    && Character.isDigit(v.charAt(pe + 1)) && pe + 3 < n && Character.isDigit(v.charAt(pe + 3))))) {
                pe++;
            }
            if (vs < ve && ps < pe) {
                String c = v.substring(vs, ve) + " FR " + v.substring(ps, pe).replace(",", "");
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
            i = Math.max(afterFr, pe);
        }
        if (out.isEmpty()) {
            out.add(v);
        }
        return out;
    }

    private static int indexOfFr(String v, int from) {
        int a = v.indexOf(" FR ", from - 1 < 0 ? 0 : from - 1);
        int b = v.indexOf(" F.R.", from - 1 < 0 ? 0 : from - 1);
        int best;
        if (a < 0) {
            best = b;
        } else if (b < 0) {
            best = a;
        } else {
            best = Math.min(a, b);
        }
        return best < 0 ? -1 : best + 1;
    }
}
