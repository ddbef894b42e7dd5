package chokepoint.prohibition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void prohibitedBeatsLicenseRequiredBeatsReviewBeatsClear() {
        assertThat(Verdict.mostRestrictive(List.of(Verdict.REVIEW, Verdict.PROHIBITED, Verdict.LICENSE_REQUIRED)))
                .isEqualTo(Verdict.PROHIBITED);
        assertThat(Verdict.mostRestrictive(List.of(Verdict.REVIEW, Verdict.LICENSE_REQUIRED)))
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(Verdict.mostRestrictive(List.of(Verdict.CLEAR, Verdict.REVIEW))).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void notesNeverChangeTheVerdictAndNothingAtAllIsClear() {
        assertThat(Verdict.mostRestrictive(List.of(Verdict.NOTE, Verdict.NOTE))).isEqualTo(Verdict.CLEAR);
        assertThat(Verdict.mostRestrictive(List.of())).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void mostRestrictiveReviewPolicyWinsAmongSeveralOwners() {
        assertThat(LicenseReviewPolicy.mostRestrictive(LicenseReviewPolicy.CASE_BY_CASE,
                LicenseReviewPolicy.PRESUMPTION_OF_DENIAL)).isEqualTo(LicenseReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(LicenseReviewPolicy.mostRestrictive(LicenseReviewPolicy.POLICY_OF_DENIAL,
                LicenseReviewPolicy.PRESUMPTION_OF_DENIAL)).isEqualTo(LicenseReviewPolicy.POLICY_OF_DENIAL);
    }
}
