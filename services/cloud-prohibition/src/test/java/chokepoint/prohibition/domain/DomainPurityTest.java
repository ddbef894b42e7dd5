package chokepoint.prohibition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain stays free of frameworks and generated protos (checked on the compiled classes' references). */
class DomainPurityTest {
    private static final List<String> FORBIDDEN = List.of("io/quarkus", "jakarta/", "io/grpc", "org/hibernate",
            "com/google/protobuf", "chokepoint/api/");

    @Test
    void domainClassesReferenceNoFrameworkOrProtoPackage() throws IOException, URISyntaxException {
        Path dir = Path.of(ScreeningPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("chokepoint/prohibition/domain");
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        // The check must check something: the package is real and populated.
        assertThat(classes).hasSizeGreaterThan(20);
        for (Path c : classes) {
            String bytes = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(FORBIDDEN).as(c.getFileName().toString()).noneMatch(bytes::contains);
        }
    }
}
