package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Front-company red flag: a young company (incorporated within {@link ScreeningConfig#frontCompanyWindowDays}
 * before asOf, default 365) that shares an address, officer or identifier with a listed party.
 *
 * <p>Input: RedFlag entries from designation-lists with code SHARED_ADDRESS / SHARED_OFFICER /
 * SHARED_IDENTIFIER (source = the listed party), and officer hits (subject "officer:...") in the MATCH band.
 * With the incorporation date unknown the company is treated as young (fail closed).
 *
 * <p>Verdicts: young + any shared element: REVIEW FRONT_COMPANY_RED_FLAG. Established company: a shared
 * identifier is REVIEW (identifiers are unique; it is an alias or an error); a shared address is a NOTE
 * (office towers and registered agents are shared by many); a shared officer is already REVIEW under red
 * flag 29 ({@link OwnershipRedFlagPolicy}).
 */
public final class FrontCompanyPolicy implements Rule {
    public static final String CITATION = "15 CFR part 732, Supp. No. 3 (Know Your Customer red flags);"
            + " 15 CFR 744.11 Entity List FAQs on addresses; OFAC FAQ 398 (entities controlled by blocked persons)";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.facts() == null) {
            return out;
        }
        boolean young = young(ctx.customer().incorporatedOn(), ctx.asOf(), ctx.config().frontCompanyWindowDays());
        boolean ageUnknown = ctx.customer().incorporatedOn() == null;
        String age = ageUnknown ? "incorporation date unknown" : "incorporated " + ctx.customer().incorporatedOn();
        // the rule does not know an unknown company is young: it treats it so (fail closed) and says what to obtain
        String company = ageUnknown ? "Company of unknown age (no incorporation date given; treated as young, fail"
                + " closed)" : "Young company (" + age + ", within " + ctx.config().frontCompanyWindowDays() + " days"
                + " before " + ctx.asOf() + ")";
        String obtain = ageUnknown ? " Obtain the incorporation date." : "";
        for (RedFlag f : ctx.facts().redFlags()) {
            ReasonCode shared = switch (f.code()) {
                case "SHARED_ADDRESS" -> ReasonCode.SHARED_ADDRESS;
                case "SHARED_IDENTIFIER" -> ReasonCode.SHARED_IDENTIFIER;
                case "SHARED_OFFICER" -> ReasonCode.SHARED_OFFICER;
                default -> null;
            };
            if (shared == null) {
                continue;
            }
            Designation src = f.source();
            Reason.Builder b;
            if (young) {
                b = Reason.builder(ReasonCode.FRONT_COMPANY_RED_FLAG, Verdict.REVIEW)
                        .explanation(company + " sharing " + sharedWhat(shared) + " with a listed party"
                                + (src == null ? "" : " (" + src.list() + " " + src.id() + ", \"" + src.name() + "\")")
                                + ": possible front company; check whether it acts for that party." + obtain + " "
                                + f.explanation());
            } else if (shared == ReasonCode.SHARED_IDENTIFIER) {
                b = Reason.builder(shared, Verdict.REVIEW).explanation("The customer shares an identifier with a"
                        + " listed party; identifiers are unique, so the customer is probably the listed party under"
                        + " another name (or the data is wrong): confirm, and if it is, that listing's restrictions"
                        + " apply. " + f.explanation());
            } else if (shared == ReasonCode.SHARED_ADDRESS) {
                b = Reason.builder(shared, Verdict.NOTE).explanation("Established company (" + age + ") sharing an"
                        + " address with a listed party; recorded. " + f.explanation());
            } else {
                continue; // SHARED_OFFICER of an established company: OwnershipRedFlagPolicy.
            }
            out.add(b.citation(CITATION).list(src == null ? "" : src.list())
                    .designationId(src == null ? "" : src.id()).matchedName(src == null ? "" : src.name())
                    .build());
        }
        if (young) {
            for (Hit h : ctx.facts().hits()) {
                Designation d = h.designation();
                if (d != null && h.aboutOfficer() && h.conclusive() && d.inForceOn(ctx.asOf())) {
                    out.add(Reason.builder(ReasonCode.FRONT_COMPANY_RED_FLAG, Verdict.REVIEW).subject(h.subject())
                            .list(d.list()).designationId(d.id()).matchedName(h.matchedName()).score(h.score())
                            .citation(CITATION)
                            .explanation(company + " whose officer is on " + d.list() + " (" + d.id()
                                    + "): possible front company; check whether it acts for that party." + obtain)
                            .build());
                }
            }
        }
        return out;
    }

    private static String sharedWhat(ReasonCode shared) {
        return switch (shared) {
            case SHARED_ADDRESS -> "an address";
            case SHARED_IDENTIFIER -> "an identifier";
            default -> "an officer";
        };
    }

    static boolean young(LocalDate incorporatedOn, LocalDate asOf, int windowDays) {
        if (incorporatedOn == null) {
            return true;
        }
        return ChronoUnit.DAYS.between(incorporatedOn, asOf) <= windowDays;
    }
}
