package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateOfficerLinkRequest;
import chokepoint.api.designations.v1.CreateOfficerLinkResponse;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.GetEntityStatusRequest;
import chokepoint.api.designations.v1.OfficerLink;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.designations.v1.PartyRef;
import chokepoint.api.designations.v1.RedFlag;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Officer;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Officer and board links (issue: ownership, point 1) and BIS red flag 29 on a shared officer. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OfficerLinkApiTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    DesignationServiceGrpc.DesignationServiceBlockingStub as(String role) {
        return ClientAuth.withToken(raw, PostgresResource.token(role));
    }

    static String rid() {
        return UUID.randomUUID().toString();
    }

    String listedLab(String name) {
        return as("agency-bis").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(rid())
                .setDesignation(chokepoint.api.designations.v1.Designation.newBuilder().setList("ENTITY_LIST")
                        .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name).addCountries("CN"))
                        .setLicenseRequirement("For all items subject to the EAR").setLicenseReviewPolicyText("Presumption of denial")
                        .setEffectiveFrom("2026-01-15"))
                .build()).getDesignation().getId();
    }

    CreateOfficerLinkResponse link(String requestId, String person, PartyRef entity, String role, String from, String to) {
        return as("agency-bis").createOfficerLink(CreateOfficerLinkRequest.newBuilder().setRequestId(requestId)
                .setOfficerLink(OfficerLink.newBuilder().setPersonName(person).setEntity(entity).setRole(role)
                        .setEffectiveFrom(from).setEffectiveTo(to).setSource("corporate registry extract"))
                .build());
    }

    List<RedFlag> flags(String customer, String officer, String asOf) {
        PartyFacts f = as("provider").resolveParty(ResolvePartyRequest.newBuilder().setAsOf(asOf)
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(customer)
                        .addOfficers(Officer.newBuilder().setName(officer).setRole("CEO")))
                .build()).getFacts();
        return f.getRedFlagsList();
    }

    @Test
    void aCustomerWhoseDeclaredChiefExecutiveSitsOnTheBoardOfAListedLabIsFlagged() {
        String lab = listedLab("Officer Test Lab " + UUID.randomUUID());
        String person = "Example Shared Director " + UUID.randomUUID().toString().substring(0, 8);
        String requestId = rid();
        CreateOfficerLinkResponse first = link(requestId, person, PartyRef.newBuilder().setDesignationId(lab).build(),
                "BOARD_MEMBER", "2026-03-01", "2027-03-01");
        assertThat(first.getReplayed()).isFalse();
        assertThat(first.getOfficerLink().getEntityId()).isEqualTo(lab);
        assertThat(first.getOfficerLink().getId()).startsWith("off_");
        // a retry answers with the first link and writes nothing new
        CreateOfficerLinkResponse again = link(requestId, person, PartyRef.newBuilder().setDesignationId(lab).build(),
                "BOARD_MEMBER", "2026-03-01", "2027-03-01");
        assertThat(again.getReplayed()).isTrue();
        assertThat(again.getOfficerLink().getId()).isEqualTo(first.getOfficerLink().getId());

        String customer = "Newco Compute Rental " + UUID.randomUUID();
        // the declared CEO's name in another case and spacing is the same person
        List<RedFlag> during = flags(customer, "  " + person.toUpperCase() + " ", "2026-06-01");
        assertThat(during).anySatisfy(f -> {
            assertThat(f.getCode()).isEqualTo("SHARED_OFFICER");
            assertThat(f.getExplanation()).contains("BOARD_MEMBER").contains("CEO");
            // the person as recorded, not the matching key
            assertThat(f.getExplanation()).startsWith(person + " is CEO of").doesNotContain("person:");
            assertThat(f.getSource().getId()).isEqualTo(lab);
            assertThat(f.getCitation()).isNotBlank();
        });
        assertThat(flags(customer, person, "2026-02-01")).as("before the link took effect").noneMatch(f -> f.getCode().equals("SHARED_OFFICER"));
        assertThat(flags(customer, person, "2027-03-01")).as("after it ended").noneMatch(f -> f.getCode().equals("SHARED_OFFICER"));
        assertThat(flags(customer, "Someone Else Entirely", "2026-06-01")).noneMatch(f -> f.getCode().equals("SHARED_OFFICER"));
    }

    @Test
    void anUnlistedCompanyRecordedWithTheSameOfficerShowsTheFlagInItsStatus() {
        String lab = listedLab("Officer Status Lab " + UUID.randomUUID());
        String person = "Example Officer " + UUID.randomUUID().toString().substring(0, 8);
        link(rid(), person, PartyRef.newBuilder().setDesignationId(lab).build(), "CEO", "2026-02-01", "");
        String front = link(rid(), person, PartyRef.newBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION)
                .setName("Front Compute " + UUID.randomUUID()).addCountries("SG")).build(), "DIRECTOR", "2026-04-01", "")
                .getOfficerLink().getEntityId();
        assertThat(front).startsWith("ent_");
        List<RedFlag> status = as("analyst").getEntityStatus(GetEntityStatusRequest.newBuilder().setRef(front).setAsOf("2026-05-01").build())
                .getRedFlagsList();
        assertThat(status).anySatisfy(f -> assertThat(f.getCode()).isEqualTo("SHARED_OFFICER"));
        assertThat(as("analyst").getEntityStatus(GetEntityStatusRequest.newBuilder().setRef(front).setAsOf("2026-03-01").build())
                .getRedFlagsList()).noneMatch(f -> f.getCode().equals("SHARED_OFFICER"));

        // statuses come from an engine kept per date until the next change: a new link counts at once
        String late = "Late Officer " + UUID.randomUUID().toString().substring(0, 8);
        String other = link(rid(), late, PartyRef.newBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION)
                .setName("Other Compute " + UUID.randomUUID())).build(), "DIRECTOR", "2026-04-01", "").getOfficerLink().getEntityId();
        GetEntityStatusRequest otherStatus = GetEntityStatusRequest.newBuilder().setRef(other).setAsOf("2026-05-01").build();
        assertThat(as("analyst").getEntityStatus(otherStatus).getRedFlagsList()).noneMatch(f -> f.getCode().equals("SHARED_OFFICER"));
        link(rid(), late, PartyRef.newBuilder().setDesignationId(lab).build(), "ADVISER", "2026-02-01", "");
        assertThat(as("analyst").getEntityStatus(otherStatus).getRedFlagsList()).anySatisfy(f -> assertThat(f.getCode()).isEqualTo("SHARED_OFFICER"));
    }

    @Test
    void anEntityStatusCarriesTheEnginesNotesWithNamesNotIds() {
        // the seed's Phase 1 company: 60% owned by a listed lab on the last day of the Affiliates Rule's suspension
        String labName = "Notes Test Lab " + UUID.randomUUID();
        String lab = listedLab(labName);
        String company = as("agency-bis").createOwnership(chokepoint.api.designations.v1.CreateOwnershipRequest.newBuilder()
                .setRequestId(rid()).setOwnership(chokepoint.api.designations.v1.Ownership.newBuilder()
                        .setOwner(PartyRef.newBuilder().setDesignationId(lab))
                        .setOwned(PartyRef.newBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION)
                                .setName("Notes Test Subsidiary " + UUID.randomUUID()).addCountries("CN")))
                        .setPercent("60").setEffectiveFrom("2026-02-01").setSource("registry"))
                .build()).getOwnership().getOwnedEntityId();

        var suspended = as("analyst").getEntityStatus(GetEntityStatusRequest.newBuilder().setRef(company).setAsOf("2026-11-09").build());
        assertThat(suspended.getNotesList()).singleElement().satisfies(n -> assertThat(n)
                .contains("hold 60% directly, but the Affiliates Rule does not apply on 2026-11-09", "90 FR 50857"));
        assertThat(suspended.getRedFlagsList()).singleElement().satisfies(f -> assertThat(f.getExplanation())
                .contains(labName + " (ENTITY_LIST " + lab + ") owns 60% of Notes Test Subsidiary", "applies again from 2026-11-10"));
        var inForce = as("analyst").getEntityStatus(GetEntityStatusRequest.newBuilder().setRef(company).setAsOf("2026-11-10").build());
        assertThat(inForce.getNotesList()).isEmpty();
        assertThat(inForce.getDerivedList()).singleElement();
    }

    @Test
    void badOfficerLinksAreRefusedNamingTheFieldAndNothingIsStored() {
        String lab = listedLab("Officer Refusal Lab " + UUID.randomUUID());
        PartyRef ref = PartyRef.newBuilder().setDesignationId(lab).build();
        assertRefused(() -> link(rid(), "A Person", ref, " ", "2026-01-01", ""), "MISSING_ROLE", "officer_link.role");
        assertRefused(() -> link(rid(), " ", ref, "CEO", "2026-01-01", ""), "MISSING_NAME", "officer_link.person_name");
        assertRefused(() -> link(rid(), "A Person", ref, "CEO", "2026-05-01", "2026-04-01"), "DATES_OUT_OF_ORDER", null);
        assertRefused(() -> link(rid(), "A Person", ref, "CEO", "2026-02-30", ""), "INVALID_DATE", "officer_link.effective_from");
        assertRefused(() -> link(rid(), "A Person", PartyRef.newBuilder().setDesignationId("des_missing").build(), "CEO", "2026-01-01", ""),
                "UNKNOWN_PARTY", "officer_link.entity");
        StatusRuntimeException provider = catchThrowableOfType(StatusRuntimeException.class, () -> as("provider").createOfficerLink(
                CreateOfficerLinkRequest.newBuilder().setRequestId(rid()).setOfficerLink(OfficerLink.newBuilder().setPersonName("A Person")
                        .setEntity(ref).setRole("CEO").setEffectiveFrom("2026-01-01")).build()));
        assertThat(provider.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        // none of the refused links exists: the lab has no officer, so no customer naming "A Person" is flagged
        assertThat(flags("Refusal Check Co " + UUID.randomUUID(), "A Person", "2026-06-01")).noneMatch(f -> f.getCode().equals("SHARED_OFFICER"));
    }

    private static void assertRefused(Runnable call, String reason, String field) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("expected a refusal with " + reason).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", reason);
        if (field != null) {
            assertThat(GrpcErrors.errorInfo(e)).containsEntry("field", field);
        }
    }
}
