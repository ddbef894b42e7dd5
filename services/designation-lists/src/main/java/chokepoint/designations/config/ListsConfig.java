package chokepoint.designations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Which lists this deployment screens against, and how old they may get. */
@ConfigMapping(prefix = "chokepoint.lists")
public interface ListsConfig {

    /**
     * Lists every screening needs. One that never loaded, or whose newest version is older than
     * {@link #maxAge()}, makes designation-lists report it, and the verdict is never CLEAR.
     */
    @WithDefault("SDN,ENTITY_LIST")
    List<String> required();

    /** Freshness limit of a required list, measured from its last successful load. */
    @WithDefault("P7D")
    Duration maxAge();
}
