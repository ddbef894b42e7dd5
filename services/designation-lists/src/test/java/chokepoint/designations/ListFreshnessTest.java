package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ListStatus;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.testing.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fail closed on stale lists: an imported list whose last import is older than chokepoint.lists.max-age (7 days)
 * is reported stale, and a manual agency write on it does not make it fresh again.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ListFreshnessTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @Inject
    AgroalDataSource db;

    ListStatus status(String list) {
        return ClientAuth.withToken(raw, PostgresResource.token("provider", "acme")).resolveParty(ResolvePartyRequest.newBuilder()
                        .setParty(Party.newBuilder().setName("Freshness Probe Trading")).build()).getFacts().getListsList().stream()
                .filter(l -> l.getList().equals(list)).findFirst().orElseThrow();
    }

    @Test
    void anAgencyWriteDoesNotMakeAStaleImportedListFresh() throws Exception {
        String list = "custom:freshness-" + UUID.randomUUID().toString().substring(0, 8);
        // fixture: the list was last imported 30 days ago (an import written directly, as a CUSTOM_CSV import would)
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into list_def (id, authority, name) values ('" + list + "', 'USER', '" + list + "')");
            st.executeUpdate("insert into list_version (id, list_id, effective_on, loaded_at, checked_at, format, added) values ('lv_old_"
                    + list.substring(7) + "', '" + list + "', current_date - 30, now() - interval '30 days', now() - interval '30 days', "
                    + "'CUSTOM_CSV', 1)");
        }
        Thread.sleep(1_100); // list states are cached for a second; this fixture bypassed the events that clear them
        assertThat(status(list).getStale()).as("imported 30 days ago, max age 7 days").isTrue();

        ClientAuth.withToken(raw, PostgresResource.token("admin", null)).createDesignation(CreateDesignationRequest.newBuilder()
                .setRequestId(UUID.randomUUID().toString()).setDesignation(Designation.newBuilder().setList(list)
                        .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Manually Added Co"))
                        .setEffectiveFrom("2026-01-01")).build());
        assertThat(status(list).getStale()).as("one manual entry does not vouch for the rest of the file").isTrue();
    }

    @Test
    void aListOnlyEverWrittenByItsAgencyIsAsFreshAsItsNewestWrite() {
        String list = "custom:agency-only-" + UUID.randomUUID().toString().substring(0, 8);
        ClientAuth.withToken(raw, PostgresResource.token("admin", null)).createDesignation(CreateDesignationRequest.newBuilder()
                .setRequestId(UUID.randomUUID().toString()).setDesignation(Designation.newBuilder().setList(list)
                        .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Agency Only Co"))
                        .setEffectiveFrom("2026-01-01")).build());
        ListStatus s = status(list);
        assertThat(s.getLoaded()).isTrue();
        assertThat(s.getStale()).isFalse();
    }
}
