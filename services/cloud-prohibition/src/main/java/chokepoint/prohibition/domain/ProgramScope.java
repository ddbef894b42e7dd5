package chokepoint.prohibition.domain;

import java.util.List;

/**
 * Whom a program reaches: designees of whole lists, named designations, or designations tagged with a
 * program (e.g. "CYBER2"). A listing is in scope when any of the three matches.
 */
public record ProgramScope(List<String> lists, List<String> designationIds, List<String> programTags) {
    public ProgramScope {
        lists = lists == null ? List.of() : List.copyOf(lists);
        designationIds = designationIds == null ? List.of() : List.copyOf(designationIds);
        programTags = programTags == null ? List.of() : List.copyOf(programTags);
    }

    public static ProgramScope lists(String... lists) {
        return new ProgramScope(List.of(lists), List.of(), List.of());
    }

    public static ProgramScope designations(String... ids) {
        return new ProgramScope(List.of(), List.of(ids), List.of());
    }

    public static ProgramScope tags(String... tags) {
        return new ProgramScope(List.of(), List.of(), List.of(tags));
    }

    public boolean isEmpty() {
        return lists.isEmpty() && designationIds.isEmpty() && programTags.isEmpty();
    }

    /** Narrower scopes (named designations, program tags) are tried before whole lists. */
    public boolean specific() {
        return !designationIds.isEmpty() || !programTags.isEmpty();
    }

    public boolean reaches(Designation d) {
        return lists.contains(d.list()) || designationIds.contains(d.id())
                || d.programs().stream().anyMatch(programTags::contains);
    }
}
