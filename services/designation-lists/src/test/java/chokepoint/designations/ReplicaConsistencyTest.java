package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationResponse;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ListStatus;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.designations.v1.ResolvePartyResponse;
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
import java.sql.PreparedStatement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas share one PostgreSQL; each holds its own name index. Another replica's import
 * is in the database at once but reaches this replica's index only through the change log. A
 * screening here must never record that import's list version while matching without its names
 * (a CLEAR claiming a version that lists the customer): it catches the index up first.
 *
 * <p>The other replica's write is made here in SQL, as that replica's transaction leaves it (a
 * list version, a designation, its revision, the change event), so none of this process's
 * events see it. The follower's schedule is 10 minutes in tests, so only the catch-up can
 * bring the name in.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ReplicaConsistencyTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @Inject
    AgroalDataSource db;

    ResolvePartyResponse screen(String name) {
        return ClientAuth.withToken(raw, PostgresResource.token("provider", "acme")).resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)).build());
    }

    /** An entry written by this replica the usual way (defining the list); the other replica's entries copy it. */
    CreateDesignationResponse template(String list, String tag) {
        return ClientAuth.withToken(raw, PostgresResource.token("admin", null))
                .createDesignation(CreateDesignationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                        .setDesignation(Designation.newBuilder().setList(list).setEffectiveFrom("2026-01-01")
                                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Template Holdings " + tag)))
                        .build());
    }

    @Test
    void aScreeningAfterAnotherReplicasImportUsesItsNamesWithItsVersion() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String list = "custom:replica-" + tag;
        // this replica writes the template entry (and the list) the usual way
        CreateDesignationResponse template = template(list, tag);
        String newName = "Quorvantis Lattice Works";
        assertThat(screen(newName).getFacts().getHitsList()).as("nobody is listed under it yet").isEmpty();

        // another replica imports a new version of the list that adds one entry
        String version = "lv_other_" + tag;
        String designation = "d_other_" + tag;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            otherReplicasVersion(c, list, version, "2026-01-02", designation, newName, template.getDesignation().getId());
            c.commit();
        }
        Thread.sleep(1_100); // list states are kept for a second

        ResolvePartyResponse r = screen(newName);
        ListStatus state = r.getFacts().getListsList().stream().filter(l -> l.getList().equals(list)).findFirst().orElseThrow();
        assertThat(state.getVersionId()).as("the screening records the other replica's version").isEqualTo(version);
        assertThat(r.getFacts().getHitsList()).as("and matches the names that version added")
                .anySatisfy(h -> assertThat(h.getDesignation().getId()).isEqualTo(designation));
    }

    /**
     * Another replica imports two versions of a list in quick succession: the first adds an entry, the second adds
     * another and leaves the first as it is. This replica reads both from the change log in one round; the first
     * entry's revision belongs to the first version only, so applying only the newest version of each list would
     * leave it out of this replica's index for good (a CLEAR here for a name listed everywhere else).
     */
    @Test
    void twoVersionsOfOneListReadInOneRoundAreBothIndexed() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String list = "custom:twice-" + tag;
        CreateDesignationResponse template = template(list, tag);
        String first = "Velmorrow Axial Foundry";
        String second = "Ostrabine Kettle Systems";
        assertThat(screen(first).getFacts().getHitsList()).as("nobody is listed under it yet").isEmpty();

        String v1 = "lv_first_" + tag;
        String v2 = "lv_second_" + tag;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            otherReplicasVersion(c, list, v1, "2026-01-02", "d_first_" + tag, first, template.getDesignation().getId());
            c.commit();
            otherReplicasVersion(c, list, v2, "2026-01-03", "d_second_" + tag, second, template.getDesignation().getId());
            c.commit();
        }
        Thread.sleep(1_100); // list states are kept for a second

        ResolvePartyResponse r = screen(first);
        ListStatus state = r.getFacts().getListsList().stream().filter(l -> l.getList().equals(list)).findFirst().orElseThrow();
        assertThat(state.getVersionId()).as("the screening records the newest version").isEqualTo(v2);
        assertThat(r.getFacts().getHitsList()).as("and matches the entry the earlier version added")
                .anySatisfy(h -> assertThat(h.getDesignation().getId()).isEqualTo("d_first_" + tag));
        assertThat(screen(second).getFacts().getHitsList()).as("as well as the newest version's own")
                .anySatisfy(h -> assertThat(h.getDesignation().getId()).isEqualTo("d_second_" + tag));
    }

    /** What another replica's import leaves: a list version adding one entry (a copy of the template's), its change event. */
    private static void otherReplicasVersion(Connection c, String list, String version, String date, String designation, String name,
                                             String template) throws Exception {
        exec(c, "insert into list_version (id, list_id, effective_on, loaded_at, checked_at, format, added, unchanged) "
                + "values (?, ?, ?::date, now(), now(), 'CUSTOM_CSV', 1, 1)", version, list, date);
        exec(c, "insert into designation (id, list_id) values (?, ?)", designation, list);
        exec(c, "insert into designation_revision (designation_id, revision, effective_from, primary_name, search_text, countries, "
                + "programs, data, fingerprint, list_version_id) select ?, 1, ?::date, ?, lower(?), countries, programs, "
                + "jsonb_set(data, '{name}', to_jsonb(?::text)), 'f-' || ?, ? from designation_revision where designation_id = ?",
                designation, date, name, name, name, designation, version, template);
        exec(c, "insert into change_event (kind, list_id, list_version_id, effective_on) values ('LIST_VERSION', ?, ?, ?::date)",
                list, version, date);
    }

    private static void exec(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
