package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sanctions or export-control program as data: whom it reaches, what it does per service type, and when.
 *
 * @param from first day in force (inclusive); null = open
 * @param to first day no longer in force (exclusive); null = open
 * @param milestones dated consequences explained in the reasons (windows computed from listing dates)
 */
public record Program(String id, String authority, String name, String citation, ProgramScope scope,
                      List<ProgramEffect> effects, LocalDate from, LocalDate to, long revision,
                      String description, List<Milestone> milestones) {
    public Program {
        Objects.requireNonNull(id, "id");
        authority = authority == null ? "" : authority;
        name = name == null ? "" : name;
        citation = citation == null ? "" : citation;
        scope = scope == null ? new ProgramScope(List.of(), List.of(), List.of()) : scope;
        effects = effects == null ? List.of() : List.copyOf(effects);
        description = description == null ? "" : description;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public boolean inForceOn(LocalDate asOf) {
        return Dates.inForce(from, to, asOf);
    }

    public List<ProgramEffect> effectsFor(ServiceType type) {
        return effects.stream().filter(e -> e.serviceType() == type).toList();
    }

    /** "ID@revision", recorded in a decision so it can be reproduced. */
    public String version() {
        return id + "@" + revision;
    }

    public Program withWindow(LocalDate newFrom, LocalDate newTo) {
        return new Program(id, authority, name, citation, scope, effects, newFrom, newTo, revision, description,
                milestones);
    }

    public Program withScope(ProgramScope newScope) {
        return new Program(id, authority, name, citation, newScope, effects, from, to, revision, description,
                milestones);
    }
}
