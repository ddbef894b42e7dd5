package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateOwnershipRequest;
import chokepoint.api.designations.v1.DerivedStatus;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.Ownership;
import chokepoint.api.designations.v1.PartyRef;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Identifier;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.testing.PostgresResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Unlisted parties in ownership facts are one party by identifier (LEI, credit code...), not only by exact name. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class UnlistedPartyIdentityTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    DesignationServiceGrpc.DesignationServiceBlockingStub as(String role) {
        return ClientAuth.withToken(raw, PostgresResource.token(role));
    }

    String ownedBy(String owner, String name, String lei, String percent) {
        return as("agency-ofac").createOwnership(CreateOwnershipRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setOwnership(Ownership.newBuilder().setOwner(PartyRef.newBuilder().setDesignationId(owner))
                        .setOwned(PartyRef.newBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)
                                .addCountries("HK").addIdentifiers(Identifier.newBuilder().setScheme("LEI").setValue(lei))))
                        .setPercent(percent).setEffectiveFrom("2026-02-01").setSource("registry"))
                .build()).getOwnership().getOwnedEntityId();
    }

    @Test
    void theSameLeiUnderAnotherSpellingIsTheSameCompanyAndAScreeningByLeiFindsItsOwners() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String a = as("agency-ofac").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setDesignation(Designation.newBuilder().setList("SDN").addPrograms("CYBER2").setEffectiveFrom("2026-01-10")
                        .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Identity Owner A " + suffix)))
                .build()).getDesignation().getId();
        String b = as("agency-ofac").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setDesignation(Designation.newBuilder().setList("SDN").addPrograms("CYBER2").setEffectiveFrom("2026-01-10")
                        .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Identity Owner B " + suffix)))
                .build()).getDesignation().getId();
        String lei = "5493 00" + suffix + "XY12";
        // two agencies' filings spell the company differently; the LEI (formatted differently too) makes it one entity
        String first = ownedBy(a, "Compute Rental Holdings " + suffix + " Limited", lei, "30");
        String second = ownedBy(b, "COMPUTE-RENTAL HLDGS " + suffix + " LTD", lei.replace(" ", "-"), "25");
        assertThat(second).isEqualTo(first);

        // 30 % + 25 % from two blocked owners: blocked by the 50 percent rule, found by LEI under yet another name
        List<DerivedStatus> derived = as("provider").resolveParty(ResolvePartyRequest.newBuilder().setAsOf("2026-03-01")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("CRH " + suffix + " Trading")
                        .addIdentifiers(Identifier.newBuilder().setScheme("LEI").setValue(lei.replace(" ", ""))))
                .build()).getFacts().getDerivedList();
        assertThat(derived).anySatisfy(d -> {
            assertThat(d.getKind().name()).contains("BLOCKED");
            assertThat(d.getTotalPercent()).startsWith("55");
        });

        // a different LEI is a different company: nothing derived
        List<DerivedStatus> other = as("provider").resolveParty(ResolvePartyRequest.newBuilder().setAsOf("2026-03-01")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("CRH " + suffix + " Trading")
                        .addIdentifiers(Identifier.newBuilder().setScheme("LEI").setValue("5493009999" + suffix)))
                .build()).getFacts().getDerivedList();
        assertThat(other).isEmpty();
    }
}
