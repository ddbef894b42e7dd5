package chokepoint.designations.config;

import chokepoint.designations.domain.sources.EffectiveDatePolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * List sources: official list files that designation-lists fetches and imports by itself
 * (docs/sources.md). The defaults in application.properties are the official download
 * locations of the Consolidated Screening List and of OFAC's SDN CSV set.
 */
@ConfigMapping(prefix = "chokepoint.sources")
public interface SourcesConfig {

    /**
     * Fetch the configured sources at all (scheduled and on request). Off in tests and, unless
     * CHOKEPOINT_SOURCES_ENABLED=true, in deploy/local/run: tests never reach the internet.
     */
    @WithDefault("true")
    boolean enabled();

    /** How often the scheduler looks for sources that are due ("off" = only RefreshSource). */
    @WithDefault("30s")
    String tick();

    /** Wait after start before the first tick (the service is up and its index loaded first). */
    @WithDefault("20s")
    String firstDelay();

    /** Time to open a connection. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** Time from the request until the response headers arrive. */
    @WithDefault("PT60S")
    Duration responseTimeout();

    /** Longest time without a single byte of the body before the download counts as stalled. */
    @WithDefault("PT60S")
    Duration readTimeout();

    /** Attempts per part within one refresh (I/O errors, truncation, 408, 429, 5xx are retried). */
    @WithDefault("4")
    int maxAttempts();

    /** First wait between attempts; doubled per attempt, with jitter. */
    @WithDefault("PT2S")
    Duration initialBackoff();

    /**
     * Longest wait between attempts within one refresh. A server asking for more (Retry-After)
     * ends the refresh; the next one starts no earlier than it asked.
     */
    @WithDefault("PT2M")
    Duration maxBackoff();

    /** First retry after a failed refresh; doubled per failure in a row, at most the source's interval. */
    @WithDefault("PT5M")
    Duration failureRetry();

    /** A watched file modified less than this long ago may still be being written: wait. */
    @WithDefault("PT2S")
    Duration settle();

    /** User-Agent of the downloads (government sites ask automated clients to say who they are). */
    @WithDefault("Chokepoint-list-fetcher/0.1 (sanctions screening; conditional requests)")
    String userAgent();

    /** The sources by name (lower case, digits, '_', '.', '-'). */
    @WithName("list")
    Map<String, Source> sources();

    interface Source {

        /** Fetch this source (when sources are enabled at all). */
        @WithDefault("true")
        boolean enabled();

        /** Import format: CSL_CSV, CSL_JSON, OFAC_SDN_CSV, OFAC_XML, OFAC_CONS_CSV, DOD_1260H_CSV, CUSTOM_CSV. */
        String format();

        /** The URL of a single-part format's file. */
        Optional<String> url();

        /**
         * Part name to URL (a URL source of a multi-part format: parts.sdn, parts.add, ...), or
         * to a file name or glob inside {@link #directory()}.
         */
        Map<String, String> parts();

        /** A local directory to watch instead of URLs: the file is imported when it changes. */
        Optional<String> directory();

        /** A single-part format's file name or glob inside the directory (default: the newest file). */
        Optional<String> file();

        /** Time between refreshes. */
        @WithDefault("PT6H")
        Duration interval();

        /** The date the file is taken to be as of: last-modified (default) or fetch-date. */
        @WithDefault("last-modified")
        EffectiveDatePolicy effectiveDate();

        /** Lists in the file that this source does not feed (left to another source). */
        Optional<List<String>> excludeLists();

        /** For CUSTOM_CSV: custom:&lt;name&gt;. */
        Optional<String> list();
    }
}
