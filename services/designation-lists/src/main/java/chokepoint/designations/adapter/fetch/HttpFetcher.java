package chokepoint.designations.adapter.fetch;

import chokepoint.designations.domain.imports.Gzip;
import chokepoint.designations.domain.imports.ImportException;

import chokepoint.designations.domain.sources.HttpDates;
import chokepoint.designations.domain.sources.RetryAfter;
import chokepoint.designations.domain.sources.SourceSpec;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads the parts of a URL source with {@link HttpClient}: conditional requests
 * (If-None-Match with the stored ETag, If-Modified-Since with the stored Last-Modified),
 * redirects followed except from https to http, bounded retries with exponential backoff and
 * jitter on I/O errors, truncation, timeouts, 408, 429 and 5xx (Retry-After honoured), a size
 * cap, and truncation detection (Content-Length, gzip trailer). Every part is downloaded whole
 * before this returns; any part that fails fails the whole fetch.
 */
public final class HttpFetcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.getDefault())
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "source-download-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /**
     * @param previous    the validators of the last complete download per part (sent only when
     *                    {@code conditional} and the part's URL is unchanged)
     * @param conditional false downloads every part whole (a confirmation needs the content)
     */
    public Fetch fetch(String source, SourceSpec spec, Map<String, PartState> previous, boolean conditional)
            throws FetchFailed, InterruptedException {
        Map<String, byte[]> content = new LinkedHashMap<>();
        Map<String, PartState> validators = new LinkedHashMap<>();
        List<String> notModified = new ArrayList<>();
        List<Instant> lastModified = new ArrayList<>();
        int[] requests = {0};
        long[] budget = {settings.maxBytes()};
        for (Map.Entry<String, String> p : spec.parts().entrySet()) {
            PartState prev = previous.get(p.getKey());
            // once one part has changed, the others are needed whole too: no condition for them
            boolean cond = conditional && content.isEmpty() && prev != null && p.getValue().equals(prev.location());
            Part got = fetchPart(source, p.getKey(), p.getValue(), cond ? prev : null, budget[0], requests);
            if (got == null) {
                notModified.add(p.getKey());
                continue;
            }
            budget[0] -= got.bytes.length;
            content.put(p.getKey(), got.bytes);
            validators.put(p.getKey(), got.state);
            lastModified.add(HttpDates.parse(got.state.lastModified()).orElse(null));
        }
        if (content.isEmpty()) {
            return new Fetch.NotModified(requests[0]);
        }
        // a part answered 304 before another turned out changed: fetch it whole now
        for (String part : notModified) {
            Part got = fetchPart(source, part, spec.parts().get(part), null, budget[0], requests);
            if (got == null) {
                throw new FetchFailed("UNEXPECTED_304", part, requests[0], null,
                        "part '" + part + "' answered 304 Not Modified to an unconditional request");
            }
            budget[0] -= got.bytes.length;
            content.put(part, got.bytes);
            validators.put(part, got.state);
            lastModified.add(HttpDates.parse(got.state.lastModified()).orElse(null));
        }
        return new Fetch.Downloaded(content, validators, lastModified, Instant.now(), requests[0]);
    }

    private record Part(byte[] bytes, PartState state) {
    }

    /** One attempt's failure: retry it or not, and how long the server asked us to wait. */
    private static final class AttemptFailed extends Exception {
        final String reason;
        final boolean retryable;
        final Duration retryAfter;

        AttemptFailed(String reason, boolean retryable, Duration retryAfter, String message) {
            super(message, null, false, false);
            this.reason = reason;
            this.retryable = retryable;
            this.retryAfter = retryAfter;
        }
    }

    /** The part's bytes, or null for 304 Not Modified. */
    private Part fetchPart(String source, String part, String url, PartState prev, long budget, int[] requests)
            throws FetchFailed, InterruptedException {
        int max = Math.max(1, settings.maxAttempts());
        for (int attempt = 1; ; attempt++) {
            requests[0]++;
            try {
                return attempt(url, prev, budget);
            } catch (AttemptFailed e) {
                if (!e.retryable || attempt >= max) {
                    throw new FetchFailed(e.reason, part, requests[0], null, "part '" + part + "' (" + url + "): " + e.getMessage()
                            + (e.retryable ? " (after " + attempt + " attempts)" : ""));
                }
                if (e.retryAfter != null && e.retryAfter.compareTo(settings.backoff().max()) > 0) {
                    throw new FetchFailed(e.reason, part, requests[0], Instant.now().plus(e.retryAfter), "part '" + part + "' ("
                            + url + "): " + e.getMessage() + "; the server asks to wait " + e.retryAfter.toSeconds() + " s");
                }
                Duration wait = settings.backoff().beforeRetry(attempt, ThreadLocalRandom.current().nextDouble(), e.retryAfter);
                LOG.infof("source %s: part '%s' attempt %d of %d failed (%s: %s); retrying in %d ms", source, part, attempt, max,
                        e.reason, e.getMessage(), wait.toMillis());
                Thread.sleep(wait.toMillis());
            }
        }
    }

    private Part attempt(String url, PartState prev, long budget) throws AttemptFailed, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET()
                .timeout(settings.responseTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip");
        if (prev != null) {
            if (prev.etag() != null && !prev.etag().isBlank()) {
                b.header("If-None-Match", prev.etag());
            }
            if (prev.lastModified() != null && !prev.lastModified().isBlank()) {
                b.header("If-Modified-Since", prev.lastModified());
            }
        }
        HttpResponse<InputStream> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new AttemptFailed("CONNECT_TIMEOUT", true, null, "no connection within " + settings.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new AttemptFailed("TIMEOUT", true, null, "no response within " + settings.responseTimeout().toSeconds() + " s");
        } catch (ConnectException e) {
            throw new AttemptFailed("CONNECT_FAILED", true, null, "cannot connect: " + e.getMessage());
        } catch (IOException e) {
            throw new AttemptFailed("IO_ERROR", true, null, "request failed: " + e);
        } catch (IllegalArgumentException e) {
            throw new AttemptFailed("INVALID_URL", false, null, "not a URL the client can fetch");
        }
        int status = r.statusCode();
        try (InputStream in = r.body()) {
            if (status == 304) {
                if (prev == null) {
                    throw new AttemptFailed("UNEXPECTED_304", false, null, "304 Not Modified to an unconditional request");
                }
                return null;
            }
            if (status != 200) {
                boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
                Duration retryAfter = RetryAfter.parse(r.headers().firstValue("Retry-After").orElse(null), Instant.now()).orElse(null);
                throw new AttemptFailed("HTTP_" + status, retryable, retryAfter, "the server answered " + status);
            }
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1L);
            if (declared > budget) {
                throw new AttemptFailed("TOO_LARGE", false, null, "the file is " + declared + " bytes, more than the limit of " + budget);
            }
            String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
            boolean gzipEncoded = encoding.equals("gzip") || encoding.equals("x-gzip");
            if (!gzipEncoded && !encoding.equals("identity") && !encoding.isEmpty()) {
                throw new AttemptFailed("UNSUPPORTED_ENCODING", false, null, "Content-Encoding " + encoding + " is not supported");
            }
            byte[] raw = read(in, budget, declared);
            if (declared >= 0 && raw.length != declared) {
                throw new AttemptFailed("TRUNCATED_DOWNLOAD", true, null, "got " + raw.length + " of the " + declared + " bytes announced");
            }
            byte[] plain = raw;
            try {
                if (gzipEncoded || Gzip.looksGzipped(raw)) {
                    plain = Gzip.gunzip(url, raw, budget);
                }
            } catch (ImportException e) {
                throw switch (e.reason()) {
                    case TOO_LARGE -> new AttemptFailed("TOO_LARGE", false, null, e.getMessage());
                    case TRUNCATED_FILE -> new AttemptFailed("TRUNCATED_DOWNLOAD", true, null, e.getMessage());
                    default -> new AttemptFailed("INVALID_GZIP", true, null, e.getMessage());
                };
            }
            String etag = r.headers().firstValue("ETag").orElse(null);
            String lastModified = r.headers().firstValue("Last-Modified").orElse(null);
            return new Part(plain, new PartState(url, etag, lastModified, plain.length));
        } catch (IOException e) {
            // closing the body failed: the bytes are all read or the attempt failed already
            throw new AttemptFailed("IO_ERROR", true, null, "closing the response failed: " + e.getMessage());
        }
    }

    /** Reads the body; a stall longer than the read timeout, a lost connection or too many bytes end it. */
    private byte[] read(InputStream in, long budget, long declared) throws AttemptFailed {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        long idleNanos = settings.readTimeout().toNanos();
        long period = Math.max(50, Math.min(1000, settings.readTimeout().toMillis() / 4));
        ScheduledFuture<?> guard = watchdog.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastProgress.get() > idleNanos && stalled.compareAndSet(false, true)) {
                try {
                    in.close(); // wakes the blocked read
                } catch (IOException ignored) {
                    // the read fails or ends either way
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, 64L << 20) : 1 << 16);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (stalled.get()) {
                    break;
                }
                lastProgress.set(System.nanoTime());
                total += n;
                if (total > budget) {
                    throw new AttemptFailed("TOO_LARGE", false, null, "the file is larger than the limit of " + budget + " bytes");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            if (!stalled.get()) {
                throw new AttemptFailed("TRUNCATED_DOWNLOAD", true, null, "the connection broke after " + total + " bytes"
                        + (declared >= 0 ? " of " + declared : "") + ": " + e.getMessage());
            }
        } finally {
            guard.cancel(false);
        }
        if (stalled.get()) {
            throw new AttemptFailed("READ_TIMEOUT", true, null, "no data for " + settings.readTimeout().toMillis() + " ms after "
                    + total + " bytes");
        }
        return out.toByteArray();
    }
}
