package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/** Shared test data: the 2026 report is the most recent one. */
final class Fixtures {

    private Fixtures() {
    }

    static final int YEAR = 2026;
    static final OptionalInt LATEST_2026 = OptionalInt.of(YEAR);
    static final LocalDate PACKAGE_DATE = LocalDate.of(2026, 8, 1);

    static Identification lab() {
        return new Identification("ident-lab", Party.organization("Example Distillation Lab Co., Ltd.", "CN"), Clause.I, false,
                YEAR, "Used 24,000 fraudulent accounts to extract model capabilities.", "", List.of("doc-1"));
    }

    static Identification bank() {
        return new Identification("ident-bank", Party.organization("Example Settlement Bank", "CN"), Clause.II, true,
                YEAR, "", "", List.of("doc-2"));
    }

    static Identification ceo() {
        return new Identification("ident-ceo", Party.person("Zhang Example", "CN"), Clause.IV, false, YEAR,
                "Assessment: directed the extraction campaign.", "ident-lab", List.of());
    }

    static SanctionPackage pkg(Identification ident, String... measures) {
        return SanctionPackage.of("pkg-1", ident.id(), PACKAGE_DATE, measures);
    }
}
