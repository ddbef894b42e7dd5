package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** NS-CMIC (EO 13959 as amended by EO 14032, 31 CFR 586); Section 1260H with NDAA FY2024 sec. 805. */
class NsCmicAndSection1260hRulesTest {
    private static final LocalDate LISTED = LocalDate.of(2026, 7, 1);

    @Test
    void nsCmicListingIsASecuritiesNoteWithSixtyAndThreeSixtyFiveDayWindows() {
        PartyFacts f = facts().match(Fixtures.onList("NS_CMIC", "CMIC-1", "Lab Co", LISTED)).build();

        Decision d = evaluate(ServiceType.AI_TRAINING_COMPUTE, f, LocalDate.of(2026, 8, 1));

        assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
        Reason r = d.reasonsWith(ReasonCode.NS_CMIC_SECURITIES_ONLY).get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.NOTE);
        // 2026-07-01 + 60 days = 2026-08-30; + 365 days = 2027-07-01.
        assertThat(r.explanation()).contains("purchase prohibition begins: 2026-08-30 (not yet reached")
                .contains("divestment window ends: 2027-07-01");
        assertThat(r.citation()).contains("EO 14032").contains("31 CFR part 586");
    }

    @Test
    void section1260hIsAProcurementNoteWithSection805Dates() {
        PartyFacts f = facts().match(Fixtures.onList("SECTION_1260H", "1260H-1", "Lab Co", LocalDate.of(2026, 1, 7)))
                .build();

        Decision d = evaluate(ServiceType.STORAGE, f, LocalDate.of(2026, 7, 1));

        assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(d.reasonsWith(ReasonCode.SECTION_1260H_PROCUREMENT).get(0).explanation())
                .contains("2026-06-30 (reached on 2026-07-01").contains("2027-06-30 (not yet reached");
    }

    @Test
    void section1260hCompanyAskingForAiTrainingComputeNeedsReviewAsMilitaryEndUseRedFlag() {
        PartyFacts f = facts().match(Fixtures.onList("SECTION_1260H", "1260H-1", "Lab Co", LocalDate.of(2026, 1, 7)))
                .build();
        Decision d = evaluate(ServiceType.AI_TRAINING_COMPUTE, f, LocalDate.of(2026, 7, 1));
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.SECTION_1260H_MILITARY_END_USE_RED_FLAG)).isTrue();
        assertThat(d.has(ReasonCode.SECTION_1260H_PROCUREMENT)).isTrue();
    }
}
