package chokepoint.paip.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The effects of imposing (and waiving) a package, as intents. Pure and deterministic. */
public final class Effects {

    private Effects() {
    }

    private static final List<String> ALWAYS = List.of(ExceptionClause.INTELLIGENCE_ACTIVITIES.citation(),
            ExceptionClause.LAW_ENFORCEMENT_ACTIVITIES.citation());
    private static final List<String> WITH_IMPORTS = List.of(ExceptionClause.INTELLIGENCE_ACTIVITIES.citation(),
            ExceptionClause.LAW_ENFORCEMENT_ACTIVITIES.citation(), ExceptionClause.IMPORTATION_OF_GOODS.citation());
    private static final List<String> WITH_ADMISSION = List.of(ExceptionClause.INTELLIGENCE_ACTIVITIES.citation(),
            ExceptionClause.LAW_ENFORCEMENT_ACTIVITIES.citation(), ExceptionClause.INTERNATIONAL_AGREEMENTS.citation());

    /**
     * The designations and recorded effects a package implies. Entity: A becomes a blocking designation on list PAIP,
     * B an ENTITY_LIST designation with the package's (or default) license terms, L one intent per officer and measure,
     * the rest recorded effects. Individual: a (b)(2)(A) PAIP blocking designation and a (b)(2)(B) visa note.
     * Every intent runs from the package date to the (f) termination date, or to the waiver date if waived.
     */
    public static List<DesignationIntent> designationsImplied(SanctionPackage pkg, Identification identification) {
        if (pkg.id().isBlank()) {
            throw new IllegalArgumentException("the package needs its id before its effects can be keyed");
        }
        if (pkg.effectiveFrom() == null) {
            throw new IllegalArgumentException("the package needs an effective date");
        }
        LocalDate from = pkg.effectiveFrom();
        LocalDate until = pkg.waiverOpt().map(Waiver::waivedOn).orElse(Statute.TERMINATION_DATE);
        if (until.isAfter(Statute.TERMINATION_DATE)) {
            until = Statute.TERMINATION_DATE;
        }
        Party subject = identification.party();
        List<DesignationIntent> out = new ArrayList<>();
        if (identification.isIndividual()) {
            out.add(new DesignationIntent(key(pkg.id(), "b2A"), DesignationIntent.Kind.BLOCKING, DesignationIntent.PAIP,
                    List.of(DesignationIntent.PAIP), subject, IndividualSanction.BLOCKING.token(),
                    IndividualSanction.BLOCKING.citation(), "", "", from, until,
                    "Blocked under " + IndividualSanction.BLOCKING.citation() + " (mandatory for an alien identified under "
                            + clauseCite(identification) + "); violations are punishable under " + Statute.cite("(d)(2)") + ".",
                    WITH_IMPORTS));
            out.add(new DesignationIntent(key(pkg.id(), "b2B"), DesignationIntent.Kind.RECORDED_EFFECT, "",
                    List.of(DesignationIntent.PAIP), subject, IndividualSanction.VISA_INELIGIBILITY.token(),
                    IndividualSanction.VISA_INELIGIBILITY.citation(), "", "", from, until,
                    "Visa note: " + IndividualSanction.VISA_INELIGIBILITY.description(), WITH_ADMISSION));
            return List.copyOf(out);
        }
        String reqt = pkg.licenseRequirement().isBlank() ? Proposals.DEFAULT_LICENSE_REQUIREMENT : pkg.licenseRequirement();
        String policy = pkg.licenseReviewPolicy().isBlank() ? Proposals.DEFAULT_LICENSE_REVIEW_POLICY : pkg.licenseReviewPolicy();
        for (Measure m : pkg.menuMeasures()) {
            if (m == Measure.L) {
                for (OfficerSanction o : pkg.officerSanctions()) {
                    Party officer = Party.person(o.officerName());
                    String officerKey = "L-" + officerHash(o.officerName());
                    for (String token : o.measures()) {
                        Optional<Measure> om = Measure.parse(token);
                        if (om.isEmpty()) {
                            continue;
                        }
                        out.add(intent(pkg.id(), officerKey, om.get(), officer, from, until, reqt, policy,
                                " Imposed on " + o.officerName() + " as principal executive officer of " + subject.name()
                                        + " under " + Measure.L.citation() + ".", "L/"));
                    }
                }
                continue;
            }
            out.add(intent(pkg.id(), null, m, subject, from, until, reqt, policy, "", ""));
        }
        return List.copyOf(out);
    }

    private static DesignationIntent intent(String pkgId, String officerKey, Measure m, Party party, LocalDate from,
            LocalDate until, String reqt, String policy, String suffix, String tokenPrefix) {
        String k = officerKey == null ? key(pkgId, keyToken(m)) : key(pkgId, officerKey + ":" + keyToken(m));
        String token = tokenPrefix + m.token();
        return switch (m) {
            case A -> new DesignationIntent(k, DesignationIntent.Kind.BLOCKING, DesignationIntent.PAIP,
                    List.of(DesignationIntent.PAIP), party, token, m.citation(), "", "", from, until,
                    "Blocked under " + m.citation() + " (IEEPA); the OFAC 50% rule applies; violations are punishable under "
                            + Statute.cite("(d)(2)") + "." + suffix, WITH_IMPORTS);
            case B -> new DesignationIntent(k, DesignationIntent.Kind.ENTITY_LIST, DesignationIntent.ENTITY_LIST,
                    List.of(DesignationIntent.PAIP), party, token, m.citation(), reqt, policy, from, until,
                    "Added to the Entity List (Supp. No. 4 to 15 CFR part 744) under " + m.citation()
                            + " for activities contrary to U.S. national security or foreign policy interests." + suffix, ALWAYS);
            case K -> new DesignationIntent(k, DesignationIntent.Kind.RECORDED_EFFECT, "", List.of(DesignationIntent.PAIP),
                    party, token, m.citation(), "", "", from, until, m.title() + ": " + m.description() + suffix, WITH_ADMISSION);
            case H, I, J -> new DesignationIntent(k, DesignationIntent.Kind.RECORDED_EFFECT, "",
                    List.of(DesignationIntent.PAIP), party, token, m.citation(), "", "", from, until,
                    m.title() + ": " + m.description() + suffix, WITH_IMPORTS);
            default -> new DesignationIntent(k, DesignationIntent.Kind.RECORDED_EFFECT, "", List.of(DesignationIntent.PAIP),
                    party, token, m.citation(), "", "", from, until, m.title() + ": " + m.description() + suffix, ALWAYS);
        };
    }

    private static String clauseCite(Identification identification) {
        return identification.clause() == null ? Statute.cite("(a)(1)(A)") : identification.clause().citation();
    }

    /** "paip:{packageId}:{measure}", URL-safe measure tokens: A..L, Fi, Fii, b2A, b2B. */
    static String key(String packageId, String part) {
        return "paip:" + packageId + ":" + part;
    }

    static String keyToken(Measure m) {
        return m.token().replace("(", "").replace(")", "");
    }

    /** First 12 hex digits of SHA-256 over the NFC-normalised, trimmed, lower-cased officer name. */
    static String officerHash(String name) {
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
