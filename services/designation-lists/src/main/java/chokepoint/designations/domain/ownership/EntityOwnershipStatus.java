package chokepoint.designations.domain.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the ownership rules derive for one entity as of a date. {@code blocked} and
 * {@code affiliate} are DERIVED statuses (a party's own listing is the caller's, separately);
 * {@code notes} record data repairs such as ignored self-ownership.
 */
public record EntityOwnershipStatus(String entityId, LocalDate asOf, Optional<BlockedStatus> blocked,
                                    Optional<AffiliateStatus> affiliate, List<RedFlag> redFlags,
                                    List<String> notes) {
    public EntityOwnershipStatus {
        redFlags = List.copyOf(redFlags);
        notes = List.copyOf(notes);
    }

    public boolean clean() {
        return blocked.isEmpty() && affiliate.isEmpty() && redFlags.isEmpty();
    }
}
