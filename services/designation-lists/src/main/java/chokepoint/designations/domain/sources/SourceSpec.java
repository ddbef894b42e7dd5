package chokepoint.designations.domain.sources;

import chokepoint.designations.domain.imports.ImportException;
import chokepoint.designations.domain.imports.ImportFormat;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A validated list source: a name, the import format, and where each part of the file comes
 * from: an http(s) URL per part, or a file (name or glob) in a watched directory.
 *
 * @param parts         part name ({@link ImportFormat#parts()}) to its URL, or to its file name
 *                      or glob inside {@code directory}; sorted by part name
 * @param directory     the watched directory ({@link Kind#DIRECTORY}), else null
 * @param excludedLists lists of the file this source does not feed
 * @param customList    {@code custom:<name>} for CUSTOM_CSV, else null
 */
public record SourceSpec(String name, boolean enabled, ImportFormat format, Kind kind, Map<String, String> parts,
                         String directory, Duration interval, EffectiveDatePolicy effectiveDate, Set<String> excludedLists,
                         String customList) {

    public enum Kind {
        URL, DIRECTORY
    }

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");
    static final Pattern FILE = Pattern.compile("[^/\\\\]+");

    public SourceSpec {
        parts = Collections.unmodifiableMap(new TreeMap<>(parts));
        excludedLists = Collections.unmodifiableSet(new TreeSet<>(excludedLists));
    }

    /** The source as configured, before validation. Absent values are null / empty. */
    public record Raw(String name, boolean enabled, String format, String url, Map<String, String> parts, String directory,
                      String file, Duration interval, EffectiveDatePolicy effectiveDate, List<String> excludeLists,
                      String list) {
    }

    /** A source, or what is wrong with its configuration (then spec is null). */
    public record Checked(String name, Raw raw, SourceSpec spec, List<String> problems) {
        public boolean valid() {
            return spec != null;
        }
    }

    public static Checked check(Raw raw) {
        List<String> problems = new ArrayList<>();
        String name = raw.name() == null ? "" : raw.name();
        if (!NAME.matcher(name).matches()) {
            problems.add("name '" + name + "' must be lower case letters, digits, '_', '.', '-' (at most 63)");
        }
        ImportFormat format = null;
        try {
            format = ImportFormat.fromName(raw.format());
        } catch (ImportException e) {
            problems.add("format '" + raw.format() + "' is not one of " + List.of(ImportFormat.values()));
        }
        Map<String, String> rawParts = raw.parts() == null ? Map.of() : raw.parts();
        boolean hasUrl = raw.url() != null && !raw.url().isBlank();
        boolean hasDir = raw.directory() != null && !raw.directory().isBlank();
        boolean hasFile = raw.file() != null && !raw.file().isBlank();
        Kind kind = hasDir ? Kind.DIRECTORY : Kind.URL;
        Map<String, String> parts = new TreeMap<>();
        if (hasUrl && hasDir) {
            problems.add("give either url (or parts.<part> URLs) or directory, not both");
        } else if (!hasUrl && !hasDir && rawParts.isEmpty()) {
            problems.add("give url, parts.<part> URLs, or directory");
        }
        if (format != null) {
            boolean single = format.parts().size() == 1;
            String only = format.parts().get(0).name();
            if (hasUrl && !rawParts.isEmpty()) {
                problems.add("give url or parts.<part>, not both");
            }
            if (hasUrl) {
                if (single) {
                    parts.put(only, raw.url().strip());
                } else {
                    problems.add("format " + format + " has the parts " + partNames(format) + ": give parts.<part> URLs instead of url");
                }
            }
            if (hasFile) {
                if (!hasDir) {
                    problems.add("file is for a directory source; give directory too");
                } else if (single) {
                    parts.put(only, raw.file().strip());
                } else {
                    problems.add("format " + format + " has the parts " + partNames(format) + ": give parts.<part> file names instead of file");
                }
            }
            rawParts.forEach((k, v) -> parts.put(k.strip(), v == null ? "" : v.strip()));
            if (hasDir && parts.isEmpty() && single) {
                parts.put(only, "*"); // the newest file in the directory
            }
            for (Map.Entry<String, String> p : parts.entrySet()) {
                if (!format.acceptsPart(p.getKey())) {
                    problems.add("format " + format + " has no part '" + p.getKey() + "' (its parts: " + partNames(format) + ")");
                } else if (p.getValue().isEmpty()) {
                    problems.add("part '" + p.getKey() + "' has no location");
                } else if (kind == Kind.URL) {
                    String bad = badUrl(p.getValue());
                    if (bad != null) {
                        problems.add("part '" + p.getKey() + "': " + bad);
                    }
                } else if (!FILE.matcher(p.getValue()).matches() || p.getValue().equals("..") || p.getValue().equals(".")) {
                    problems.add("part '" + p.getKey() + "': '" + p.getValue() + "' must be a file name or glob inside the directory");
                }
            }
            if (problems.isEmpty()) {
                for (String required : format.requiredPartNames()) {
                    if (!parts.containsKey(required)) {
                        problems.add("format " + format + " needs the part '" + required + "'");
                    }
                }
            }
            if (format == ImportFormat.CUSTOM_CSV && (raw.list() == null || !raw.list().startsWith("custom:"))) {
                problems.add("a CUSTOM_CSV source needs list=custom:<name>");
            }
        }
        if (format == null && hasUrl && !hasDir && badUrl(raw.url().strip()) != null) {
            problems.add("url: " + badUrl(raw.url().strip()));
        }
        if (raw.interval() == null || raw.interval().isNegative() || raw.interval().isZero()) {
            problems.add("interval must be positive");
        }
        Set<String> excluded = new TreeSet<>();
        if (raw.excludeLists() != null) {
            raw.excludeLists().stream().filter(s -> s != null && !s.isBlank()).map(s -> s.strip().startsWith("custom:")
                    ? s.strip() : s.strip().toUpperCase(Locale.ROOT)).forEach(excluded::add);
        }
        if (!problems.isEmpty()) {
            return new Checked(name, raw, null, List.copyOf(problems));
        }
        return new Checked(name, raw, new SourceSpec(name, raw.enabled(), format, kind, parts, hasDir ? raw.directory().strip() : null,
                raw.interval(), raw.effectiveDate() == null ? EffectiveDatePolicy.LAST_MODIFIED : raw.effectiveDate(), excluded,
                format == ImportFormat.CUSTOM_CSV ? raw.list() : null), List.of());
    }

    /** Whether a list in the file is fed by this source. */
    public boolean feeds(String list) {
        return !excludedLists.contains(list);
    }

    /** What the source points at, for people: the URLs, or "dir/{file}". */
    public String describe() {
        return kind == Kind.URL ? String.join(" ", parts.values()) : directory + " " + parts;
    }

    private static String badUrl(String value) {
        try {
            URI u = new URI(value);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "'" + value + "' is not an http(s) URL (a local folder is a directory source)";
            }
            if (u.getHost() == null || u.getHost().isBlank()) {
                return "'" + value + "' has no host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "'" + value + "' is not a URL: " + e.getReason();
        }
    }

    private static List<String> partNames(ImportFormat f) {
        return f.parts().stream().map(ImportFormat.Part::name).toList();
    }
}
