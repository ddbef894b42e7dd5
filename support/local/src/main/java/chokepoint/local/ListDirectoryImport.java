package chokepoint.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a folder of official list files through the gateway, recognizing them by name as
 * the public sources publish them (and as ../shared/data/lists holds them):
 * <ul>
 *   <li>{@code consolidated*.csv[.gz]} - Consolidated Screening List CSV</li>
 *   <li>{@code consolidated*.json} - Consolidated Screening List JSON</li>
 *   <li>{@code sdn*.csv} with {@code add*.csv}, {@code alt*.csv} [, {@code sdn_comments*.csv}] - OFAC legacy CSV set</li>
 *   <li>{@code cons_prim*.csv} with {@code cons_add/alt/comments} - OFAC consolidated non-SDN CSV set</li>
 *   <li>{@code *.xml} - OFAC XML (sdnList schema)</li>
 *   <li>{@code *1260h*.csv} - DoD Section 1260H list</li>
 * </ul>
 * The date a file is as of comes from a YYYY-MM-DD or YYYY-MM in its name, else (a 1260H file) from
 * the newest {@code listed_on} or {@code removed_on} in it, the edition it is, else from its
 * modification time (the day it was copied, for a file that says nothing). Files are imported
 * oldest first; a refused file is reported and skipped.
 */
final class ListDirectoryImport {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    record Job(String format, String effectiveOn, Map<String, Path> parts) {
    }

    private ListDirectoryImport() {
    }

    static List<Job> plan(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Job> jobs = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase();
            String date = date(f);
            if (n.startsWith("consolidated") && (n.endsWith(".csv") || n.endsWith(".csv.gz"))) {
                jobs.add(new Job("CSL_CSV", date, Map.of("file", f)));
            } else if (n.startsWith("consolidated") && n.endsWith(".json")) {
                jobs.add(new Job("CSL_JSON", date, Map.of("file", f)));
            } else if (n.endsWith(".xml")) {
                jobs.add(new Job("OFAC_XML", date, Map.of("file", f)));
            } else if (n.contains("1260h") && n.endsWith(".csv")) {
                jobs.add(new Job("DOD_1260H_CSV", DATE.matcher(f.getFileName().toString()).find() ? date
                        : newestEdition(f).orElse(date), Map.of("file", f)));
            } else if (n.startsWith("sdn") && !n.startsWith("sdn_comments") && n.endsWith(".csv")) {
                String suffix = n.substring(3);
                Map<String, Path> parts = new LinkedHashMap<>();
                parts.put("sdn", f);
                sibling(f, "add" + suffix).ifPresent(p -> parts.put("add", p));
                sibling(f, "alt" + suffix).ifPresent(p -> parts.put("alt", p));
                sibling(f, "sdn_comments" + suffix).ifPresent(p -> parts.put("comments", p));
                jobs.add(new Job("OFAC_SDN_CSV", date, parts));
            } else if (n.startsWith("cons_prim") && n.endsWith(".csv")) {
                String suffix = n.substring("cons_prim".length());
                Map<String, Path> parts = new LinkedHashMap<>();
                parts.put("prim", f);
                sibling(f, "cons_add" + suffix).ifPresent(p -> parts.put("add", p));
                sibling(f, "cons_alt" + suffix).ifPresent(p -> parts.put("alt", p));
                sibling(f, "cons_comments" + suffix).ifPresent(p -> parts.put("comments", p));
                jobs.add(new Job("OFAC_CONS_CSV", date, parts));
            }
        }
        jobs.sort(Comparator.comparing(Job::effectiveOn));
        return jobs;
    }

    private static java.util.Optional<Path> sibling(Path f, String name) {
        Path p = f.resolveSibling(name);
        return Files.exists(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    static String date(Path f) throws IOException {
        Matcher m = DATE.matcher(f.getFileName().toString());
        if (m.find()) {
            return m.group(1) + "-" + m.group(2) + "-" + (m.group(3) == null ? "01" : m.group(3));
        }
        return Files.getLastModifiedTime(f).toInstant().toString().substring(0, 10);
    }

    /** The last two fields of a 1260H line: listed_on and removed_on, each a date or empty. */
    private static final Pattern EDITION_DATES = Pattern.compile(",(\\d{4}-\\d{2}-\\d{2})?,(\\d{4}-\\d{2}-\\d{2})?\\s*$");

    /** The newest listing or removal date in a DoD 1260H file: the edition the file is (empty if it holds none). */
    static java.util.Optional<String> newestEdition(Path f) throws IOException {
        String newest = null;
        try (Stream<String> lines = Files.lines(f, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = EDITION_DATES.matcher(line);
                if (m.find()) {
                    for (String d : new String[] {m.group(1), m.group(2)}) {
                        if (d != null && (newest == null || d.compareTo(newest) > 0)) {
                            newest = d;
                        }
                    }
                }
            }
        }
        return java.util.Optional.ofNullable(newest);
    }

    /** Runs the plan; returns the number of refused files. */
    static int run(String gateway, String token, Path dir) throws Exception {
        if (!URI.create(gateway).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("imports from this tool go to a local gateway only");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int failed = 0;
        for (Job job : plan(dir)) {
            String boundary = "chokepoint-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, Path> p : job.parts().entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\""
                        + p.getValue().getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(p.getValue()));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            // A folder may hold snapshots of the same list from different dates: load them as history.
            URI uri = URI.create(gateway + "/v1/imports?format=" + job.format() + "&effectiveOn=" + job.effectiveOn() + "&force=true");
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            String what = job.format() + " " + job.parts().values().stream().map(p -> p.getFileName().toString()).toList()
                    + " as of " + job.effectiveOn();
            if (r.statusCode() / 100 == 2) {
                System.out.printf("  imported %s in %d ms: %s%n", what, (System.nanoTime() - t0) / 1_000_000, summary(r.body()));
            } else {
                failed++;
                System.out.printf("  REFUSED %s: HTTP %d %s%n", what, r.statusCode(), r.body());
            }
        }
        return failed;
    }

    static String summary(String json) {
        Matcher m = Pattern.compile("\"(added|changed|removed|unchanged)\":(\\d+)").matcher(json.substring(Math.max(0, json.lastIndexOf(']'))));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            b.append(m.group(1)).append(' ').append(m.group(2)).append(", ");
        }
        if (b.length() <= 2) {
            return json;
        }
        // a list's history (a 1260H file) is a version per edition: say so, the counts are summed over them
        java.util.TreeSet<String> dates = new java.util.TreeSet<>();
        Matcher d = Pattern.compile("\"effectiveOn\":\"([0-9-]+)\"").matcher(json);
        while (d.find()) {
            dates.add(d.group(1));
        }
        String versions = dates.size() > 1 ? " over " + dates.size() + " editions (" + dates.first() + " .. " + dates.last() + ")" : "";
        return b.substring(0, b.length() - 2) + versions;
    }
}
