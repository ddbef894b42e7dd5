package chokepoint.paip.domain;

import static chokepoint.paip.domain.Fixtures.LATEST_2026;
import static chokepoint.paip.domain.Fixtures.PACKAGE_DATE;
import static chokepoint.paip.domain.Fixtures.ceo;
import static chokepoint.paip.domain.Fixtures.lab;
import static chokepoint.paip.domain.Fixtures.pkg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsTest {

    private static final LocalDate SUNSET = LocalDate.of(2030, 1, 5);

    private static SanctionPackage imposedSevere() {
        return Paip.impose(Paip.propose(lab(), Calibration.SEVERE, PACKAGE_DATE).withId("pkg-7"), lab(), LATEST_2026);
    }

    @Test
    void blockingBecomesAPaipDesignationFromThePackageDateToTheSunset() {
        List<DesignationIntent> intents = Paip.designationsImplied(imposedSevere(), lab());
        DesignationIntent a = intents.stream().filter(i -> i.measure().equals("A")).findFirst().orElseThrow();
        assertThat(a.kind()).isEqualTo(DesignationIntent.Kind.BLOCKING);
        assertThat(a.list()).isEqualTo("PAIP");
        assertThat(a.programs()).containsExactly("PAIP");
        assertThat(a.party().name()).isEqualTo("Example Distillation Lab Co., Ltd.");
        assertThat(a.effectiveFrom()).isEqualTo(PACKAGE_DATE);
        assertThat(a.removedOn()).isEqualTo(SUNSET);
        assertThat(a.citation()).isEqualTo("50 U.S.C. 1709(b)(1)(A)");
    }

    @Test
    void entityListInclusionCarriesTheDefaultLicenseTerms() {
        DesignationIntent b = Paip.designationsImplied(imposedSevere(), lab()).stream()
                .filter(i -> i.measure().equals("B")).findFirst().orElseThrow();
        assertThat(b.kind()).isEqualTo(DesignationIntent.Kind.ENTITY_LIST);
        assertThat(b.list()).isEqualTo("ENTITY_LIST");
        assertThat(b.licenseRequirement()).isEqualTo("For all items subject to the EAR");
        assertThat(b.licenseReviewPolicy()).isEqualTo("Presumption of denial");
        assertThat(b.removedOn()).isEqualTo(SUNSET);
    }

    @Test
    void entityListInclusionCarriesTheTermsThePackageStates() {
        SanctionPackage p = pkg(lab(), "B", "C", "D", "E", "G").withId("pkg-8")
                .withLicenseTerms("For all items subject to the EAR other than EAR99 food", "Case-by-case review");
        DesignationIntent b = Paip.designationsImplied(p, lab()).get(0);
        assertThat(b.licenseRequirement()).isEqualTo("For all items subject to the EAR other than EAR99 food");
        assertThat(b.licenseReviewPolicy()).isEqualTo("Case-by-case review");
    }

    @Test
    void otherMeasuresAreRecordedEffects() {
        List<DesignationIntent> intents = Paip.designationsImplied(imposedSevere(), lab());
        assertThat(intents).extracting(DesignationIntent::measure).containsExactly("A", "B", "H", "I", "J");
        assertThat(intents).filteredOn(i -> !i.isDesignation()).extracting(DesignationIntent::measure)
                .containsExactly("H", "I", "J");
    }

    @Test
    void idempotencyKeysAreDeterministicAndDistinctPerMeasure() {
        List<DesignationIntent> first = Paip.designationsImplied(imposedSevere(), lab());
        List<DesignationIntent> again = Paip.designationsImplied(imposedSevere(), lab());
        assertThat(first).extracting(DesignationIntent::idempotencyKey)
                .containsExactly("paip:pkg-7:A", "paip:pkg-7:B", "paip:pkg-7:H", "paip:pkg-7:I", "paip:pkg-7:J")
                .isEqualTo(again.stream().map(DesignationIntent::idempotencyKey).toList());
    }

    @Test
    void officersUnderLGetTheirOwnKeyedDesignations() {
        SanctionPackage p = pkg(lab(), "C", "D", "E", "G", "L").withId("pkg-9")
                .withOfficerSanctions(List.of(new OfficerSanction("Li Example", List.of("A", "K"))));
        List<DesignationIntent> officer = Paip.designationsImplied(p, lab()).stream()
                .filter(i -> i.measure().startsWith("L/")).toList();
        assertThat(officer).extracting(DesignationIntent::measure).containsExactly("L/A", "L/K");
        assertThat(officer.get(0).kind()).isEqualTo(DesignationIntent.Kind.BLOCKING);
        assertThat(officer.get(0).party().name()).isEqualTo("Li Example");
        assertThat(officer.get(0).party().isIndividual()).isTrue();
        assertThat(officer.get(0).idempotencyKey()).startsWith("paip:pkg-9:L-").endsWith(":A");
        assertThat(officer.get(0).idempotencyKey()).isNotEqualTo(officer.get(1).idempotencyKey());
    }

    @Test
    void individualGetsB2BlockingAndAVisaNote() {
        SanctionPackage p = Paip.impose(pkg(ceo()).withId("pkg-ceo"), ceo(), LATEST_2026);
        List<DesignationIntent> intents = Paip.designationsImplied(p, ceo());
        assertThat(intents).hasSize(2);
        assertThat(intents.get(0).kind()).isEqualTo(DesignationIntent.Kind.BLOCKING);
        assertThat(intents.get(0).list()).isEqualTo("PAIP");
        assertThat(intents.get(0).citation()).isEqualTo("50 U.S.C. 1709(b)(2)(A)");
        assertThat(intents.get(1).kind()).isEqualTo(DesignationIntent.Kind.RECORDED_EFFECT);
        assertThat(intents.get(1).citation()).isEqualTo("50 U.S.C. 1709(b)(2)(B)");
        assertThat(intents.get(1).exceptions()).contains("50 U.S.C. 1709(e)(3)");
        assertThat(intents).extracting(DesignationIntent::idempotencyKey).containsExactly("paip:pkg-ceo:b2A", "paip:pkg-ceo:b2B");
    }

    @Test
    void waivedPackageEffectsEndOnTheWaiverDate() {
        SanctionPackage waived = Paip.waive(imposedSevere(), LocalDate.of(2026, 9, 1), "National interest: negotiated conduct change.");
        assertThat(Paip.designationsImplied(waived, lab())).allSatisfy(i -> assertThat(i.removedOn()).isEqualTo(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void effectsNeedThePackageId() {
        assertThatThrownBy(() -> Paip.designationsImplied(pkg(lab(), "A").withId(""), lab()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
