package chokepoint.prohibition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {
    @Test
    void reasonCodesAreEnumsNotFreeText() throws NoSuchMethodException {
        assertThat(Reason.class.getMethod("code").getReturnType()).isEqualTo(ReasonCode.class);
        assertThat(ReasonCode.class.isEnum()).isTrue();
        assertThat(ProgramEffect.class.getMethod("code").getReturnType()).isEqualTo(ReasonCode.class);
        assertThat(InvalidRequest.class.getMethod("code").getReturnType()).isEqualTo(ValidationCode.class);
    }

    @Test
    void everyCodeIsUpperSnake() {
        assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name)).allMatch(n -> n.matches("[A-Z][A-Z0-9_]*"));
        assertThat(Arrays.stream(ValidationCode.values()).map(Enum::name)).allMatch(n -> n.matches("[A-Z][A-Z0-9_]*"));
    }

    @Test
    void everyReasonCodeIsDocumentedInRulesMd() throws IOException {
        Path rules = findRulesMd();
        assumeTrue(rules != null, "docs/rules.md not found from user.dir or -Dchokepoint.root");
        String text = Files.readString(rules);
        assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name)).allMatch(text::contains);
    }

    private static Path findRulesMd() {
        String root = System.getProperty("chokepoint.root");
        if (root != null && Files.exists(Paths.get(root, "docs", "rules.md"))) {
            return Paths.get(root, "docs", "rules.md");
        }
        for (Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("docs/rules.md"))) {
                return p.resolve("docs/rules.md");
            }
        }
        return null;
    }
}
