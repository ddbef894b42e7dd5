package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Preset packages. Every proposal is valid under {@link PackageRules} for the identification it is made for
 * (given the identification is in the most recent report and the date is before the (f) termination).
 */
public final class Proposals {

    private Proposals() {
    }

    /** Default Entity List terms for measure B (the paper's Phase 1: all items subject to the EAR, presumption of denial). */
    public static final String DEFAULT_LICENSE_REQUIREMENT = "For all items subject to the EAR";
    public static final String DEFAULT_LICENSE_REVIEW_POLICY = "Presumption of denial";

    private static final Set<Measure> SEVERE = EnumSet.of(Measure.A, Measure.B, Measure.H, Measure.I, Measure.J);
    private static final Set<Measure> LEVERAGE = EnumSet.of(Measure.C, Measure.D, Measure.E, Measure.G, Measure.K);

    /** Proposal effective on the date the identifying report is required to be submitted (kept before the sunset). */
    public static SanctionPackage propose(Identification identification, Calibration calibration) {
        LocalDate from = identification.effectivePeriod().end();
        if (!from.isBefore(Statute.TERMINATION_DATE)) {
            from = Statute.lastDayInForce();
        }
        return propose(identification, calibration, from);
    }

    /** Proposal effective from the given date. */
    public static SanctionPackage propose(Identification identification, Calibration calibration, LocalDate effectiveFrom) {
        if (calibration == null) {
            throw new PaipRuleException(Violation.of(ReasonCode.PAIP_UNKNOWN_CALIBRATION, "(b)(1)", "calibration",
                    "choose a calibration: SEVERE or LEVERAGE"));
        }
        List<String> why = new ArrayList<>();
        String who = identification.party() == null ? "The person" : identification.party().name();
        String clause = identification.clause() == null ? "(a)(1)(A)" : identification.clause().citation();
        if (identification.isIndividual()) {
            why.add(who + " is an individual identified under " + clause + " in the report of " + identification.reportYear()
                    + "; for an alien identified in the most recent report the sanctions of " + Statute.cite("(b)(2)")
                    + " \"shall apply\": there is no menu, so the " + calibration + " calibration does not change them.");
            why.add("Blocking of property under " + IndividualSanction.BLOCKING.citation()
                    + ": all property and interests in property subject to U.S. jurisdiction are blocked (IEEPA).");
            why.add("Visa ineligibility and revocation under " + IndividualSanction.VISA_INELIGIBILITY.citation()
                    + ": inadmissible, ineligible for a visa, admission or parole, and any visa held is revoked.");
            why.add("The admission exception of " + ExceptionClause.INTERNATIONAL_AGREEMENTS.citation()
                    + " (UN Headquarters Agreement, Vienna Convention on Consular Relations) still applies.");
            addSunset(why);
            List<String> tokens = Menu.individualSanctions().stream().map(IndividualSanction::token).collect(Collectors.toList());
            return new SanctionPackage("", identification.id(), tokens, effectiveFrom, "", "", List.of(),
                    PackageStatus.PROPOSED, null, List.of(), why);
        }
        Set<Measure> chosen = EnumSet.copyOf(calibration == Calibration.SEVERE ? SEVERE : LEVERAGE);
        why.add(who + " is an entity identified under " + clause + " in the report of " + identification.reportYear()
                + "; for an entity identified in the most recent report the President shall impose 5 or more of the sanctions in "
                + Menu.CITATION + ".");
        if (calibration == Calibration.SEVERE) {
            why.add("SEVERE calibration (\"substantial economic isolation\"): blocking under " + Measure.A.citation()
                    + " reaches all U.S.-person dealings with the entity, including cloud computing services, and the OFAC "
                    + "50% rule extends it to entities it owns 50% or more.");
            why.add("Entity List inclusion under " + Measure.B.citation() + " requires a license for all items subject to the "
                    + "EAR, with a presumption of denial.");
            why.add("Foreign exchange (" + Measure.H.citation() + "), banking transactions (" + Measure.I.citation()
                    + ") and the investment ban (" + Measure.J.citation()
                    + ") together sever the entity from the U.S. financial system.");
            if (identification.financialInstitution()) {
                chosen.add(Measure.F_I);
                chosen.add(Measure.F_II);
                why.add("The entity is a financial institution, so " + Measure.F_I.citation() + " (no primary dealer designation) and "
                        + Measure.F_II.citation() + " (no service as agent or repository of U.S. Government funds) are added; "
                        + "under " + Statute.cite("(b)(1)(F)") + " the two count as 2 sanctions.");
            } else {
                why.add("F(i) and F(ii) are not proposed: under " + Statute.cite("(b)(1)(F)")
                        + " they may be imposed only if the entity is a financial institution, and this entity is not one.");
            }
        } else {
            why.add("LEVERAGE calibration (\"signal disapproval without imposing crippling consequences\", leaving room for "
                    + "negotiated behavioral change): no blocking (" + Measure.A.citation() + ") and no Entity List inclusion ("
                    + Measure.B.citation() + ").");
            why.add("Export-Import Bank assistance is withheld (" + Measure.C.citation() + "), U.S. financial institution loans "
                    + "over $10,000,000 in 12 months are prohibited (" + Measure.D.citation()
                    + "), and the United States opposes international financial institution loans (" + Measure.E.citation() + ").");
            why.add("The U.S. Government may not procure goods or services from the entity (" + Measure.G.citation()
                    + "), and its corporate officers, principals and controlling shareholders are denied visas ("
                    + Measure.K.citation() + "), the fifth sanction.");
            why.add("F(i)/F(ii) (" + Statute.cite("(b)(1)(F)") + ") are not proposed at this calibration"
                    + (identification.financialInstitution() ? " although the entity is a financial institution." : "; they apply only to financial institutions."));
        }
        why.add("Measure L (" + Measure.L.citation() + ") is not proposed: it requires naming the principal executive officers "
                + "and the measures for each; add it with the officers named to extend the package.");
        why.add("The package counts " + Menu.sanctionCount(chosen) + " sanctions, meeting the minimum of "
                + Statute.MINIMUM_ENTITY_SANCTIONS + " in " + Menu.CITATION + ".");
        addSunset(why);
        List<String> tokens = chosen.stream().map(Measure::token).collect(Collectors.toList());
        boolean b = chosen.contains(Measure.B);
        return new SanctionPackage("", identification.id(), tokens, effectiveFrom,
                b ? DEFAULT_LICENSE_REQUIREMENT : "", b ? DEFAULT_LICENSE_REVIEW_POLICY : "", List.of(),
                PackageStatus.PROPOSED, null, List.of(), why);
    }

    private static void addSunset(List<String> why) {
        why.add("Everything imposed stops applying when the section terminates on " + Statute.TERMINATION_DATE + " ("
                + Statute.cite("(f)") + ": 7 years after January 5, 2023), and may be waived in the national interest under "
                + Statute.cite("(c)") + ".");
    }
}
