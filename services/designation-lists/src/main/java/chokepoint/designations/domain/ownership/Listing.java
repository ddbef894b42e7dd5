package chokepoint.designations.domain.ownership;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A listing fact about one entity (or person) id.
 *
 * @param listId             "SDN", "ENTITY_LIST", "MEU", "PAIP", or another list's id
 * @param designationId      the source's entry id (for explanations)
 * @param programs           program tags, e.g. "CYBER2", "SDGT", "RUSSIA-EO14024"
 * @param blocking           true when the listing blocks property (SDN, PAIP blocking): feeds the
 *                           OFAC 50 Percent Rule
 * @param licenseRequirement the "License Requirement" column text (Entity List / MEU), may be null
 * @param reviewPolicy       the "License Review Policy" column; null reads as UNSPECIFIED
 * @param effectiveFrom      inclusive; null = since ever
 * @param effectiveTo        exclusive; null = still listed
 */
public record Listing(String entityId, String listId, String designationId, Set<String> programs,
                      boolean blocking, String licenseRequirement, LicenseReviewPolicy reviewPolicy,
                      LocalDate effectiveFrom, LocalDate effectiveTo) {
    public static final String SDN = "SDN";
    public static final String ENTITY_LIST = "ENTITY_LIST";
    public static final String MEU = "MEU";
    public static final String PAIP = "PAIP";

    public Listing {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(listId, "listId");
        programs = programs == null ? Set.of() : Set.copyOf(programs);
        reviewPolicy = reviewPolicy == null ? LicenseReviewPolicy.UNSPECIFIED : reviewPolicy;
    }

    /** A blocking SDN entry. */
    public static Listing sdn(String entityId, String designationId, LocalDate from, String... programs) {
        return new Listing(entityId, SDN, designationId, Set.of(programs), true, null, null, from, null);
    }

    /** An Entity List entry. */
    public static Listing entityList(String entityId, String designationId, String licenseRequirement,
                                     LicenseReviewPolicy policy, LocalDate from) {
        return new Listing(entityId, ENTITY_LIST, designationId, Set.of(), false, licenseRequirement, policy, from, null);
    }

    public boolean inForceOn(LocalDate asOf) {
        return Dates.inForce(effectiveFrom, effectiveTo, asOf);
    }
}
