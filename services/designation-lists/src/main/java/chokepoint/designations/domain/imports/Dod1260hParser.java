package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DoD Section 1260H list, one row per company per edition, header
 * {@code name,alias,previous_name,parent_name,listed_on,removed_on}.
 *
 * <p>Rows are merged into one record per company. Same company = same
 * {@link Text#alnumKey} of the name (letters and digits, lower case: "AVIC JONHON ..."
 * = "AVIC Jonhon ...", "Co Ltd." = "Co., Ltd.", ’ = '). sourceRecordId = "1260H-" + that
 * key. name = the spelling of the latest edition; other spellings, alias and previous_name
 * become aliases (alias is split on ";" and on "," not followed by a space, so
 * "Knownsec,Beijing Kownsec" is two names and "Co., Ltd." stays whole). listedOn = the
 * earliest listed_on; removedOn = removed_on of the latest edition's row (null when that row
 * has none: listed again after a removal). parentNames = every parent_name given; remarks
 * = "Parent: ..." and the edition history "Editions: 2024-01-31, 2025-01-07 (removed
 * 2026-02-17), 2026-06-08". kind = ORGANIZATION, country CN is not assumed.
 *
 * <p>The file is a history, so it is also read as one {@link ParsedList.Edition} per date on which the list
 * changed (every listed_on and removed_on): the importer writes each as a version of the list as of its date, and
 * a screening as of 2024-06-01 sees the list as DoD published it then (Section 1260H of the FY2021 NDAA, Pub. L.
 * 116-283, as amended; the list is published and updated in the Federal Register).
 */
final class Dod1260hParser {

    static final List<String> HEADER = List.of("name", "alias", "previous_name", "parent_name", "listed_on", "removed_on");

    private Dod1260hParser() {
    }

    private static final class Row {
        String name;
        List<String> aliases = new ArrayList<>();
        String parent;
        LocalDate listed;
        LocalDate removed;
    }

    static ParsedList parse(String part, String text) throws ImportException {
        Map<String, List<Row>> byCompany = new LinkedHashMap<>();
        try (CsvRows rows = new CsvRows(part, text)) {
            if (!rows.next()) {
                throw new ImportException(Reason.EMPTY_FILE, part, 0, "no header row");
            }
            List<String> header = new ArrayList<>();
            for (String h : rows.values()) {
                header.add(h.strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (!header.equals(HEADER)) {
                throw new ImportException(Reason.WRONG_COLUMNS, part, rows.line(),
                        "header must be " + HEADER + ", found " + header);
            }
            while (rows.next()) {
                if (rows.size() != HEADER.size()) {
                    throw new ImportException(Reason.WRONG_COLUMNS, part, rows.line(),
                            "row has " + rows.size() + " columns, expected " + HEADER.size());
                }
                Row r = new Row();
                r.name = Text.clean(rows.get(0));
                if (r.name == null) {
                    throw new ImportException(Reason.MISSING_NAME, part, rows.line(), "row has an empty name");
                }
                r.aliases.addAll(splitAliases(rows.get(1)));
                r.aliases.addAll(Text.splitSemicolon(rows.get(2)));
                r.parent = Text.clean(rows.get(3));
                r.listed = Dates.iso(rows.get(4), part, rows.line(), "listed_on");
                if (r.listed == null) {
                    throw new ImportException(Reason.BAD_DATE, part, rows.line(), "listed_on is empty");
                }
                r.removed = Dates.iso(rows.get(5), part, rows.line(), "removed_on");
                if (r.removed != null && !r.removed.isAfter(r.listed)) {
                    throw new ImportException(Reason.BAD_DATE, part, rows.line(), "removed_on " + r.removed
                            + " is not after listed_on " + r.listed);
                }
                String key = Text.alnumKey(r.name);
                if (key.isEmpty()) {
                    throw new ImportException(Reason.MISSING_NAME, part, rows.line(), "name has no letters or digits");
                }
                byCompany.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        if (byCompany.isEmpty()) {
            throw new ImportException(Reason.EMPTY_FILE, part, 0, "header only, no rows");
        }
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        for (List<Row> rs : byCompany.values()) {
            rs.sort((a, b) -> a.listed.compareTo(b.listed)); // stable: file order within an edition
            for (Row r : rs) {
                dates.add(r.listed);
                if (r.removed != null) {
                    dates.add(r.removed);
                }
            }
        }
        List<ParsedList.Edition> editions = new ArrayList<>();
        for (LocalDate day : dates) {
            editions.add(new ParsedList.Edition(day, asOf(byCompany, day)));
        }
        return ParsedList.of(ImportFormat.DOD_1260H_CSV, merged(byCompany), List.of(), editions);
    }

    /** Every company the file names, its rows merged: the record described in the class comment. */
    private static List<ListRecord> merged(Map<String, List<Row>> byCompany) {
        List<ListRecord> out = new ArrayList<>(byCompany.size());
        for (Map.Entry<String, List<Row>> e : byCompany.entrySet()) {
            List<Row> rs = e.getValue();
            out.add(record(e.getKey(), rs, rs.get(rs.size() - 1).removed));
        }
        return out;
    }

    /**
     * The list as it stood on {@code day}. A company's rows are its appearances in the editions, oldest first, and
     * the newest row listed by then says whether it was on the list: listed unless that row's removal came by then
     * (the rule of {@link #parse}: a later row supersedes an earlier one). It is described by its rows listed by
     * then (names, aliases, parents, the editions so far; a removal after {@code day} is not known yet), with no
     * removal date: an edition lists who is on it. A company whose rows did not change between two editions is the
     * same record in both, so importing the editions one after the other changes only what each date changed.
     */
    private static List<ListRecord> asOf(Map<String, List<Row>> byCompany, LocalDate day) {
        List<ListRecord> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byCompany.entrySet()) {
            List<Row> known = new ArrayList<>();
            for (Row r : e.getValue()) {
                if (r.listed.isAfter(day)) {
                    break; // sorted by listed_on
                }
                Row seen = new Row();
                seen.name = r.name;
                seen.aliases = r.aliases;
                seen.parent = r.parent;
                seen.listed = r.listed;
                seen.removed = r.removed != null && !r.removed.isAfter(day) ? r.removed : null;
                known.add(seen);
            }
            if (!known.isEmpty() && known.get(known.size() - 1).removed == null) {
                out.add(record(e.getKey(), known, null));
            }
        }
        return out;
    }

    private static ListRecord record(String key, List<Row> rs, LocalDate removedOn) {
        Row latest = rs.get(rs.size() - 1);
        Draft d = new Draft();
        d.list = ListIds.SECTION_1260H;
        d.id = "1260H-" + key;
        d.kind = PartyKind.ORGANIZATION;
        d.name = latest.name;
        for (Row r : rs) {
            d.alias(r.name, false);
            for (String a : r.aliases) {
                d.alias(a, false);
            }
            if (r.parent != null) {
                d.parents.add(r.parent);
            }
        }
        d.listedOn = rs.get(0).listed;
        d.removedOn = removedOn;
        StringBuilder hist = new StringBuilder("Editions: ");
        for (int i = 0; i < rs.size(); i++) {
            Row r = rs.get(i);
            hist.append(i == 0 ? "" : ", ").append(r.listed);
            if (r.removed != null) {
                hist.append(" (removed ").append(r.removed).append(')');
            }
        }
        List<String> rem = new ArrayList<>();
        if (!d.parents.isEmpty()) {
            rem.add("Parent: " + String.join("; ", d.parents));
        }
        rem.add(hist.toString());
        d.remarks = String.join(" | ", rem);
        return d.build();
    }

    static List<String> splitAliases(String value) {
        List<String> out = new ArrayList<>();
        for (String s : Text.splitSemicolon(value)) {
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ',' && (i + 1 >= s.length() || s.charAt(i + 1) != ' ')) {
                    String p = Text.clean(s.substring(start, i));
                    if (p != null) {
                        out.add(p);
                    }
                    start = i + 1;
                }
            }
            String p = Text.clean(s.substring(start));
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
