package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListRecordFingerprintTest {

    static ListRecord rec(List<Alias> aliases, List<String> programs, String remarks) {
        return new ListRecord("ENTITY_LIST", "N1", PartyKind.ORGANIZATION, "Acme", aliases,
                List.of(new Address("1 Road", "Shenzhen", null, null, "CN"), new Address(null, null, null, null, "HK")),
                List.of("CN", "HK"), List.of(new Identifier("USCC", "9144", "CN"), new Identifier("LEI", "5493", null)),
                programs, "For all items", "Presumption of denial", List.of("90 FR 4617"), List.of(), remarks,
                LocalDate.of(2025, 1, 15), null, List.of());
    }

    @Test
    void fingerprintIgnoresOrderOfMultiValuedFields() {
        ListRecord a = rec(List.of(Alias.strong("A1"), Alias.strong("A2")), List.of("P1", "P2"), "r");
        ListRecord b = rec(List.of(Alias.strong("A2"), Alias.strong("A1")), List.of("P2", "P1"), "r");
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void fingerprintChangesWhenAnyValueChanges() {
        ListRecord a = rec(List.of(Alias.strong("A1")), List.of("P1"), "r");
        assertThat(a.fingerprint()).isNotEqualTo(rec(List.of(new Alias("A1", true, null)), List.of("P1"), "r").fingerprint());
        assertThat(a.fingerprint()).isNotEqualTo(rec(List.of(Alias.strong("A1")), List.of("P1"), "r2").fingerprint());
        assertThat(a.fingerprint()).isNotEqualTo(rec(List.of(Alias.strong("A1")), List.of("P1"), null).fingerprint());
        // no separator forgery: ["a|b"] vs ["a","b"]
        assertThat(rec(List.of(Alias.strong("a|b")), List.of(), null).fingerprint())
                .isNotEqualTo(rec(List.of(Alias.strong("a"), Alias.strong("b")), List.of(), null).fingerprint());
    }
}
