package chokepoint.paip.adapter.grpc;

import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.paip.domain.DesignationIntent;
import chokepoint.paip.domain.SanctionPackage;
import chokepoint.paip.domain.Statute;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What paip-menu sends designation-lists for a package's intents.
 *
 * <ul>
 * <li>BLOCKING: list PAIP, program tag "PAIP" (cloud-prohibition's built-in PAIP program blocks it for every service).</li>
 * <li>ENTITY_LIST: list ENTITY_LIST with the package's license terms, program tag {@value #ENTITY_LIST_TAG}, not "PAIP":
 *     the PAIP program reaches every designation tagged "PAIP", which would turn an Entity List entry ((b)(1)(B), a
 *     license requirement) into blocking.</li>
 * <li>RECORDED_EFFECT: no designation; kept as notes on the package and summarised in the remarks of the package's
 *     designations, so a screening that hits them shows every effect of the package.</li>
 * </ul>
 */
public final class DesignationRequests {

    /** Program tag of Entity List entries added under 50 U.S.C. 1709(b)(1)(B). */
    public static final String ENTITY_LIST_TAG = "PAIP-B";
    /** The reason of the removal at termination. */
    public static final String SUNSET_REASON = "50 U.S.C. 1709(f) sunset";

    private DesignationRequests() {
    }

    public static Designation designation(DesignationIntent intent, SanctionPackage pkg, List<DesignationIntent> all) {
        Designation.Builder b = Designation.newBuilder()
                .setList(intent.list())
                .setParty(PaipProtoMapper.toProto(intent.party()))
                .setEffectiveFrom(intent.effectiveFrom().toString())
                .setSourceRecordId(intent.idempotencyKey())
                .setRemarks(remarks(intent, pkg, all));
        if (intent.kind() == DesignationIntent.Kind.ENTITY_LIST) {
            b.addPrograms(ENTITY_LIST_TAG)
                    .setLicenseRequirement(intent.licenseRequirement())
                    .setLicenseReviewPolicy(policy(intent.licenseReviewPolicy()))
                    .setLicenseReviewPolicyText(intent.licenseReviewPolicy());
        } else {
            b.addAllPrograms(intent.programs());
        }
        return b.build();
    }

    /** The removal at the (f) termination: effective 2030-01-05 (id and request id are set when it is sent). */
    public static RemoveDesignationRequest sunsetRemoval() {
        return RemoveDesignationRequest.newBuilder().setEffectiveOn(Statute.TERMINATION_DATE.toString()).setReason(SUNSET_REASON).build();
    }

    /** The removal a (c) waiver requires, effective the waiver date, its reason the justification. */
    public static RemoveDesignationRequest waiverRemoval(String packageId, LocalDate waivedOn, String justification) {
        return RemoveDesignationRequest.newBuilder().setEffectiveOn(waivedOn.toString())
                .setReason("National interest waiver under " + Statute.cite("(c)") + " of PAIP package " + packageId + " on "
                        + waivedOn + ": " + justification.strip())
                .build();
    }

    /** Request id of a removal: package id + designation id + purpose ("waiver" or "sunset"). */
    public static String removalRequestId(String packageId, String designationId, String purpose) {
        return "paip:" + packageId + ":" + designationId + ":" + purpose;
    }

    static String remarks(DesignationIntent intent, SanctionPackage pkg, List<DesignationIntent> all) {
        StringBuilder s = new StringBuilder(intent.remarks());
        s.append(" PAIP package ").append(pkg.id()).append(" (").append(String.join(", ", pkg.measures())).append(")")
                .append(", in force from ").append(intent.effectiveFrom()).append(" until ").append(intent.removedOn())
                .append(" (").append(Statute.cite("(f)")).append(").");
        if (!intent.exceptions().isEmpty()) {
            s.append(" Exceptions: ").append(String.join("; ", intent.exceptions())).append('.');
        }
        String notes = all.stream().filter(i -> !i.isDesignation() && i.party().name().equals(intent.party().name()))
                .map(i -> i.measure() + " (" + i.citation() + ")").collect(Collectors.joining(", "));
        if (!notes.isEmpty()) {
            s.append(" Also recorded for this person: ").append(notes).append('.');
        }
        return s.toString();
    }

    static LicenseReviewPolicy policy(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
        return switch (t) {
            case "presumption of denial" -> LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL;
            case "policy of denial" -> LicenseReviewPolicy.LICENSE_REVIEW_POLICY_POLICY_OF_DENIAL;
            case "case-by-case", "case by case", "case-by-case review" -> LicenseReviewPolicy.LICENSE_REVIEW_POLICY_CASE_BY_CASE;
            case "presumption of approval" -> LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_APPROVAL;
            default -> LicenseReviewPolicy.LICENSE_REVIEW_POLICY_OTHER;
        };
    }
}
