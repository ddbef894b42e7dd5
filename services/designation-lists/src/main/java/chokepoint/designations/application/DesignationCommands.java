package chokepoint.designations.application;

import chokepoint.designations.adapter.persistence.DesignationEntity;
import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.adapter.persistence.ListVersionEntity;
import chokepoint.designations.adapter.persistence.RevisionEntity;
import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.DesignationData;
import chokepoint.designations.domain.DesignationRules;
import chokepoint.designations.domain.DesignationWriteException;
import chokepoint.designations.domain.DesignationWriteException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Agency writes to designations: create, amend, remove. Each write is one transaction that
 * records a new list version, the revision, the change event and the request id together, so a
 * retry with the same request id returns the first result and writes nothing.
 */
@ApplicationScoped
public class DesignationCommands {

    /** Result of a write: the designation as written, and whether the request id was a replay. */
    public record Written(Designation designation, boolean replayed) {
    }

    /** Fired after commit so the name index can follow. */
    public record Changed(String designationId) {
    }

    /**
     * Fired by an import at the end of its transaction: the list versions it writes (list id ->
     * version id). {@code prepared}: their index change, prepared by the importer while it wrote
     * them (null: the index reads them back after the commit). {@code earlier}: versions of the same lists the
     * import wrote before those (a list's history, one version per edition).
     */
    public record ListsChanged(java.util.Map<String, String> versions, NameIndexService.PreparedLists prepared,
                               java.util.List<String> earlier) {
        public ListsChanged(java.util.Map<String, String> versions) {
            this(versions, null, java.util.List.of());
        }
    }

    @Inject
    DesignationStore store;

    @Inject
    Event<Changed> changed;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Written create(String requestId, String list, DesignationData data, LocalDate effectiveFrom, String sourceRecordId) {
        requireRequestId(requestId);
        Optional<Written> replay = replay(requestId, "create");
        if (replay.isPresent()) {
            return replay.get();
        }
        List<DesignationRules.Violation> violations = DesignationRules.check(list, data);
        if (!violations.isEmpty()) {
            throw DesignationWriteException.of(violations);
        }
        LocalDate from = effectiveFrom != null ? effectiveFrom : LocalDate.now(clock);
        ListVersionEntity version = store.newVersion(list, from, "AGENCY_WRITE", null, "request " + requestId);
        version.added = 1;
        DesignationEntity d = store.newDesignation(list, sourceRecordId);
        RevisionEntity r = store.addRevision(d.id, 1, from, false, null, data, version.id);
        store.recordChange("CREATED", d.id, list, version.id, from);
        store.recordRequest(requestId, "create", d.id + "@" + r.revision);
        changed.fire(new Changed(d.id));
        return new Written(store.view(d, r), false);
    }

    @Transactional
    public Written amend(String requestId, String id, DesignationData data, LocalDate effectiveOn, String reason) {
        requireRequestId(requestId);
        Optional<Written> replay = replay(requestId, "amend");
        if (replay.isPresent()) {
            return replay.get();
        }
        DesignationEntity d = store.designation(id).orElseThrow(() -> notFound(id));
        List<DesignationRules.Violation> violations = DesignationRules.check(d.listId, data);
        if (!violations.isEmpty()) {
            throw DesignationWriteException.of(violations);
        }
        RevisionEntity open = store.openRevision(id).orElseThrow(() -> notFound(id));
        if (open.removed) {
            throw new DesignationWriteException(Kind.FAILED_PRECONDITION, "DESIGNATION_REMOVED", "id",
                    "designation " + id + " was removed on " + open.effectiveFrom + "; create a new one to relist");
        }
        LocalDate on = effectiveOn != null ? effectiveOn : LocalDate.now(clock);
        requireNotBefore(open, on);
        ListVersionEntity version = store.newVersion(d.listId, on, "AGENCY_WRITE", null, "request " + requestId);
        version.changed = 1;
        open.effectiveTo = on;
        RevisionEntity r = store.addRevision(id, open.revision + 1, on, false, reason, data, version.id);
        store.recordChange("AMENDED", id, d.listId, version.id, on);
        store.recordRequest(requestId, "amend", id + "@" + r.revision);
        changed.fire(new Changed(id));
        return new Written(store.view(d, r), false);
    }

    @Transactional
    public Written remove(String requestId, String id, LocalDate effectiveOn, String reason) {
        requireRequestId(requestId);
        Optional<Written> replay = replay(requestId, "remove");
        if (replay.isPresent()) {
            return replay.get();
        }
        if (effectiveOn == null) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_EFFECTIVE_DATE", "effectiveOn", "effectiveOn is required for a removal");
        }
        if (reason == null || reason.isBlank()) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_REASON", "reason", "a removal needs a reason");
        }
        DesignationEntity d = store.designation(id).orElseThrow(() -> notFound(id));
        RevisionEntity open = store.openRevision(id).orElseThrow(() -> notFound(id));
        RevisionEntity inForce;
        if (open.removed) {
            inForce = inForceBeforeRemoval(d, open, effectiveOn);
        } else {
            requireNotBefore(open, effectiveOn);
            inForce = open;
        }
        // the text in force on that date ends there; a removal revision runs until that text's own end (open, or the
        // removal already recorded for a later date, which stays in the history as the later fact)
        LocalDate until = inForce.effectiveTo;
        ListVersionEntity version = store.newVersion(d.listId, effectiveOn, "AGENCY_WRITE", null, "request " + requestId);
        version.removed = 1;
        inForce.effectiveTo = effectiveOn;
        RevisionEntity r = store.addRevision(id, store.lastRevisionNumber(id) + 1, effectiveOn, true, reason,
                store.fromJson(inForce.data), version.id);
        r.effectiveTo = until;
        store.recordChange("REMOVED", id, d.listId, version.id, effectiveOn);
        store.recordRequest(requestId, "remove", id + "@" + r.revision);
        changed.fire(new Changed(id));
        return new Written(store.view(d, r), false);
    }

    /**
     * A removal dated before one already recorded (a waiver before a scheduled sunset, a delisting brought
     * forward) applies to the text in force on that date. A removal on or after the recorded one changes nothing
     * and is refused: the designation is already gone by then.
     */
    private RevisionEntity inForceBeforeRemoval(DesignationEntity d, RevisionEntity removal, LocalDate effectiveOn) {
        if (!effectiveOn.isBefore(removal.effectiveFrom)) {
            throw new DesignationWriteException(Kind.FAILED_PRECONDITION, "DESIGNATION_REMOVED", "id",
                    "designation " + d.id + " is already removed from " + removal.effectiveFrom);
        }
        RevisionEntity inForce = store.revisionAsOf(d.id, effectiveOn).orElseThrow(() -> new DesignationWriteException(
                Kind.FAILED_PRECONDITION, "DATES_OUT_OF_ORDER", "effectiveOn",
                "effectiveOn " + effectiveOn + " is before designation " + d.id + " took effect"));
        if (inForce.removed) {
            throw new DesignationWriteException(Kind.FAILED_PRECONDITION, "DESIGNATION_REMOVED", "id",
                    "designation " + d.id + " is already removed from " + inForce.effectiveFrom);
        }
        requireNotBefore(inForce, effectiveOn);
        return inForce;
    }

    @Transactional
    public Optional<Designation> get(String id, LocalDate asOf) {
        return store.designation(id).flatMap(d -> store.revisionAsOf(id, asOf).map(r -> store.view(d, r)));
    }

    /** Committed changes after a sequence number, oldest first (WatchChanges). */
    @Transactional
    public List<chokepoint.designations.adapter.persistence.ChangeEventEntity> changesAfter(long sequence) {
        return store.changesAfter(sequence, 500);
    }

    /** The list a designation belongs to, for authorization before a write. */
    @Transactional
    public Optional<String> listOf(String id) {
        return store.designation(id).map(d -> d.listId);
    }

    private Optional<Written> replay(String requestId, String operation) {
        return store.request(requestId).map(log -> {
            if (!log.operation.equals(operation)) {
                throw new DesignationWriteException(Kind.FAILED_PRECONDITION, "REQUEST_ID_REUSED", "requestId",
                        "request id " + requestId + " was used for a different operation (" + log.operation + ")");
            }
            // "id@revision": the revision this request wrote (older rows hold the id only: the open revision)
            int at = log.resultRef.lastIndexOf('@');
            DesignationEntity d = store.designation(at < 0 ? log.resultRef : log.resultRef.substring(0, at)).orElseThrow();
            RevisionEntity r = (at < 0 ? Optional.<RevisionEntity>empty()
                    : store.revision(d.id, Integer.parseInt(log.resultRef.substring(at + 1))))
                    .orElseGet(() -> store.openRevision(d.id).orElseThrow());
            return new Written(store.view(d, r), true);
        });
    }

    private static void requireRequestId(String requestId) {
        if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_REQUEST_ID", "requestId",
                    "writes need a requestId (1-200 characters) so a retry never writes twice");
        }
    }

    private static void requireNotBefore(RevisionEntity open, LocalDate on) {
        if (on.isBefore(open.effectiveFrom)) {
            throw new DesignationWriteException(Kind.FAILED_PRECONDITION, "DATES_OUT_OF_ORDER", "effectiveOn",
                    "effectiveOn " + on + " is before the text in force since " + open.effectiveFrom);
        }
    }

    private static DesignationWriteException notFound(String id) {
        return new DesignationWriteException(Kind.NOT_FOUND, "DESIGNATION_NOT_FOUND", "id", "no designation " + id);
    }
}
