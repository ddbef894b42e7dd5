package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** User lists; the format is documented in docs/custom-list-format.md. */
final class CustomCsvParser {

    static final List<String> COLUMNS = List.of("id", "name", "kind", "aliases", "countries", "identifiers",
            "programs", "remarks", "listed_on");

    private CustomCsvParser() {
    }

    static ParsedList parse(String part, String text, String listId) throws ImportException {
        List<String> warnings = new ArrayList<>();
        List<ListRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CsvRows rows = new CsvRows(part, text)) {
            if (!rows.next()) {
                throw new ImportException(Reason.EMPTY_FILE, part, 0, "no header row");
            }
            Map<String, Integer> col = new HashMap<>();
            String[] header = rows.values();
            for (int i = 0; i < header.length; i++) {
                String h = header[i].strip().toLowerCase(Locale.ROOT);
                if (!COLUMNS.contains(h)) {
                    throw new ImportException(Reason.WRONG_COLUMNS, part, 1,
                            "unknown column '" + header[i] + "'; allowed: " + COLUMNS);
                }
                if (col.put(h, i) != null) {
                    throw new ImportException(Reason.WRONG_COLUMNS, part, 1, "column '" + h + "' appears twice");
                }
            }
            if (!col.containsKey("name")) {
                throw new ImportException(Reason.WRONG_COLUMNS, part, 1, "the required column 'name' is missing");
            }
            while (rows.next()) {
                long line = rows.line();
                if (rows.size() != header.length) {
                    throw new ImportException(Reason.WRONG_COLUMNS, part, line,
                            "row has " + rows.size() + " columns, the header has " + header.length);
                }
                Draft d = new Draft();
                d.list = listId;
                d.name = Text.clean(get(rows, col, "name"));
                if (d.name == null) {
                    throw new ImportException(Reason.MISSING_NAME, part, line, "row has an empty name");
                }
                String id = Text.clean(get(rows, col, "id"));
                if (id != null) {
                    if (!ids.add(id)) {
                        throw new ImportException(Reason.DUPLICATE_ID, part, line, "id '" + id + "' appears twice");
                    }
                    d.id = id;
                } else {
                    d.id = RecordKeys.PENDING;
                }
                String kind = Text.clean(get(rows, col, "kind"));
                if (kind == null) {
                    d.kind = PartyKind.UNKNOWN;
                } else {
                    try {
                        d.kind = PartyKind.valueOf(kind.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new ImportException(Reason.BAD_VALUE, part, line,
                                "kind '" + kind + "' is not ORGANIZATION, PERSON, VESSEL, AIRCRAFT or UNKNOWN");
                    }
                }
                for (String a : Text.splitSemicolon(get(rows, col, "aliases"))) {
                    d.alias(a, false);
                }
                for (String c : Text.splitSemicolon(get(rows, col, "countries"))) {
                    String iso = Countries.toIso2(c);
                    if (iso == null) {
                        throw new ImportException(Reason.BAD_VALUE, part, line, "country '" + c + "' is not an ISO-2 code or a known name");
                    }
                    d.country(iso);
                }
                for (String s : Text.splitSemicolon(get(rows, col, "identifiers"))) {
                    int colon = s.indexOf(':');
                    if (colon <= 0 || colon == s.length() - 1) {
                        throw new ImportException(Reason.BAD_VALUE, part, line,
                                "identifier '" + s + "' is not SCHEME:VALUE");
                    }
                    String scheme = s.substring(0, colon).strip().toUpperCase(Locale.ROOT);
                    String value = s.substring(colon + 1).strip();
                    String country = null;
                    int at = value.lastIndexOf('@');
                    if (at > 0 && value.length() - at == 3 && Text.isIso2(value.substring(at + 1))) {
                        country = value.substring(at + 1);
                        value = value.substring(0, at).strip();
                    }
                    d.identifiers.add(new Identifier(scheme, value, country));
                }
                d.programs.addAll(Text.splitSemicolon(get(rows, col, "programs")));
                d.remarks = get(rows, col, "remarks");
                d.listedOn = Dates.iso(get(rows, col, "listed_on"), part, line, "listed_on");
                out.add(d.build());
            }
        }
        if (out.isEmpty()) {
            throw new ImportException(Reason.EMPTY_FILE, part, 0, "header only, no rows");
        }
        return ParsedList.of(ImportFormat.CUSTOM_CSV, RecordKeys.finish(out, warnings), warnings);
    }

    private static String get(CsvRows rows, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? null : rows.get(i);
    }
}
