package chokepoint.designations.application;

import chokepoint.designations.adapter.fetch.DirectoryFetcher;
import chokepoint.designations.adapter.fetch.Fetch;
import chokepoint.designations.adapter.fetch.FetchFailed;
import chokepoint.designations.adapter.fetch.FetchSettings;
import chokepoint.designations.adapter.fetch.HttpFetcher;
import chokepoint.designations.adapter.fetch.PartState;
import chokepoint.designations.adapter.persistence.ListSourceEntity;
import chokepoint.designations.adapter.persistence.ListSourceRunEntity;
import chokepoint.designations.adapter.persistence.SourceStateStore;
import chokepoint.designations.config.ImportConfig;
import chokepoint.designations.config.SourcesConfig;
import chokepoint.designations.domain.sources.Backoff;
import chokepoint.designations.domain.sources.RefreshPolicy;
import chokepoint.designations.domain.sources.SourceOutcome;
import chokepoint.designations.domain.sources.SourceSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Refreshes a list source: fetches it (conditionally), and imports it when it changed, all or
 * nothing. A failed, truncated or refused download never touches the active list versions;
 * it is recorded (state and a run row), logged at WARN with the source's name, and tried again
 * later (a failure with backoff; a refusal only when the file changes or an operator confirms
 * it with force). One replica at a time refreshes a given source (a PostgreSQL advisory lock).
 */
@ApplicationScoped
public class SourceRefresher {

    private static final Logger LOG = Logger.getLogger(SourceRefresher.class);
    private static final TypeReference<Map<String, PartState>> PARTS = new TypeReference<>() {
    };

    public enum Trigger {
        SCHEDULE, MANUAL
    }

    /** A refresh that could not start: unknown, disabled or misconfigured source, or one already running. */
    public static class NotRun extends RuntimeException {
        public enum Kind {
            NOT_FOUND, DISABLED, MISCONFIGURED, BUSY, NOT_OWNED
        }

        public final Kind kind;
        public final String reason;

        NotRun(Kind kind, String reason, String message) {
            super(message, null, false, false);
            this.kind = kind;
            this.reason = reason;
        }
    }

    /**
     * What a refresh did. For REFUSED and FAILED, reason/message say why (part and line when a
     * parser refused the file); imported is set for IMPORTED and for an import that changed nothing.
     */
    public record Result(String source, SourceOutcome outcome, String reason, String message, String part, long line,
                         ListImporter.Outcome imported, ListSourceEntity state) {
    }

    /** A configured source with its persisted state (empty before its first refresh). */
    public record Status(SourceSpec.Checked config, boolean enabled, Optional<ListSourceEntity> state, Instant nextAttempt) {
    }

    @Inject
    SourcesConfig config;

    @Inject
    ImportConfig importConfig;

    @Inject
    ListImporter importer;

    @Inject
    SourceStateStore store;

    @Inject
    ObjectMapper json;

    private Map<String, SourceSpec.Checked> catalog;
    private HttpFetcher http;
    private DirectoryFetcher directory;

    @PostConstruct
    void init() {
        Map<String, SourceSpec.Checked> c = new TreeMap<>();
        config.sources().forEach((name, s) -> c.put(name, SourceSpec.check(new SourceSpec.Raw(name, s.enabled(), s.format(),
                s.url().orElse(null), s.parts(), s.directory().orElse(null), s.file().orElse(null), s.interval(), s.effectiveDate(),
                s.excludeLists().orElse(List.of()), s.list().orElse(null)))));
        catalog = c;
        FetchSettings settings = new FetchSettings(config.connectTimeout(), config.responseTimeout(), config.readTimeout(),
                config.maxAttempts(), new Backoff(config.initialBackoff(), config.maxBackoff()), importConfig.maxBytes(),
                config.userAgent(), config.settle());
        http = new HttpFetcher(settings);
        directory = new DirectoryFetcher(settings);
    }

    void onStart(@Observes StartupEvent e) {
        for (SourceSpec.Checked c : catalog.values()) {
            if (!c.valid()) {
                LOG.errorf("list source %s is misconfigured and will not be fetched: %s", c.name(), String.join("; ", c.problems()));
            } else if (config.enabled() && c.spec().enabled()) {
                LOG.infof("list source %s: %s every %s from %s", c.name(), c.spec().format(), c.spec().interval(), c.spec().describe());
            }
        }
        if (!config.enabled()) {
            LOG.infof("list sources are off (chokepoint.sources.enabled=false, env CHOKEPOINT_SOURCES_ENABLED): "
                    + "%d configured, none fetched", catalog.size());
        }
    }

    void onStop(@Observes ShutdownEvent e) {
        http.close();
    }

    /** Every configured source (valid or not) with its state, by name. */
    public List<Status> statuses() {
        Map<String, ListSourceEntity> states = store.all();
        List<Status> out = new ArrayList<>();
        for (SourceSpec.Checked c : catalog.values()) {
            ListSourceEntity s = states.get(c.name());
            out.add(new Status(c, enabled(c), Optional.ofNullable(s), s == null ? null : s.nextAttemptAt));
        }
        return out;
    }

    public boolean enabled(SourceSpec.Checked c) {
        return config.enabled() && c.valid() && c.spec().enabled();
    }

    /** Sources the scheduler should refresh now. */
    public List<String> due(Instant now) {
        if (!config.enabled()) {
            return List.of();
        }
        Map<String, ListSourceEntity> states = store.all();
        List<String> out = new ArrayList<>();
        for (SourceSpec.Checked c : catalog.values()) {
            ListSourceEntity s = states.get(c.name());
            if (enabled(c) && (s == null || s.nextAttemptAt == null || !s.nextAttemptAt.isAfter(now))) {
                out.add(c.name());
            }
        }
        return out;
    }

    /**
     * Refreshes a source now.
     *
     * @param force    import the file even when it would remove more than the allowed share of
     *                 a list or is older than the active version; download it unconditionally
     * @param mayWrite which lists the caller may write (every list for the scheduler)
     * @return what happened, or null when a scheduled refresh found the source no longer due
     *         (another replica just refreshed it)
     */
    public Result refresh(String name, boolean force, Trigger trigger, String requestedBy, Predicate<String> mayWrite) {
        SourceSpec.Checked c = catalog.get(name);
        if (c == null) {
            throw new NotRun(NotRun.Kind.NOT_FOUND, "SOURCE_NOT_FOUND", "no list source named '" + name + "' is configured");
        }
        if (!config.enabled()) {
            throw new NotRun(NotRun.Kind.DISABLED, "SOURCES_DISABLED", "list sources are off in this deployment "
                    + "(chokepoint.sources.enabled=false; env CHOKEPOINT_SOURCES_ENABLED)");
        }
        if (!c.valid()) {
            throw new NotRun(NotRun.Kind.MISCONFIGURED, "SOURCE_MISCONFIGURED", "list source " + name + " is misconfigured: "
                    + String.join("; ", c.problems()));
        }
        if (!c.spec().enabled()) {
            throw new NotRun(NotRun.Kind.DISABLED, "SOURCE_DISABLED", "list source " + name + " is disabled (chokepoint.sources.list."
                    + name + ".enabled=false)");
        }
        if (trigger == Trigger.MANUAL) {
            for (String list : store.find(name).map(s -> store.listsOf(s.listVersionIds())).orElse(List.of())) {
                if (!mayWrite.test(list)) {
                    throw new NotRun(NotRun.Kind.NOT_OWNED, "LIST_NOT_OWNED", "list source " + name + " feeds list " + list
                            + ", which the caller's authority does not own");
                }
            }
        }
        try (SourceStateStore.Lock lock = store.tryLock(name)) {
            if (!lock.acquired()) {
                if (trigger == Trigger.SCHEDULE) {
                    return null;
                }
                throw new NotRun(NotRun.Kind.BUSY, "REFRESH_IN_PROGRESS", "list source " + name
                        + " is being refreshed right now; ask again when it is done");
            }
            return locked(c.spec(), force, trigger, requestedBy, mayWrite);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock list source " + name, e);
        }
    }

    private Result locked(SourceSpec spec, boolean force, Trigger trigger, String requestedBy, Predicate<String> mayWrite) {
        String name = spec.name();
        Instant started = Instant.now();
        ListSourceEntity state = store.find(name).orElseGet(() -> fresh(spec));
        if (trigger == Trigger.SCHEDULE && state.nextAttemptAt != null && state.nextAttemptAt.isAfter(started)) {
            return null;
        }
        state.format = spec.format().name();
        state.lastAttemptAt = started;
        Map<String, PartState> previous = parts(state);
        previous.entrySet().removeIf(e -> !spec.parts().containsKey(e.getKey()));

        ListSourceRunEntity run = new ListSourceRunEntity();
        run.sourceName = name;
        run.startedAt = started;
        run.trigger = trigger.name();
        run.requestedBy = requestedBy;
        run.forced = force;

        Fetch fetched;
        try {
            fetched = fetch(spec, previous, !force);
            if (fetched instanceof Fetch.NotModified nm && state.refusedChecksum == null
                    && !store.confirmCurrent(state.listVersionIds()).isEmpty()) {
                // 304, but another import has replaced what this source last loaded: get the file again
                LOG.infof("list source %s: not modified, but its last import is no longer the active version of every list "
                        + "it feeds; downloading it again", name);
                run.attempts += nm.requests();
                fetched = fetch(spec, previous, false);
            }
        } catch (FetchFailed e) {
            state.consecutiveFailures++;
            LOG.warnf("list source %s: download failed (%s)%s: %s; nothing imported, the active list versions stay; "
                            + "%d failure(s) in a row", name, e.reason(), e.part() == null ? "" : " in part '" + e.part() + "'",
                    e.getMessage(), state.consecutiveFailures);
            run.attempts += e.requests();
            return finish(spec, state, run, SourceOutcome.FAILED, e.reason(), e.getMessage(), e.part(), 0, null, e.notBefore());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotRun(NotRun.Kind.BUSY, "INTERRUPTED", "the refresh of " + name + " was interrupted (shutting down)");
        }
        run.attempts += fetched.requests();
        state.consecutiveFailures = 0;

        if (fetched instanceof Fetch.NotModified) {
            SourceOutcome outcome = RefreshPolicy.afterNotModified(state.refusedChecksum != null);
            if (outcome == SourceOutcome.REFUSED) {
                return finish(spec, state, run, outcome, state.refusedReason, "the refused file is still the one served (not "
                        + "modified); it waits for confirmation (RefreshSource with force=true)", null, 0, null, null);
            }
            state.lastSuccessAt = Instant.now(); // the lists it feeds were confirmed current above
            return finish(spec, state, run, outcome, null, "not modified since the last download", null, 0, null, null);
        }

        Fetch.Downloaded d = (Fetch.Downloaded) fetched;
        String checksum = ListImporter.checksum(d.content());
        run.checksum = checksum;
        RefreshPolicy.Action action = RefreshPolicy.afterDownload(checksum, state.importedChecksum, state.refusedChecksum, force);
        if (action == RefreshPolicy.Action.UNCHANGED && !store.confirmCurrent(state.listVersionIds()).isEmpty()) {
            action = RefreshPolicy.Action.IMPORT; // the same file, but another import replaced it since: import it again
        }
        switch (action) {
            case UNCHANGED -> {
                state.parts = json(d.validators());
                state.refusedChecksum = null;
                state.refusedReason = null;
                state.lastSuccessAt = Instant.now();
                return finish(spec, state, run, SourceOutcome.UNCHANGED, null, "the file is the one imported last", null, 0, null, null);
            }
            case STILL_REFUSED -> {
                state.parts = json(d.validators());
                return finish(spec, state, run, SourceOutcome.REFUSED, state.refusedReason, "the refused file is still the one served; "
                        + "it waits for confirmation (RefreshSource with force=true)", null, 0, null, null);
            }
            default -> {
                return importDownload(spec, state, run, d, checksum, force, mayWrite);
            }
        }
    }

    private Result importDownload(SourceSpec spec, ListSourceEntity state, ListSourceRunEntity run, Fetch.Downloaded d,
                                  String checksum, boolean force, Predicate<String> mayWrite) {
        String name = spec.name();
        LocalDate effectiveOn = spec.effectiveDate().effectiveOn(d.lastModified(), d.fetchedAt());
        run.effectiveOn = effectiveOn;
        ListImporter.Outcome o;
        try {
            o = importer.importFile(spec.format(), d.content(), effectiveOn, spec.customList(), force,
                    "source " + name + ": " + spec.describe(), mayWrite, spec::feeds,
                    spec.excludedLists().isEmpty() ? "all lists" : "all lists but " + spec.excludedLists());
        } catch (ListImporter.ImportRefused r) {
            if (r.reason.equals("LIST_NOT_OWNED")) {
                throw new NotRun(NotRun.Kind.NOT_OWNED, r.reason, r.getMessage());
            }
            state.parts = json(d.validators());
            state.refusedChecksum = checksum;
            state.refusedReason = r.reason;
            LOG.warnf("list source %s: the downloaded file was refused (%s): %s; nothing imported, the active list versions stay "
                    + "until the file changes or an operator confirms it (RefreshSource force=true)", name, r.reason, r.getMessage());
            return finish(spec, state, run, SourceOutcome.REFUSED, r.reason, r.getMessage(), r.part, r.line, null, null);
        } catch (NotRun e) {
            throw e;
        } catch (RuntimeException e) {
            // the database or the importer failed: the validators are not kept, so the next try downloads the file again
            state.consecutiveFailures++;
            LOG.errorf(e, "list source %s: importing the downloaded file failed; nothing imported, the active list versions stay", name);
            return finish(spec, state, run, SourceOutcome.FAILED, "IMPORT_FAILED", "the import failed: " + e.getClass().getSimpleName(),
                    null, 0, null, null);
        }
        boolean anyNew = o.lists().stream().anyMatch(ListImporter.ListOutcome::newVersion);
        state.parts = json(d.validators());
        state.importedChecksum = checksum;
        state.refusedChecksum = null;
        state.refusedReason = null;
        state.effectiveOn = effectiveOn;
        state.listVersions = String.join(",", o.newestPerList().stream().map(ListImporter.ListOutcome::versionId).filter(v -> !v.isEmpty())
                .toList());
        state.lastSuccessAt = Instant.now();
        run.listVersions = state.listVersions;
        if (anyNew) {
            state.lastImportAt = state.lastSuccessAt;
            LOG.infof("list source %s: imported as of %s: %d added, %d changed, %d removed, %d unchanged", name, effectiveOn,
                    o.added(), o.changed(), o.removed(), o.unchanged());
        }
        return finish(spec, state, run, anyNew ? SourceOutcome.IMPORTED : SourceOutcome.UNCHANGED, null,
                anyNew ? "imported" : "downloaded; no entry changed", null, 0, o, null);
    }

    private Fetch fetch(SourceSpec spec, Map<String, PartState> previous, boolean conditional) throws FetchFailed, InterruptedException {
        return spec.kind() == SourceSpec.Kind.URL ? http.fetch(spec.name(), spec, previous, conditional)
                : directory.fetch(spec, previous, conditional);
    }

    private Result finish(SourceSpec spec, ListSourceEntity state, ListSourceRunEntity run, SourceOutcome outcome, String reason,
                          String message, String part, long line, ListImporter.Outcome imported, Instant notBefore) {
        Instant now = Instant.now();
        state.lastOutcome = outcome.name();
        state.lastReason = reason;
        state.lastMessage = message;
        state.nextAttemptAt = RefreshPolicy.nextAttempt(outcome, now, spec.interval(), state.consecutiveFailures, config.failureRetry(),
                notBefore);
        run.finishedAt = now;
        run.outcome = outcome.name();
        run.reason = reason;
        run.message = message;
        try {
            store.save(state, run);
        } catch (RuntimeException e) {
            LOG.errorf(e, "list source %s: recording the refresh (%s) failed", spec.name(), outcome);
        }
        return new Result(spec.name(), outcome, reason, message, part, line, imported, state);
    }

    private ListSourceEntity fresh(SourceSpec spec) {
        ListSourceEntity s = new ListSourceEntity();
        s.name = spec.name();
        s.format = spec.format().name();
        s.parts = "{}";
        return s;
    }

    Map<String, PartState> parts(ListSourceEntity s) {
        if (s.parts == null || s.parts.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(json.readValue(s.parts, PARTS));
        } catch (JsonProcessingException e) {
            LOG.warnf("list source %s: stored validators unreadable; downloading unconditionally", s.name);
            return new LinkedHashMap<>();
        }
    }

    /** The stored validators of a source, by part. */
    public Map<String, PartState> partsOf(ListSourceEntity s) {
        return parts(s);
    }

    private String json(Map<String, PartState> parts) {
        try {
            return json.writeValueAsString(new TreeMap<>(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
