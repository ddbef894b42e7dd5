package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What imposing a package asks the rest of the suite to do. BLOCKING and ENTITY_LIST intents become designations
 * (the service writes them to the designations service with {@link #idempotencyKey} as the request id, so a retry
 * creates nothing twice); RECORDED_EFFECT intents are notes that screening reports.
 *
 * @param idempotencyKey deterministic, from the package id and the measure (and officer, for L): URL-safe
 * @param kind           what to create
 * @param list           "PAIP" (blocking), "ENTITY_LIST" (measure B), "" for recorded effects
 * @param programs       "PAIP" on every intent
 * @param party          the person it applies to (the entity, the individual, or a named officer under L)
 * @param measure        the measure token: "A".."L", "F(i)", "F(ii)", "(b)(2)(A)", "(b)(2)(B)"
 * @param citation       the statutory citation of the measure
 * @param licenseRequirement  for ENTITY_LIST: the License Requirement column
 * @param licenseReviewPolicy for ENTITY_LIST: the License Review Policy column
 * @param effectiveFrom  the package's effective date
 * @param removedOn      the first day it no longer applies: the (f) termination date 2030-01-05, or the waiver date
 * @param remarks        human-readable effect, citing the statute
 * @param exceptions     citations of the (e) exceptions that limit this effect
 */
public record DesignationIntent(
        String idempotencyKey,
        Kind kind,
        String list,
        List<String> programs,
        Party party,
        String measure,
        String citation,
        String licenseRequirement,
        String licenseReviewPolicy,
        LocalDate effectiveFrom,
        LocalDate removedOn,
        String remarks,
        List<String> exceptions) {

    public enum Kind { BLOCKING, ENTITY_LIST, RECORDED_EFFECT }

    /** The list id of PAIP blocking designations and the program tag of all PAIP effects. */
    public static final String PAIP = "PAIP";
    public static final String ENTITY_LIST = "ENTITY_LIST";

    public DesignationIntent {
        list = Party.nz(list);
        programs = programs == null ? List.of() : List.copyOf(programs);
        licenseRequirement = Party.nz(licenseRequirement);
        licenseReviewPolicy = Party.nz(licenseReviewPolicy);
        remarks = Party.nz(remarks);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** Whether this intent becomes a designation (as opposed to a recorded note). */
    public boolean isDesignation() {
        return kind != Kind.RECORDED_EFFECT;
    }
}
