package chokepoint.designations.domain.ownership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person (id or normalised name, as the caller keys persons) serving {@code entityId} as
 * {@code role} (e.g. "DIRECTOR", "CEO", "LEGAL_REPRESENTATIVE") in [from, to).
 */
public record OfficerLink(String personId, String entityId, String role, LocalDate effectiveFrom,
                          LocalDate effectiveTo) {
    public OfficerLink {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(entityId, "entityId");
    }

    public boolean inForceOn(LocalDate asOf) {
        return Dates.inForce(effectiveFrom, effectiveTo, asOf);
    }
}
