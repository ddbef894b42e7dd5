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

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines in quotes, .gz). */
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

    private static List<List<String>> parse(BufferedReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        boolean any = false;
        int ch;
        while ((ch = r.read()) != -1) {
            char c = (char) ch;
            any = true;
            if (q) {
                if (c == '"') {
                    r.mark(1);
                    int n = r.read();
                    if (n == '"') {
                        f.append('"');
                    } else {
                        q = false;
                        if (n != -1) {
                            r.reset();
                        }
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    r.mark(1);
                    if (r.read() != '\n') {
                        r.reset();
                    }
                }
                row.add(f.toString());
                f.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    out.add(row);
                }
                row = new ArrayList<>();
                any = false;
            } else {
                f.append(c);
            }
        }
        if (any) {
            row.add(f.toString());
            out.add(row);
        }
        return out;
    }
}
