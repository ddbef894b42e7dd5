package chokepoint.prohibition.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Settings of the rules (docs/rules.md says what each does). */
@ConfigMapping(prefix = "chokepoint.rules")
public interface RulesConfig {

    /** Lists every screening needs; one missing from the party facts makes the verdict REVIEW. */
    @WithDefault("SDN,ENTITY_LIST")
    List<String> requiredLists();

    /** A company incorporated this many days before the screening date or less counts as young (front-company red flag). */
    @WithDefault("365")
    int frontCompanyWindowDays();
}
