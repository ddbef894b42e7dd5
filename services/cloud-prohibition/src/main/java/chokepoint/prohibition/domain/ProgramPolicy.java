package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies every program in force on asOf to every listing of the customer it reaches: blocking (SDN,
 * CYBER2, PAIP, OFAC 50 percent rule), Entity List / MEU (directly or as affiliate), DPL, UVL, NS-CMIC,
 * Section 1260H, and enacted targeted prohibitions (Phase 2). The verdicts per service type are the
 * programs' data ({@link DefaultPrograms}); this class adds what the entry says (license review policy),
 * the dated milestones, and the U.S.-person reach of IEEPA prohibitions.
 */
public final class ProgramPolicy implements Rule {
    public static final String US_PERSON_REACH = "50 U.S.C. 1702(a)(1)(B), 1705(a)";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Program> programs = new ArrayList<>(ctx.programsInForce());
        // Named designations / program tags first, so a generic list-wide program does not repeat them.
        programs.sort(Comparator.comparing((Program p) -> !p.scope().specific()));
        List<Reason> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Listing listing : ctx.listings()) {
            for (Program p : programs) {
                if (!reaches(p, listing)) {
                    continue;
                }
                for (ProgramEffect effect : p.effectsFor(ctx.serviceType())) {
                    ReasonCode code = codeFor(effect.code(), listing);
                    String key = listing.via() + "|" + listing.designationIds() + "|" + code + "|" + effect.verdict();
                    if (seen.add(key)) {
                        out.add(reason(ctx, p, effect, code, listing));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Affiliate status extends only EAR license requirements (Supp. 8 to part 744), so only EAR programs
     * reach it; a targeted IEEPA prohibition reaches designees, not their affiliates, unless it names them.
     */
    static boolean reaches(Program p, Listing l) {
        if (l.via() == Listing.Via.AFFILIATE && !DefaultPrograms.EAR.equals(p.authority())) {
            return false;
        }
        return l.reachedBy(p.scope());
    }

    static ReasonCode codeFor(ReasonCode code, Listing l) {
        if (l.via() == Listing.Via.OWNERSHIP_BLOCKED && code == ReasonCode.BLOCKED_PARTY) {
            return ReasonCode.BLOCKED_BY_OWNERSHIP;
        }
        if (l.via() == Listing.Via.AFFILIATE && (code == ReasonCode.ENTITY_LIST_LICENSE_REQUIRED
                || code == ReasonCode.MEU_LICENSE_REQUIRED)) {
            return ReasonCode.ENTITY_LIST_AFFILIATE_LICENSE_REQUIRED;
        }
        return code;
    }

    private static Reason reason(EvaluationContext ctx, Program p, ProgramEffect effect, ReasonCode code,
                                 Listing l) {
        Verdict verdict = effect.verdict();
        StringBuilder why = new StringBuilder(l.describe()).append(' ')
                .append(p.name()).append(": ").append(effect.note().isEmpty() ? enactedNote(p, effect) : effect.note());
        String policy = "";
        if (verdict == Verdict.LICENSE_REQUIRED && DefaultPrograms.EAR.equals(p.authority())) {
            LicenseReviewPolicy lrp = l.licenseReviewPolicy();
            String policySource = "";
            DefaultPrograms.StatedPolicy stated = lrp == LicenseReviewPolicy.UNSPECIFIED
                    ? DefaultPrograms.policyWhenEntryStatesNone(p.id()) : null;
            if (stated != null) {
                // the regulation states the policy itself; an entry without one must not read "not stated"
                lrp = stated.policy();
                policySource = " (" + stated.citation() + "; the entry states none)";
            } else if (lrp == LicenseReviewPolicy.UNSPECIFIED) {
                policySource = " in the data received: see the entry as published (Supp. No. 4 to part 744)";
            }
            policy = lrp.name();
            boolean affiliate = l.via() == Listing.Via.AFFILIATE;
            why.append(" License requirement: ")
                    .append(!l.licenseRequirement().isEmpty() ? l.licenseRequirement()
                            : affiliate ? "as stated in the listed owners' entries" : "as stated in the entry")
                    .append(". License review policy: ").append(lrp.text()).append(policySource);
            if (!l.licenseReviewPolicyText().isEmpty()) {
                why.append(" (\"").append(l.licenseReviewPolicyText()).append("\")");
            }
            why.append('.');
        }
        if (verdict == Verdict.PROHIBITED && DefaultPrograms.US_PERSON_AUTHORITIES.contains(p.authority())
                && !ctx.service().usProvider()) {
            // The prohibition binds U.S. persons; a non-U.S. provider gets DERIVATIVE_SANCTIONS_EXPOSURE instead.
            verdict = Verdict.REVIEW;
            why.append(" The provider is not a U.S. person (").append(ctx.service().providerCountry())
                    .append("): this prohibition binds U.S. persons, and reaches a non-U.S. person only through a"
                            + " U.S. nexus (U.S.-person staff or infrastructure, U.S. dollar payments: causing a"
                            + " violation, ").append(US_PERSON_REACH).append("); confirm there is none.");
        }
        LocalDate asOf = ctx.asOf();
        LocalDate listingDate = l.designation() != null ? l.designation().listingDate() : l.effectiveFrom();
        for (Milestone m : p.milestones()) {
            why.append(' ').append(m.describe(listingDate, asOf)).append('.');
        }
        String citation = p.citation();
        if (l.derived() && !l.citation().isEmpty()) {
            citation = citation + "; " + l.citation();
        }
        if (l.designation() != null && !l.designation().federalRegisterCitations().isEmpty()) {
            citation = citation + "; listed at " + String.join(", ", l.designation().federalRegisterCitations());
        }
        return Reason.builder(code, verdict)
                .from(l)
                .authority(p.authority())
                .citation(citation)
                .program(p.id())
                .effectiveFrom(latest(p.from(), l.effectiveFrom()))
                .licenseReviewPolicy(policy)
                .explanation(why.toString())
                .build();
    }

    /**
     * What an agency-enacted effect means, from the program's own data: an enacted program carries no text per
     * effect (ProgramService.CreateProgram), and a reason must still say what is restricted, by whom and from when
     * (docs/rules.md). A license under a non-EAR program is that authority's (e.g. an OFAC specific license), not
     * an EAR license with an entry's review policy.
     */
    static String enactedNote(Program p, ProgramEffect effect) {
        String service = effect.serviceType().label();
        String window = p.from() == null ? "" : " from " + p.from()
                + (p.to() == null ? "" : " until " + p.to().minusDays(1));
        String d = p.description().strip();
        String description = d.isEmpty() ? "" : d + (d.endsWith(".") ? " " : ". ");
        String authority = p.authority().isBlank() ? "the enacting authority" : p.authority();
        return description + switch (effect.verdict()) {
            case PROHIBITED -> "Furnishing " + service + " to a party in its scope is prohibited" + window + " ("
                    + authority + ").";
            case LICENSE_REQUIRED -> "Furnishing " + service + " to a party in its scope needs a license from "
                    + authority + window + ".";
            case REVIEW -> "Furnishing " + service + " to a party in its scope needs review before provisioning"
                    + window + " (" + authority + ").";
            default -> "Recorded for the analyst: in force" + window + "; it restricts nothing for " + service + ".";
        };
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
