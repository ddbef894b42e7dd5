package chokepoint.designations.adapter.grpc;

import chokepoint.api.designations.v1.DerivedStatus;
import chokepoint.api.designations.v1.DerivedStatusKind;
import chokepoint.api.designations.v1.OwnershipPath;
import chokepoint.api.designations.v1.OwnershipStep;
import chokepoint.api.designations.v1.RedFlag;
import chokepoint.designations.application.OwnershipService;
import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.ownership.AffiliateStatus;
import chokepoint.designations.domain.ownership.BlockedStatus;
import chokepoint.designations.domain.ownership.Contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Derived ownership statuses to messages, with names on every step of every path. */
final class OwnershipMapper {

    private OwnershipMapper() {
    }

    static List<DerivedStatus> derived(OwnershipService.Analysis a) {
        List<DerivedStatus> out = new ArrayList<>();
        a.status().blocked().ifPresent(b -> out.add(blocked(b, a)));
        a.status().affiliate().ifPresent(f -> out.add(affiliate(f, a)));
        return out;
    }

    static List<RedFlag> redFlags(OwnershipService.Analysis a) {
        List<RedFlag> out = new ArrayList<>();
        for (var f : a.status().redFlags()) {
            RedFlag.Builder b = RedFlag.newBuilder().setCode(f.code().name()).setExplanation(named(f.explanation(), a))
                    .setCitation(f.citation());
            if (f.path() != null) {
                b.addPaths(path(f.path(), a));
                List<Designation> root = a.listed().getOrDefault(f.path().nodes().get(0), List.of());
                if (!root.isEmpty()) {
                    b.setSource(DesignationMapper.toProto(root.get(0)));
                }
            }
            out.add(b.build());
        }
        return out;
    }

    private static DerivedStatus blocked(BlockedStatus b, OwnershipService.Analysis a) {
        DerivedStatus.Builder d = DerivedStatus.newBuilder().setKind(DerivedStatusKind.DERIVED_STATUS_KIND_BLOCKED)
                .setTotalPercent(plain(b.total())).setCitation(b.citation())
                .setExplanation(named(b.explain(), a));
        Set<String> programs = new LinkedHashSet<>();
        addPathsAndSources(d, b.contributions(), a, programs, OwnershipService.BLOCKING_LISTS);
        d.addAllPrograms(programs);
        return d.build();
    }

    private static DerivedStatus affiliate(AffiliateStatus f, OwnershipService.Analysis a) {
        DerivedStatus.Builder d = DerivedStatus.newBuilder().setKind(DerivedStatusKind.DERIVED_STATUS_KIND_ENTITY_LIST_AFFILIATE)
                .setTotalPercent(plain(f.total())).setCitation(f.citation() + "; in force " + f.window().from()
                        + (f.window().toExclusive() == null ? " onward" : " to " + f.window().toExclusive().minusDays(1))
                        + " (" + f.window().citation() + ")")
                .setExplanation(named(f.explain(), a))
                .setLicenseRequirement(String.join("; ", f.inheritedRequirements()))
                .setLicenseReviewPolicy(DesignationMapper.policy(f.reviewPolicy()))
                .setEffectiveFrom(f.window().from().toString());
        addPathsAndSources(d, f.contributions(), a, new LinkedHashSet<>(), Set.of("ENTITY_LIST", "MEU", "SDN"));
        return d.build();
    }

    /** Paths, and as sources the designations at the roots of the paths that carry this status (lists given). */
    private static void addPathsAndSources(DerivedStatus.Builder d, List<Contribution> contributions, OwnershipService.Analysis a,
                                           Set<String> programs, Set<String> lists) {
        Set<String> roots = new LinkedHashSet<>();
        for (Contribution c : contributions) {
            d.addPaths(path(c.path(), a));
            roots.add(c.path().nodes().get(0));
        }
        for (String root : roots) {
            for (Designation des : a.listed().getOrDefault(root, List.of())) {
                if (lists.contains(des.list())) {
                    d.addSources(DesignationMapper.toProto(des));
                    programs.addAll(des.data().programs());
                }
            }
        }
    }

    static OwnershipPath path(chokepoint.designations.domain.ownership.OwnershipPath p, OwnershipService.Analysis a) {
        OwnershipPath.Builder b = OwnershipPath.newBuilder();
        for (int i = 0; i < p.percents().size(); i++) {
            String owner = p.nodes().get(i);
            String owned = p.nodes().get(i + 1);
            BigDecimal pct = p.percents().get(i);
            b.addSteps(OwnershipStep.newBuilder().setOwnerRef(owner).setOwnerName(a.names().getOrDefault(owner, owner))
                    .setOwnedRef(owned).setOwnedName(a.names().getOrDefault(owned, owned))
                    .setPercent(pct == null ? "" : plain(pct)));
        }
        return b.build();
    }

    /**
     * Replaces entity ids in an explanation by names, except an id right after its list's code ("(ENTITY_LIST
     * dsg_…)"): there it is the entry's reference, which an analyst needs to find the entry.
     */
    static String named(String text, OwnershipService.Analysis a) {
        String out = text;
        for (var e : a.names().entrySet()) {
            if (out.contains(e.getKey())) {
                out = replaceOutsideListReferences(out, e.getKey(), e.getValue());
            }
        }
        return out;
    }

    static String replaceOutsideListReferences(String text, String id, String name) {
        StringBuilder b = new StringBuilder(text.length());
        int from = 0;
        for (int i = text.indexOf(id); i >= 0; i = text.indexOf(id, i + id.length())) {
            boolean afterListCode = i >= 2 && text.charAt(i - 1) == ' ' && isListCodeChar(text.charAt(i - 2));
            b.append(text, from, i).append(afterListCode ? id : name);
            from = i + id.length();
        }
        return b.append(text, from, text.length()).toString();
    }

    private static boolean isListCodeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
