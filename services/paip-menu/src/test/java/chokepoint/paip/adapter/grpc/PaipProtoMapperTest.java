package chokepoint.paip.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chokepoint.api.paip.v1.GetMenuResponse;
import chokepoint.api.paip.v1.OfficerSanction;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.paip.domain.Clause;
import chokepoint.paip.domain.Identification;
import chokepoint.paip.domain.PackageStatus;
import chokepoint.paip.domain.PaipRuleException;
import chokepoint.paip.domain.ReasonCode;
import chokepoint.paip.domain.SanctionPackage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaipProtoMapperTest {

    @Test
    void menuResponseListsThirteenEntriesForTwelveLettersAndTheSunset() {
        GetMenuResponse r = PaipProtoMapper.menuResponse();
        assertThat(r.getMeasuresList()).extracting(m -> m.getLetter())
                .containsExactly("A", "B", "C", "D", "E", "F(i)", "F(ii)", "G", "H", "I", "J", "K", "L");
        assertThat(r.getMeasures(5).getFinancialInstitutionsOnly()).isTrue();
        assertThat(r.getMeasures(0).getCitation()).isEqualTo("50 U.S.C. 1709(b)(1)(A)");
        assertThat(r.getSunset()).isEqualTo("2030-01-05");
        assertThat(r.getCitation()).isEqualTo("50 U.S.C. 1709(b)(1)");
    }

    @Test
    void identificationRoundTripsAndGetsItsDefaultPeriod() {
        chokepoint.api.paip.v1.Identification in = chokepoint.api.paip.v1.Identification.newBuilder()
                .setId("i-1")
                .setParty(chokepoint.api.party.v1.Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION)
                        .setName("Lab").addCountries("CN")
                        .addOwners(chokepoint.api.party.v1.Owner.newBuilder().setPercent("60")
                                .setParty(chokepoint.api.party.v1.Party.newBuilder().setName("Parent"))))
                .setClause(chokepoint.api.paip.v1.Clause.CLAUSE_II)
                .setIsFinancialInstitution(true)
                .setReportYear(2026)
                .addEvidence("doc-1")
                .build();
        Identification d = PaipProtoMapper.toDomain(in);
        assertThat(d.clause()).isEqualTo(Clause.II);
        assertThat(d.party().owners().get(0).party().name()).isEqualTo("Parent");
        chokepoint.api.paip.v1.Identification out = PaipProtoMapper.toProto(d);
        assertThat(out.toBuilder().clearPeriodStart().clearPeriodEnd().build()).isEqualTo(in);
        assertThat(out.getPeriodStart()).isEqualTo("2025-07-04");
        assertThat(out.getPeriodEnd()).isEqualTo("2026-07-04");
    }

    @Test
    void unspecifiedClauseMapsToNullForTheDomainToReport() {
        assertThat(PaipProtoMapper.toDomain(chokepoint.api.paip.v1.Clause.CLAUSE_UNSPECIFIED)).isNull();
    }

    @Test
    void packageRoundTripsWithOfficersAndWaiver() {
        chokepoint.api.paip.v1.Package in = chokepoint.api.paip.v1.Package.newBuilder()
                .setId("p-1").setIdentificationId("i-1")
                .addMeasures("A").addMeasures("L")
                .setEffectiveFrom("2026-08-01")
                .addOfficerSanctions(OfficerSanction.newBuilder().setOfficerName("Li").addMeasures("A"))
                .setStatus("WAIVED").setWaivedOn("2026-09-01").setWaiverJustification("why").setCongressNoticeDue("2026-09-16")
                .addDesignationIds("d-1").addReasoning("because")
                .build();
        SanctionPackage d = PaipProtoMapper.toDomain(in);
        assertThat(d.effectiveFrom()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(d.status()).isEqualTo(PackageStatus.WAIVED);
        assertThat(d.officerSanctions().get(0).measures()).containsExactly("A");
        assertThat(PaipProtoMapper.toProto(d)).isEqualTo(in);
    }

    @Test
    void malformedDateIsAnInvalidArgumentNamingTheField() {
        chokepoint.api.paip.v1.Package in = chokepoint.api.paip.v1.Package.newBuilder().setEffectiveFrom("2026-13-01").build();
        assertThatThrownBy(() -> PaipProtoMapper.toDomain(in)).isInstanceOfSatisfying(PaipRuleException.class, e -> {
            assertThat(e.primary().reason()).isEqualTo(ReasonCode.PAIP_INVALID_DATE);
            assertThat(e.primary().field()).isEqualTo("package.effective_from");
            assertThat(e.precondition()).isFalse();
        });
    }

    @Test
    void unknownCalibrationIsRefused() {
        assertThatThrownBy(() -> PaipProtoMapper.calibration("MILD")).isInstanceOfSatisfying(PaipRuleException.class,
                e -> assertThat(PaipProtoMapper.errorMetadata(e.primary())).containsEntry("reason", "PAIP_UNKNOWN_CALIBRATION")
                        .containsEntry("field", "calibration"));
    }
}
