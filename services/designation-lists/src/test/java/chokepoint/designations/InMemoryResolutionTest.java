package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateOwnershipRequest;
import chokepoint.api.designations.v1.Ownership;
import chokepoint.api.designations.v1.PartyRef;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.application.PartyResolver;
import chokepoint.platform.ClientAuth;
import chokepoint.testing.PostgresResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A screening answered from memory on the event loop (PartyResolver#resolveInMemory) gives exactly the facts the
 * worker path gives, and only a screening that needs nothing else is answered that way: a hit whose designation was
 * not read for the date yet, a hit with recorded owners, or declared owners go to the worker path, which finds what
 * they need; a change is never answered with what was held before it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class InMemoryResolutionTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @Inject
    PartyResolver resolver;

    @Inject
    DesignationStore store;

    static final LocalDate AS_OF = LocalDate.parse("2026-03-01");

    DesignationServiceGrpc.DesignationServiceBlockingStub as(String role) {
        return ClientAuth.withToken(raw, PostgresResource.token(role, "acme"));
    }

    PartyFacts screen(Party party) {
        return as("provider").resolveParty(ResolvePartyRequest.newBuilder().setAsOf(AS_OF.toString()).setParty(party).build())
                .getFacts();
    }

    static PartyResolver.Subject customer(String name) {
        return new PartyResolver.Subject("customer", name, chokepoint.designations.domain.PartyKind.ORGANIZATION, List.of(),
                List.of());
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The in-memory answer for the customer's name now, without a screening before it. */
    Optional<PartyResolver.Facts> inMemory(String name) {
        return resolver.resolveInMemory(List.of(customer(name)), AS_OF, List.of(), Map.of());
    }

    /** The in-memory answer right after a screening read the list states (they are kept for a second). */
    Optional<PartyResolver.Facts> inMemoryAfterScreening(String name, List<PartyResolver.DeclaredOwner> owners) {
        Optional<PartyResolver.Facts> quick = Optional.empty();
        for (int attempt = 0; attempt < 5 && quick.isEmpty(); attempt++) {
            screen(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name).build());
            quick = resolver.resolveInMemory(List.of(customer(name)), AS_OF, owners, Map.of());
        }
        return quick;
    }

    String listed(String name) {
        return as("agency-ofac").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setDesignation(Designation.newBuilder().setList("SDN").addPrograms("CYBER2").setEffectiveFrom("2026-01-10")
                        .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)))
                .build()).getDesignation().getId();
    }

    @Test
    void aPartyOnNoListGetsTheSameFactsFromMemoryAsFromTheWorkerPath() {
        String suffix = suffix();
        listed("Quiet Harbour Listed Holdings " + suffix);
        String name = "Meadowlark Bakery Supplies " + suffix;

        Optional<PartyResolver.Facts> quick = inMemoryAfterScreening(name, List.of());
        assertThat(quick).as("a name on no list, nothing in flight, states just read: answered from memory").isPresent();
        PartyResolver.Facts full = resolver.resolve(List.of(customer(name)), AS_OF);
        assertThat(quick.get().hits()).isEmpty();
        assertThat(full.hits()).isEmpty();
        assertThat(quick.get().lists()).as("the same list versions and freshness").isEqualTo(full.lists());
        assertThat(quick.get().lists()).anySatisfy(l -> {
            assertThat(l.list()).isEqualTo("SDN");
            assertThat(l.loaded()).isTrue();
        });
        assertThat(quick.get().ownership()).isEqualTo(full.ownership()).isNull();
    }

    @Test
    void aHitIsAnsweredFromMemoryOnceItsDesignationWasReadWithTheWorkerPathsFacts() {
        String suffix = suffix();
        String name = "Lanternfish Compute Rental " + suffix;
        String id = listed(name);

        // the list states are fresh, but this designation was never read for the date: only the worker path can tell
        inMemoryAfterScreening("Meadowlark Candle Works " + suffix, List.of());
        assertThat(inMemory(name))
                .as("a hit whose designation was not read yet needs PostgreSQL").isEmpty();

        Optional<PartyResolver.Facts> quick = inMemoryAfterScreening(name, List.of());
        assertThat(quick).as("screened once, its designation is held for the date").isPresent();
        PartyResolver.Facts full = resolver.resolve(List.of(customer(name)), AS_OF);
        assertThat(quick.get().hits()).extracting(h -> h.designation().id()).contains(id);
        assertThat(quick.get().hits()).as("the same hits, designations, names, scores and bands as the worker path")
                .isEqualTo(full.hits());
        chokepoint.designations.domain.Designation inDb = QuarkusTransaction.requiringNew()
                .call(() -> store.inForceAsOf(java.util.Set.of(id), AS_OF).get(id));
        assertThat(inDb).isNotNull();
        assertThat(quick.get().hits()).as("the designation held is the one PostgreSQL holds for the date")
                .anySatisfy(h -> assertThat(h.designation()).isEqualTo(inDb));
        assertThat(quick.get().lists()).isEqualTo(full.lists());
        assertThat(quick.get().ownership()).isEqualTo(full.ownership()).isNull();
    }

    @Test
    void aRemovalIsNeverAnsweredWithTheDesignationHeldFromBefore() {
        String suffix = suffix();
        String name = "Barnacle Tensor Leasing " + suffix;
        String id = listed(name);
        assertThat(inMemoryAfterScreening(name, List.of())).isPresent()
                .hasValueSatisfying(f -> assertThat(f.hits()).extracting(h -> h.designation().id()).contains(id));

        as("agency-ofac").removeDesignation(RemoveDesignationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setId(id).setEffectiveOn("2026-02-01").setReason("delisted").build());

        assertThat(inMemory(name))
                .as("the removal moved the stamp: what was held before it is not used").isEmpty();
        assertThat(screen(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name).build()).getHitsList())
                .as("removed from 2026-02-01, so not a hit on " + AS_OF).noneSatisfy(h -> assertThat(h.getDesignation().getId()).isEqualTo(id));
        assertThat(inMemoryAfterScreening(name, List.of())).as("and from memory, once read again, not either")
                .hasValueSatisfying(f -> assertThat(f.hits()).extracting(h -> h.designation().id()).doesNotContain(id));
    }

    @Test
    void aHitWhoseOwnersAreRecordedIsLeftToTheWorkerPath() {
        String suffix = suffix();
        String name = "Kestrel Inference Cloud " + suffix;
        String id = listed(name);
        String parent = listed("Osprey Parent Fund " + suffix);
        as("agency-ofac").createOwnership(CreateOwnershipRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setOwnership(Ownership.newBuilder().setOwner(PartyRef.newBuilder().setDesignationId(parent))
                        .setOwned(PartyRef.newBuilder().setDesignationId(id)).setPercent("60").setEffectiveFrom("2026-02-01")
                        .setSource("registry"))
                .build());

        assertThat(inMemoryAfterScreening(name, List.of())).as("the ownership engine reads PostgreSQL").isEmpty();
        assertThat(resolver.resolve(List.of(customer(name)), AS_OF).ownership()).isNotNull();
    }

    @Test
    void steadyScreeningKeepsTheListStatesInMemoryPastTheirOneSecondLife() throws InterruptedException {
        String suffix = suffix();
        listed("Quiet Harbour Listed Holdings " + suffix);
        String name = "Meadowlark Rope Works " + suffix;
        assertThat(inMemoryAfterScreening(name, List.of())).isPresent();

        // only in-memory answers from here on: without the refresh ahead of expiry the states would be gone after 1 s
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(2500);
        int polls = 0;
        while (System.nanoTime() < until) {
            assertThat(inMemory(name))
                    .as("poll %d: still answered from memory", polls).isPresent();
            polls++;
            Thread.sleep(50);
        }
        assertThat(polls).isGreaterThan(20);
    }

    @Test
    void declaredOwnersAreLeftToTheWorkerPath() {
        String suffix = suffix();
        listed("Quiet Harbour Listed Holdings " + suffix);
        assertThat(inMemoryAfterScreening("Meadowlark Flour Mill " + suffix,
                List.of(new PartyResolver.DeclaredOwner("Some Owner " + suffix, "60")))).isEmpty();
    }
}
