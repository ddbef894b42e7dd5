package chokepoint.prohibition.domain;

/** How the customer reaches the service (15 CFR 7.300-7.310 puts IaaS duties on resellers too). */
public enum CustomerType {
    UNSPECIFIED,
    DIRECT,
    RESELLER,
    PROXY_OR_ROUTER;

    public boolean isIntermediary() {
        return this == RESELLER || this == PROXY_OR_ROUTER;
    }
}
