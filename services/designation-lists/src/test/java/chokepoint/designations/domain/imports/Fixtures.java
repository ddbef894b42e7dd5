package chokepoint.designations.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

final class Fixtures {

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource imports/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> file(byte[] b) {
        return Map.of("file", b);
    }

    static Map<String, byte[]> file(String s) {
        return Map.of("file", s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
