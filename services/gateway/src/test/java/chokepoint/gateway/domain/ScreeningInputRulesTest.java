package chokepoint.gateway.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of a screened name before anything is called or stored. */
class ScreeningInputRulesTest {

    static List<String> reasons(String name) {
        List<ScreeningInputRules.Violation> out = ScreeningInputRules.newList();
        ScreeningInputRules.name("customer.name", name, true, out);
        return out.stream().map(ScreeningInputRules.Violation::reason).toList();
    }

    @Test
    void aTabOrALineBreakInANameIsWhitespaceNotAnError() {
        // as the 2026 CSL lists it (consolidated-2026-07-31.csv, an SDN entry)
        assertThat(reasons("Mike Igor\ta/k/a Maru Panchernikov")).isEmpty();
        assertThat(reasons("Relay Proxy\r\nNetworks Ltd")).isEmpty();
    }

    @Test
    void otherControlCharactersAndBrokenUnicodeAreRefused() {
        assertThat(reasons("Relay\u0007Proxy")).containsExactly("INVALID_CHARACTERS");
        assertThat(reasons("Relay\u0000Proxy")).containsExactly("INVALID_CHARACTERS");
        assertThat(reasons("Relay \uD800 Proxy")).containsExactly("INVALID_CHARACTERS");
        assertThat(reasons("Relay \uDC00 Proxy")).containsExactly("INVALID_CHARACTERS");
    }

    @Test
    void aMissingOrOverlongNameIsRefusedWithItsOwnReason() {
        assertThat(reasons("  ")).containsExactly("MISSING_NAME");
        assertThat(reasons("x".repeat(ScreeningInputRules.MAX_NAME_LENGTH + 1))).containsExactly("NAME_TOO_LONG");
        assertThat(reasons("x".repeat(ScreeningInputRules.MAX_NAME_LENGTH))).isEmpty();
        assertThat(reasons("\uD83D\uDE00 Emoji Holdings")).as("a whole surrogate pair is fine").isEmpty();
    }
}
