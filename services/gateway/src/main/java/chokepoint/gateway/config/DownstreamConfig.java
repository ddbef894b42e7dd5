package chokepoint.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway calls the services behind it. */
@ConfigMapping(prefix = "chokepoint.downstream")
public interface DownstreamConfig {

    /** Deadline of each downstream call; a call that misses it makes the screening fail closed (503). */
    @WithDefault("3s")
    Duration deadline();

    /** How long screenings are kept (31 CFR 501.601: at least 10 years). */
    @WithDefault("P3650D")
    Duration retention();
}
