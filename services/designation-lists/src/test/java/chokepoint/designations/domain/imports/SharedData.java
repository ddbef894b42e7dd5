package chokepoint.designations.domain.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of /work/shared/data, read in place (never copied into the project). The shared
 * folder is the system property {@code chokepoint.shared.dir} when set, else the first
 * {@code shared} folder with a {@code data} subfolder found walking up from the working
 * directory (the module dir has it at ../../../shared).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String relative) {
        return dataDir().resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dataDir() {
        String prop = System.getProperty("chokepoint.shared.dir");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            if (Files.isDirectory(p.resolve("data"))) {
                return p.resolve("data");
            }
            if (p.getFileName() != null && p.getFileName().toString().equals("data") && Files.isDirectory(p)) {
                return p;
            }
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        Path fallback = Path.of("../../../shared/data").toAbsolutePath().normalize();
        if (Files.isDirectory(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("shared/data not found: set -Dchokepoint.shared.dir=/path/to/shared");
    }
}
