package chokepoint.designations.domain.matching;

import chokepoint.designations.domain.PartyKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the shared 2026 Consolidated Screening List once (read in place from the shared data dir,
 * never copied): -Dchokepoint.shared.dir, else a sibling "shared" found walking up.
 */
final class CslFixture {

    private static NameIndex index;
    private static List<IndexedName> entries;

    private CslFixture() {
    }

    static synchronized NameIndex index() {
        if (index == null) {
            entries = load();
            index = new NameIndex();
            index.bulkLoad(entries);
        }
        return index;
    }

    static Path shared() {
        String p = System.getProperty("chokepoint.shared.dir");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of("").toAbsolutePath();
        while (d != null) {
            if (Files.isDirectory(d.resolve("shared/data"))) {
                return d.resolve("shared");
            }
            d = d.getParent();
        }
        throw new IllegalStateException("shared data dir not found; set -Dchokepoint.shared.dir");
    }

    static List<IndexedName> load() {
        Path f = shared().resolve("data/lists/csl/consolidated-2026-07-31.csv");
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            List<List<String>> rows = parse(r);
            List<String> h = rows.get(0);
            int id = h.indexOf("_id");
            int src = h.indexOf("source");
            int type = h.indexOf("type");
            int name = h.indexOf("name");
            int alt = h.indexOf("alt_names");
            List<IndexedName> out = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                Set<String> names = new LinkedHashSet<>();
                if (!row.get(name).isBlank()) {
                    names.add(row.get(name).trim());
                }
                for (String a : row.get(alt).split(";")) {
                    if (!a.isBlank()) {
                        names.add(a.trim());
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                PartyKind kind = switch (row.get(type)) {
                    case "Individual" -> PartyKind.PERSON;
                    case "Entity" -> PartyKind.ORGANIZATION;
                    case "Vessel" -> PartyKind.VESSEL;
                    case "Aircraft" -> PartyKind.AIRCRAFT;
                    default -> PartyKind.UNKNOWN;
                };
                out.add(new IndexedName(row.get(id), row.get(id), row.get(src), kind, names.iterator().next(),
                        List.copyOf(names), List.of(), List.of(), List.of(), null, null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> parse(BufferedReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (org.apache.commons.csv.CSVRecord rec : org.apache.commons.csv.CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true)
                .get().parse(r)) {
            out.add(rec.toList());
        }
        return out;
    }
}
