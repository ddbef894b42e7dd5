package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * OFAC legacy CSV sets, no header, "-0-" for empty, CRLF, trailing 0x1A:
 * <pre>
 * sdn / prim (12): ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
 *                  Tonnage, GRT, Vess_flag, Vess_owner, Remarks
 * add (6):         ent_num, add_num, Address, City/State/Province/Postal Code, Country, Add_remarks
 * alt (5):         ent_num, alt_num, alt_type, alt_name, alt_remarks
 * comments (2):    ent_num, remarks continuation (appended to the 1000-char Remarks verbatim)
 * </pre>
 * Name as published ("SURNAME, Given" for persons). SDN_Type empty → ORGANIZATION.
 * Program "SDGT] [IFSR" → [SDGT, IFSR]. Address: text = Address column, city = the
 * combined City/State/Province/Postal Code column as published (OFAC does not split it),
 * country = ISO-2 of the Country name (the name itself when unknown, with a warning).
 * alt rows are strong aliases unless alt_remarks says "weak" or "low quality"; the
 * a.k.a./f.k.a. 'X' quotes in Remarks are OFAC's weak a.k.a.s. Ids and nationality are
 * extracted from Remarks as in {@link Identifiers#fromRemarks}; Remarks stay verbatim
 * (incl. "Linked To:"). Title and vessel columns are appended to remarks as "Label: value".
 * add/alt/comments rows for an ent_num not in the primary file are ignored with a warning.
 */
final class OfacCsvParser {

    private OfacCsvParser() {
    }

    static ParsedList parse(ImportFormat format, Map<String, String> texts) throws ImportException {
        boolean sdn = format == ImportFormat.OFAC_SDN_CSV;
        String primPart = sdn ? "sdn" : "prim";
        List<String> warnings = new ArrayList<>();
        Map<String, Draft> byId = new LinkedHashMap<>();
        Map<String, String> rawRemarks = new HashMap<>();
        try (CsvRows rows = new CsvRows(primPart, texts.get(primPart))) {
            while (rows.next()) {
                check(rows, 12);
                Draft d = new Draft();
                d.line = rows.line();
                d.id = Text.clean(rows.get(0));
                if (d.id == null) {
                    throw new ImportException(Reason.MISSING_ID, primPart, rows.line(), "ent_num is empty");
                }
                d.name = Text.clean(rows.get(1));
                if (d.name == null) {
                    throw new ImportException(Reason.MISSING_NAME, primPart, rows.line(),
                            "entry " + d.id + " has no SDN_Name");
                }
                d.kind = kind(rows.get(2));
                d.programs.addAll(programs(rows.get(3)));
                d.list = sdn ? ListIds.SDN : ListIds.fromConsolidatedPrograms(new ArrayList<>(d.programs));
                d.extra("Title", Text.clean(rows.get(4)));
                d.extra("Call sign", Text.clean(rows.get(5)));
                d.extra("Vessel type", Text.clean(rows.get(6)));
                d.extra("Tonnage", Text.clean(rows.get(7)));
                d.extra("GRT", Text.clean(rows.get(8)));
                d.extra("Vessel flag", Text.clean(rows.get(9)));
                d.extra("Vessel owner", Text.clean(rows.get(10)));
                String remarks = Text.clean(rows.get(11));
                if (remarks != null) {
                    rawRemarks.put(d.id, remarks);
                }
                if (byId.put(d.id, d) != null) {
                    throw new ImportException(Reason.DUPLICATE_ID, primPart, rows.line(),
                            "ent_num " + d.id + " appears twice");
                }
            }
        }
        if (byId.isEmpty()) {
            throw new ImportException(Reason.EMPTY_FILE, primPart, 0, "no entries");
        }
        Map<String, Integer> orphans = new TreeMap<>();
        if (texts.containsKey("comments")) {
            try (CsvRows rows = new CsvRows("comments", texts.get("comments"))) {
                while (rows.next()) {
                    check(rows, 2);
                    String id = Text.clean(rows.get(0));
                    String more = rows.get(1);
                    if (!byId.containsKey(id)) {
                        orphans.merge("comments", 1, Integer::sum);
                        continue;
                    }
                    if (Text.clean(more) != null) {
                        rawRemarks.merge(id, more.stripTrailing(), (a, b) -> a + b);
                    }
                }
            }
        }
        Map<String, Integer> unknownCountries = new TreeMap<>();
        if (texts.containsKey("add")) {
            try (CsvRows rows = new CsvRows("add", texts.get("add"))) {
                while (rows.next()) {
                    check(rows, 6);
                    Draft d = byId.get(Text.clean(rows.get(0)));
                    if (d == null) {
                        orphans.merge("add", 1, Integer::sum);
                        continue;
                    }
                    String street = Text.clean(rows.get(2));
                    String cityEtc = Text.clean(rows.get(3));
                    String countryName = Text.clean(rows.get(4));
                    String iso = Countries.toIso2(countryName);
                    if (countryName != null && iso == null) {
                        unknownCountries.merge(countryName, 1, Integer::sum);
                    }
                    if (street == null && cityEtc == null && countryName == null) {
                        continue;
                    }
                    d.address(new Address(street, cityEtc, null, null, iso != null ? iso : countryName));
                    String addRemarks = Text.clean(rows.get(5));
                    if (addRemarks != null) {
                        d.extra("Address remarks", addRemarks);
                    }
                }
            }
        }
        if (texts.containsKey("alt")) {
            try (CsvRows rows = new CsvRows("alt", texts.get("alt"))) {
                while (rows.next()) {
                    check(rows, 5);
                    Draft d = byId.get(Text.clean(rows.get(0)));
                    if (d == null) {
                        orphans.merge("alt", 1, Integer::sum);
                        continue;
                    }
                    String name = Text.clean(rows.get(3));
                    if (name == null) {
                        continue;
                    }
                    String rem = Text.clean(rows.get(4));
                    boolean weak = rem != null && (rem.toLowerCase(Locale.ROOT).contains("weak")
                            || rem.toLowerCase(Locale.ROOT).contains("low quality"));
                    d.alias(name, weak);
                }
            }
        }
        List<ListRecord> out = new ArrayList<>(byId.size());
        for (Draft d : byId.values()) {
            String remarks = rawRemarks.get(d.id);
            d.remarks = remarks;
            List<chokepoint.designations.domain.Alias> weak = new ArrayList<>();
            List<String> countries = new ArrayList<>();
            List<chokepoint.designations.domain.Identifier> ids = new ArrayList<>();
            Identifiers.fromRemarks(remarks, ids, weak, countries);
            d.identifiers.addAll(ids);
            for (var a : weak) {
                d.alias(a.name(), true);
            }
            for (String c : countries) {
                d.country(c);
            }
            out.add(d.build());
        }
        orphans.forEach((part, n) -> warnings.add(n + " row(s) of part '" + part + "' refer to an ent_num not in the primary file; ignored"));
        unknownCountries.forEach((c, n) -> warnings.add("country name '" + c + "' has no ISO-2 code (" + n + " address(es)); kept as published"));
        return ParsedList.of(format, out, warnings);
    }

    private static void check(CsvRows rows, int n) throws ImportException {
        if (rows.size() != n) {
            throw new ImportException(Reason.WRONG_COLUMNS, rows.part(), rows.line(),
                    "row has " + rows.size() + " columns, part '" + rows.part() + "' of the OFAC legacy layout has " + n);
        }
    }

    static PartyKind kind(String type) {
        String t = Text.clean(type);
        if (t == null) {
            return PartyKind.ORGANIZATION;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "individual":
                return PartyKind.PERSON;
            case "vessel":
                return PartyKind.VESSEL;
            case "aircraft":
                return PartyKind.AIRCRAFT;
            case "entity":
                return PartyKind.ORGANIZATION;
            default:
                return PartyKind.UNKNOWN;
        }
    }

    /** "SDGT] [IFSR" (the CSV strips the outer brackets of "[SDGT] [IFSR]") → [SDGT, IFSR]. */
    static List<String> programs(String value) {
        List<String> out = new ArrayList<>();
        String v = Text.clean(value);
        if (v == null) {
            return out;
        }
        for (String p : Text.split(v, "] [")) {
            String s = p;
            if (s.startsWith("[")) {
                s = s.substring(1);
            }
            if (s.endsWith("]")) {
                s = s.substring(0, s.length() - 1);
            }
            s = s.strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
