package chokepoint.designations;

import chokepoint.api.designations.v1.AmendDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateOwnershipRequest;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.DerivedStatusKind;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.ListHit;
import chokepoint.api.designations.v1.Ownership;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.designations.v1.PartyRef;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.testing.PostgresResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a screening with list hits reads: each hit's designation as it stood on the screening's date (all hits of a
 * screening are read together), and whether ownership or officer facts name the matched party, which is held in
 * memory and must follow a fact recorded after it was read.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ListHitFactsTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    DesignationServiceGrpc.DesignationServiceBlockingStub as(String role) {
        return ClientAuth.withToken(raw, PostgresResource.token(role, "acme"));
    }

    static String rid() {
        return UUID.randomUUID().toString();
    }

    PartyFacts screen(String name, String asOf) {
        return as("provider").resolveParty(ResolvePartyRequest.newBuilder().setAsOf(asOf)
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)).build()).getFacts();
    }

    String create(Designation d) {
        return as("SDN".equals(d.getList()) ? "agency-ofac" : "agency-bis").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(d).build())
                .getDesignation().getId();
    }

    static Designation sdn(String name) {
        return Designation.newBuilder().setList("SDN").addPrograms("CYBER2").setEffectiveFrom("2026-01-10")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)).build();
    }

    static Designation entityList(String name) {
        return Designation.newBuilder().setList("ENTITY_LIST")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name).addCountries("CN"))
                .setLicenseRequirement("For all items subject to the EAR").setLicenseReviewPolicyText("Case-by-case review")
                .addFederalRegisterCitations("91 FR 1000").setEffectiveFrom("2026-01-10").build();
    }

    @Test
    void eachHitIsItsDesignationAsOfTheScreeningDate() {
        String name = "Revision Hit Compute " + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + " Ltd";
        create(sdn("Quillfeather Sailcloth Traders " + UUID.randomUUID())); // a list in force from 2026-01-10, before the two below
        Designation el = entityList(name).toBuilder().setEffectiveFrom("2026-01-20").build();
        String elId = create(el);
        String sdnId = create(sdn(name).toBuilder().setEffectiveFrom("2026-01-20").build()); // the same name on a second list
        as("agency-bis").amendDesignation(AmendDesignationRequest.newBuilder().setRequestId(rid()).setId(elId)
                .setDesignation(el.toBuilder().setLicenseReviewPolicyText("Presumption of denial")).setEffectiveOn("2026-02-01")
                .setReason("review policy tightened").build());
        as("agency-bis").removeDesignation(RemoveDesignationRequest.newBuilder().setRequestId(rid()).setId(elId)
                .setEffectiveOn("2026-06-01").setReason("conduct changed").build());

        PartyFacts jan = screen(name, "2026-01-25");
        assertThat(jan.getHitsList()).extracting(h -> h.getDesignation().getId()).containsExactlyInAnyOrder(elId, sdnId);
        assertThat(hit(jan, elId).getDesignation().getLicenseReviewPolicy())
                .isEqualTo(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_CASE_BY_CASE);
        assertThat(hit(screen(name, "2026-03-01"), elId).getDesignation().getLicenseReviewPolicy())
                .as("the amendment in force from 2026-02-01").isEqualTo(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL);
        assertThat(screen(name, "2026-07-01").getHitsList()).as("removed from 2026-06-01: only the SDN entry is a hit")
                .extracting(h -> h.getDesignation().getId()).containsExactly(sdnId);
        assertThat(screen(name, "2026-01-15").getHitsList()).extracting(h -> h.getDesignation().getId())
                .as("neither was in force yet").doesNotContain(elId, sdnId);
    }

    @Test
    void moreHitsThanOneReadHoldsAreAllFound() {
        String name = "Many Entries Shipping " + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + " Ltd";
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) { // PartyResolver.LIMIT, more than DesignationStore.IN_FORCE_BATCH (8): two reads
            ids.add(create(sdn(name)));
        }
        assertThat(screen(name, "2026-03-01").getHitsList()).extracting(h -> h.getDesignation().getId())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void anOwnershipFactRecordedAfterAScreeningCountsForTheNextOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String labName = "Owned Later Lab " + suffix + " Co";
        String lab = create(entityList(labName));
        String owner = create(sdn("Blocked Parent Fund " + suffix));

        assertThat(screen(labName, "2026-03-01").getDerivedList()).as("nothing recorded about who owns it yet").isEmpty();

        as("agency-ofac").createOwnership(CreateOwnershipRequest.newBuilder().setRequestId(rid())
                .setOwnership(Ownership.newBuilder().setOwner(PartyRef.newBuilder().setDesignationId(owner))
                        .setOwned(PartyRef.newBuilder().setDesignationId(lab)).setPercent("60").setEffectiveFrom("2026-02-01")
                        .setSource("registry"))
                .build());

        assertThat(screen(labName, "2026-03-01").getDerivedList()).as("60 % held by an SDN: blocked by the 50 percent rule")
                .anySatisfy(d -> assertThat(d.getKind()).isEqualTo(DerivedStatusKind.DERIVED_STATUS_KIND_BLOCKED));
        assertThat(screen(labName, "2026-01-20").getDerivedList()).as("before the stake was held").isEmpty();
    }

    static ListHit hit(PartyFacts f, String designationId) {
        return f.getHitsList().stream().filter(h -> h.getDesignation().getId().equals(designationId)).findFirst().orElseThrow();
    }
}
