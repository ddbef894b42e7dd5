package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The national interest waiver of 50 U.S.C. 1709(c). */
public final class Waivers {

    private Waivers() {
    }

    /** A designation to remove because a waiver lifted the package: remove {@code designationId} effective {@code effectiveOn}. */
    public record Removal(String designationId, LocalDate effectiveOn, String reason) {
    }

    /** All violations of waiving {@code pkg} on {@code waivedOn} with the given justification. */
    public static List<Violation> validate(SanctionPackage pkg, LocalDate waivedOn, String justification) {
        List<Violation> out = new ArrayList<>();
        if (pkg.status() == PackageStatus.WAIVED || pkg.waiver() != null) {
            out.add(Violation.of(ReasonCode.PAIP_ALREADY_WAIVED, "(c)", "package_id",
                    "the package was already waived on " + (pkg.waiver() == null ? "an earlier date" : pkg.waiver().waivedOn())));
        } else if (pkg.status() != PackageStatus.IMPOSED) {
            out.add(Violation.of(ReasonCode.PAIP_NOT_IMPOSED, "(c)", "package_id",
                    "only an imposed package can be waived; this one is " + pkg.status()));
        }
        if (justification == null || justification.isBlank()) {
            out.add(Violation.of(ReasonCode.PAIP_WAIVER_NEEDS_JUSTIFICATION, "(c)(1)", "justification",
                    "a waiver requires the President's determination that it is in the national interests of the United States, "
                            + "and (c)(2) requires the reasons to be notified to Congress"));
        }
        if (waivedOn == null) {
            out.add(Violation.of(ReasonCode.PAIP_EFFECTIVE_DATE_REQUIRED, "(c)", "effective_on", "say on which date the waiver is issued"));
        } else {
            if (pkg.effectiveFrom() != null && waivedOn.isBefore(pkg.effectiveFrom())) {
                out.add(Violation.of(ReasonCode.PAIP_DATES_OUT_OF_ORDER, "(c)", "effective_on",
                        "the waiver (" + waivedOn + ") precedes the package's effective date (" + pkg.effectiveFrom() + ")"));
            }
            if (!waivedOn.isBefore(Statute.TERMINATION_DATE)) {
                out.add(Violation.of(ReasonCode.PAIP_AFTER_SUNSET, "(f)", "effective_on",
                        "the section terminated on " + Statute.TERMINATION_DATE + "; its sanctions ended then and there is nothing to waive"));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Waives the package: status WAIVED, waiver date, justification, and the (c)(2) deadline for notifying the
     * appropriate congressional committees (waiver date + 15 days).
     *
     * @throws PaipRuleException if {@link #validate} finds violations
     */
    public static SanctionPackage waive(SanctionPackage pkg, LocalDate waivedOn, String justification) {
        List<Violation> v = validate(pkg, waivedOn, justification);
        if (!v.isEmpty()) {
            throw new PaipRuleException(v);
        }
        return pkg.withWaiver(new Waiver(waivedOn, justification.strip(), Waiver.noticeDue(waivedOn)));
    }

    /** The designations to remove, effective the waiver date, for a waived package. Empty if not waived. */
    public static List<Removal> removals(SanctionPackage pkg) {
        if (pkg.waiver() == null) {
            return List.of();
        }
        String reason = "National interest waiver under " + Statute.cite("(c)") + " of PAIP package " + pkg.id() + " on "
                + pkg.waiver().waivedOn();
        return pkg.designationIds().stream().map(id -> new Removal(id, pkg.waiver().waivedOn(), reason)).toList();
    }
}
