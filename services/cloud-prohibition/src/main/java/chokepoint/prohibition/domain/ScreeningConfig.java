package chokepoint.prohibition.domain;

import java.util.List;
import java.util.Set;

/**
 * Deployment choices the rules read.
 *
 * @param requiredLists lists the deployment screens against: each must be present, loaded and fresh in
 *                      PartyFacts.lists or the screening is REVIEW (fail closed)
 * @param frontCompanyWindowDays a company incorporated within this many days before asOf is "young"
 * @param d5Countries Country Group D:5 plus Macau, ISO-2 (see {@link CountryGroups})
 */
public record ScreeningConfig(Set<String> requiredLists, int frontCompanyWindowDays, Set<String> d5Countries) {
    public static final int DEFAULT_FRONT_COMPANY_WINDOW_DAYS = 365;
    public static final List<String> DEFAULT_REQUIRED_LISTS =
            List.of("SDN", "ENTITY_LIST", "MEU", "UVL", "DPL", "NS_CMIC", "SECTION_1260H", "PAIP");

    public ScreeningConfig {
        requiredLists = requiredLists == null ? Set.of() : Set.copyOf(requiredLists);
        d5Countries = d5Countries == null ? CountryGroups.AI_TRAINING_RED_FLAG_COUNTRIES : Set.copyOf(d5Countries);
        if (frontCompanyWindowDays < 0) {
            throw new IllegalArgumentException("frontCompanyWindowDays must be >= 0");
        }
    }

    public static ScreeningConfig defaults() {
        return new ScreeningConfig(Set.copyOf(DEFAULT_REQUIRED_LISTS), DEFAULT_FRONT_COMPANY_WINDOW_DAYS,
                CountryGroups.AI_TRAINING_RED_FLAG_COUNTRIES);
    }

    public ScreeningConfig withRequiredLists(Set<String> lists) {
        return new ScreeningConfig(lists, frontCompanyWindowDays, d5Countries);
    }

    public ScreeningConfig withFrontCompanyWindowDays(int days) {
        return new ScreeningConfig(requiredLists, days, d5Countries);
    }
}
