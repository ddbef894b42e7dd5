package chokepoint.bench.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as header and rows (RFC 4180, optionally .gz), for the evaluation command. */
public final class Csv {

    public final List<String> header;
    public final List<List<String>> rows;

    private Csv(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static Csv read(Path file) throws IOException {
        var in = Files.newInputStream(file);
        var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<List<String>> all = parse(r);
            if (all.isEmpty()) {
                throw new IOException("empty CSV " + file);
            }
            List<String> h = all.get(0);
            if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
                h.set(0, h.get(0).substring(1));
            }
            return new Csv(h, all.subList(1, all.size()));
        }
    }

    public int col(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    public static String get(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    public Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i);
        }
        return m;
    }

    /** RFC 4180 through Apache Commons CSV, as the importers read lists (quoted fields, newlines in quotes). */
    private static List<List<String>> parse(BufferedReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(r)) {
            out.add(new ArrayList<>(rec.toList()));
        }
        return out;
    }
}
