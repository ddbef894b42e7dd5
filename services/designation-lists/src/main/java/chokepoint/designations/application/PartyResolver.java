package chokepoint.designations.application;

import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.adapter.persistence.ListVersionEntity;
import chokepoint.designations.config.ListsConfig;
import chokepoint.designations.domain.Designation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a screened party into facts: which designations its names (and those of its
 * declared owners and officers) meet, and the state of every list consulted.
 */
@ApplicationScoped
public class PartyResolver {

    /** One name of the party (or of an owner/officer) to look up. */
    public record Subject(String who, String name) {
    }

    public record Hit(String subject, String queryName, Designation designation, String matchedName, double score,
                      String band, boolean identifierMatch, List<String> explanation) {
    }

    public record ListState(String list, boolean loaded, boolean stale, String versionId, LocalDate effectiveOn, Instant loadedAt) {
    }

    public record Facts(List<Hit> hits, List<ListState> lists, LocalDate asOf) {
    }

    @Inject
    DesignationStore store;

    @Inject
    ListsConfig config;

    @Transactional
    public Facts resolve(List<Subject> subjects, LocalDate asOf) {
        List<Hit> hits = new ArrayList<>();
        for (Subject s : subjects) {
            for (Designation d : store.findByExactName(s.name(), asOf, 50)) {
                String matched = d.data().allNames().stream()
                        .filter(n -> chokepoint.designations.domain.NameKey.of(n).equals(chokepoint.designations.domain.NameKey.of(s.name())))
                        .findFirst().orElse(d.data().name());
                hits.add(new Hit(s.who(), s.name(), d, matched, 1.0, "MATCH", false,
                        List.of("exact name match (normalized: case, punctuation, Unicode NFKC)")));
            }
        }
        return new Facts(hits, listStates(asOf), asOf);
    }

    /** Every list with a version on or before the date, plus every required list (loaded or not). */
    public List<ListState> listStates(LocalDate asOf) {
        Map<String, ListState> out = new LinkedHashMap<>();
        Instant freshLimit = Instant.now().minus(config.maxAge());
        Map<String, ListVersionEntity> latest = new LinkedHashMap<>();
        for (ListVersionEntity v : store.latestVersions()) {
            latest.put(v.listId, v);
        }
        for (ListVersionEntity v : store.versionsAsOf(asOf)) {
            ListVersionEntity newest = latest.getOrDefault(v.listId, v);
            out.put(v.listId, new ListState(v.listId, true, newest.loadedAt.isBefore(freshLimit), v.id, v.effectiveOn, v.loadedAt));
        }
        for (String required : config.required()) {
            if (!out.containsKey(required)) {
                out.put(required, new ListState(required, false, false, "", null, null));
            }
        }
        return List.copyOf(out.values());
    }
}
