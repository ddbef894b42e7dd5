package chokepoint.prohibition.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The service asked for.
 *
 * @param eccn normalized ECCN (see {@link EccnValidator}) for EAR_ITEM_EXPORT, else null
 * @param providerCountry ISO-2 country of the provider furnishing the service; "US" by default
 */
public record ServiceRequest(ServiceType type, String eccn, String providerCountry) {
    public static final String UNITED_STATES = "US";

    public ServiceRequest {
        Objects.requireNonNull(type, "type");
        eccn = eccn == null || eccn.isBlank() ? null : eccn;
        providerCountry = providerCountry == null || providerCountry.isBlank()
                ? UNITED_STATES : providerCountry.toUpperCase(java.util.Locale.ROOT);
    }

    public static ServiceRequest of(ServiceType type) {
        return new ServiceRequest(type, null, UNITED_STATES);
    }

    public static ServiceRequest export(String eccn) {
        return new ServiceRequest(ServiceType.EAR_ITEM_EXPORT, eccn, UNITED_STATES);
    }

    public ServiceRequest fromProvider(String country) {
        return new ServiceRequest(type, eccn, country);
    }

    public Optional<String> eccnIfAny() {
        return Optional.ofNullable(eccn);
    }

    /** A U.S. person for IEEPA purposes (a U.S.-organized provider, incl. foreign branches: 31 CFR 510.326-style). */
    public boolean usProvider() {
        return UNITED_STATES.equals(providerCountry);
    }
}
