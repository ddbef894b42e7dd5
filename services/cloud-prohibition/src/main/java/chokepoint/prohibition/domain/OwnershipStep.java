package chokepoint.prohibition.domain;

/** One edge of an ownership path: owner holds percent of owned (exact decimal string; empty when unknown). */
public record OwnershipStep(String ownerName, String ownerRef, String ownedName, String ownedRef, String percent) {
    public OwnershipStep {
        ownerName = ownerName == null ? "" : ownerName;
        ownerRef = ownerRef == null ? "" : ownerRef;
        ownedName = ownedName == null ? "" : ownedName;
        ownedRef = ownedRef == null ? "" : ownedRef;
        percent = percent == null ? "" : percent;
    }

    public static OwnershipStep of(String owner, String percent, String owned) {
        return new OwnershipStep(owner, "", owned, "", percent);
    }
}
