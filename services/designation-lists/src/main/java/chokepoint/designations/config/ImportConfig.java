package chokepoint.designations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep a bad file from replacing a good list. */
@ConfigMapping(prefix = "chokepoint.import")
public interface ImportConfig {

    /**
     * An import that would remove more than this share of a list's entries is refused unless
     * forced: a truncated or wrong file must not empty a list.
     */
    @WithDefault("0.10")
    double maxRemovalShare();

    /** Largest accepted upload (all parts together, after gunzip). */
    @WithDefault("536870912")
    long maxBytes();
}
