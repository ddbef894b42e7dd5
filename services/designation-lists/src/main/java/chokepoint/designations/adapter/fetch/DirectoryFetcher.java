package chokepoint.designations.adapter.fetch;

import chokepoint.designations.domain.imports.Gzip;
import chokepoint.designations.domain.imports.ImportException;

import chokepoint.designations.domain.sources.HttpDates;
import chokepoint.designations.domain.sources.SourceSpec;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the parts of a directory source: each part is a file name, or a glob whose newest
 * match is taken. A file counts as changed when its name, modification time or size differ
 * from the last complete read (the "ETag" kept for it). A file modified within the settle time,
 * or one that changes while it is read, is not taken: it may still be being written.
 */
public final class DirectoryFetcher {

    private final FetchSettings settings;

    public DirectoryFetcher(FetchSettings settings) {
        this.settings = settings;
    }

    public Fetch fetch(SourceSpec spec, Map<String, PartState> previous, boolean conditional) throws FetchFailed {
        Path dir = Path.of(spec.directory());
        if (!Files.isDirectory(dir)) {
            throw new FetchFailed("DIRECTORY_NOT_FOUND", null, 0, null, "directory " + dir + " does not exist or is not a directory");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, BasicFileAttributes> attrs = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (Map.Entry<String, String> p : spec.parts().entrySet()) {
            Path f = resolve(dir, p.getKey(), p.getValue());
            BasicFileAttributes a = attributes(p.getKey(), f);
            if (a.lastModifiedTime().toInstant().isAfter(now.minus(settings.settle()))) {
                throw new FetchFailed("FILE_BEING_WRITTEN", p.getKey(), 0, null, "file " + f + " was modified less than "
                        + settings.settle().toMillis() + " ms ago; it is read once it has settled");
            }
            files.put(p.getKey(), f);
            attrs.put(p.getKey(), a);
        }
        boolean unchanged = conditional;
        for (Map.Entry<String, Path> f : files.entrySet()) {
            PartState prev = previous.get(f.getKey());
            if (prev == null || !tag(f.getValue(), attrs.get(f.getKey())).equals(prev.etag())) {
                unchanged = false;
            }
        }
        if (unchanged) {
            return new Fetch.NotModified(0);
        }
        Map<String, byte[]> content = new LinkedHashMap<>();
        Map<String, PartState> validators = new LinkedHashMap<>();
        List<Instant> lastModified = new ArrayList<>();
        long budget = settings.maxBytes();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            BasicFileAttributes before = attrs.get(f.getKey());
            if (before.size() > budget) {
                throw new FetchFailed("TOO_LARGE", f.getKey(), 0, null, "file " + f.getValue() + " is " + before.size()
                        + " bytes, more than the limit of " + budget);
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f.getValue());
            } catch (IOException e) {
                throw new FetchFailed("READ_FAILED", f.getKey(), 0, null, "cannot read " + f.getValue() + ": " + e.getMessage());
            }
            BasicFileAttributes after = attributes(f.getKey(), f.getValue());
            if (bytes.length != before.size() || after.size() != before.size()
                    || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                throw new FetchFailed("FILE_CHANGED_WHILE_READ", f.getKey(), 0, null, "file " + f.getValue()
                        + " changed while it was read; it is read again once it has settled");
            }
            try {
                if (Gzip.looksGzipped(bytes)) {
                    bytes = Gzip.gunzip(f.getKey(), bytes, budget);
                }
            } catch (ImportException e) {
                throw new FetchFailed(e.reason().name(), f.getKey(), 0, null, f.getValue() + ": " + e.getMessage());
            }
            budget -= bytes.length;
            Instant modified = before.lastModifiedTime().toInstant();
            content.put(f.getKey(), bytes);
            validators.put(f.getKey(), new PartState(f.getValue().toString(), tag(f.getValue(), before), HttpDates.format(modified),
                    bytes.length));
            lastModified.add(modified);
        }
        return new Fetch.Downloaded(content, validators, lastModified, Instant.now(), 0);
    }

    static String tag(Path file, BasicFileAttributes a) {
        return "\"" + file.getFileName() + ":" + a.lastModifiedTime().toMillis() + ":" + a.size() + "\"";
    }

    private static Path resolve(Path dir, String part, String nameOrGlob) throws FetchFailed {
        if (!nameOrGlob.contains("*") && !nameOrGlob.contains("?") && !nameOrGlob.contains("[") && !nameOrGlob.contains("{")) {
            return dir.resolve(nameOrGlob);
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + nameOrGlob);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".") && m.matches(p.getFileName()) && Files.isRegularFile(p))
                    .max(Comparator.comparing((Path p) -> {
                        try {
                            return Files.getLastModifiedTime(p).toInstant();
                        } catch (IOException e) {
                            return Instant.MIN;
                        }
                    }).thenComparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new FetchFailed("FILE_NOT_FOUND", part, 0, null, "no file in " + dir + " matches " + nameOrGlob));
        } catch (IOException e) {
            throw new FetchFailed("READ_FAILED", part, 0, null, "cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static BasicFileAttributes attributes(String part, Path f) throws FetchFailed {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new FetchFailed("FILE_NOT_FOUND", part, 0, null, f + " is not a regular file");
            }
            return a;
        } catch (NoSuchFileException e) {
            throw new FetchFailed("FILE_NOT_FOUND", part, 0, null, "file " + f + " does not exist");
        } catch (IOException e) {
            throw new FetchFailed("READ_FAILED", part, 0, null, "cannot read " + f + ": " + e.getMessage());
        }
    }
}
