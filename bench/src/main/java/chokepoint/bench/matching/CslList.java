package chokepoint.bench.matching;

import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.matching.IndexedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a trade.gov Consolidated Screening List CSV (29-column layout) into matcher entries. */
public final class CslList {

    private CslList() {
    }

    public static List<IndexedName> load(Path file) throws IOException {
        Csv csv = Csv.read(file);
        int id = csv.col("_id");
        int src = csv.col("source");
        int type = csv.col("type");
        int name = csv.col("name");
        int alt = csv.col("alt_names");
        int addr = csv.header.indexOf("addresses");
        List<IndexedName> out = new ArrayList<>(csv.rows.size());
        int n = 0;
        for (List<String> r : csv.rows) {
            String primary = Csv.get(r, name).trim();
            Set<String> names = new LinkedHashSet<>();
            if (!primary.isEmpty()) {
                names.add(primary);
            }
            for (String a : Csv.get(r, alt).split(";")) {
                if (!a.isBlank()) {
                    names.add(a.trim());
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            List<String> countries = new ArrayList<>();
            if (addr >= 0) {
                for (String c : Csv.get(r, addr).split("[;,]")) {
                    if (c.trim().length() == 2) {
                        countries.add(c.trim().toUpperCase());
                    }
                }
            }
            String key = Csv.get(r, id);
            if (key.isEmpty()) {
                key = "row-" + n;
            }
            n++;
            out.add(new IndexedName(key, key, Csv.get(r, src), kind(Csv.get(r, type)), primary.isEmpty() ? names.iterator().next() : primary,
                    List.copyOf(names), List.of(), countries, List.of(), null, null));
        }
        return out;
    }

    public static PartyKind kind(String type) {
        return switch (type.trim().toLowerCase()) {
            case "individual" -> PartyKind.PERSON;
            case "entity" -> PartyKind.ORGANIZATION;
            case "vessel" -> PartyKind.VESSEL;
            case "aircraft" -> PartyKind.AIRCRAFT;
            default -> PartyKind.UNKNOWN;
        };
    }

    /** /work/shared style data dir: -Dchokepoint.shared.dir, else a sibling "shared" walking up. */
    public static Path sharedDir() {
        String p = System.getProperty("chokepoint.shared.dir");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of("").toAbsolutePath();
        while (d != null) {
            Path s = d.resolve("shared");
            if (Files.isDirectory(s.resolve("data"))) {
                return s;
            }
            d = d.getParent();
        }
        throw new IllegalStateException("shared dir not found; set -Dchokepoint.shared.dir");
    }
}
