package chokepoint.bench.load;

import chokepoint.bench.matching.CslList;
import chokepoint.bench.matching.Csv;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.api.screening.v1.CreateScreeningRequest;
import chokepoint.api.screening.v1.CreateScreeningResponse;
import chokepoint.api.screening.v1.ScreeningServiceGrpc;
import chokepoint.platform.ClientAuth;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load generator for {@code POST /v1/screenings} of a running gateway (loopback only).
 *
 * <p>Requests are scheduled at fixed intended send times {@code start + i / rate}, independent of
 * how fast answers come back (open loop: no coordinated omission). A dispatcher thread hands each
 * request at its time to a Vert.x {@link HttpClient} on a single event loop (HTTP/1.1, keep-alive, at
 * most {@code --concurrency} connections, each carrying one request at a time). The JDK's
 * {@code java.net.http} client with a thread per connection used ~2.6 ms of CPU per request here, more
 * than the gateway itself, on the same two cores as the suite it measures.
 * Latency is measured from the <em>intended</em> send time to the end of the response body, so time
 * a request waits for a free connection counts; the service time (from when a connection carries it) is
 * printed too. When every connection is busy and the wait queue (four seconds of requests) is full,
 * a request is not sent and is counted as {@code dropped} — a sign the target rate is not sustained.
 *
 * <p>With {@code --grpc-port} the same requests go to the gateway's gRPC edge instead
 * ({@code ScreeningService.CreateScreening}, one HTTP/2 connection, an asynchronous stub on one Netty
 * event loop), measured the same way; the status is then the gRPC code ({@code OK} for an answer).
 *
 * <p>Names: a share ({@code --listed-share}, default 0.05) are primary names of a CSL CSV
 * ({@code --list}; individuals as PERSON, the rest ORGANIZATION); the rest are {@code full_name}s of
 * the negatives file ({@code --negatives}; PERSON). Seeded, so two runs send the same sequence.
 *
 * <pre>
 * java -cp bench/target/chokepoint-bench.jar chokepoint.bench.load.ScreeningLoad \
 *   --url http://127.0.0.1:18080 --token-file /tmp/provider.jwt \
 *   --negatives /work/shared/data/eval/negatives-us-50k.csv \
 *   --list /work/shared/data/lists/csl/consolidated-2026-07-31.csv \
 *   --rate 500 --duration 20 --concurrency 64 [--warmup 5]
 * # step mode: rates 100, 200, ... until p99 &gt; 20 ms, errors, drops or a rate not achieved
 *   ... --step --start-rate 100 --step-factor 1.5 --step-duration 10 --p99-limit-ms 20
 * # several phases in one JVM (bench/suite-load): one line of options per phase on standard input
 *   ... --commands &lt;&lt;&lt; "--rate 400 --duration 120 --warmup 0"
 * </pre>
 */
public final class ScreeningLoad {

    static final int MAX_RATE = 20_000;
    static final int MAX_DURATION_S = 600;
    static final int MAX_CONCURRENCY = 512;
    static final long MAX_REQUESTS = 2_000_000;

    /** Printed after each phase of {@code --commands}, so a script can take its CPU readings between phases. */
    static final String END_OF_PHASE = "== end of phase";

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        URI base = URI.create(o.url.endsWith("/") ? o.url.substring(0, o.url.length() - 1) : o.url);
        try {
            requireLoopback(base);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        String token = o.token != null ? o.token : Files.readString(Path.of(o.tokenFile)).trim();
        Workload w = Workload.load(o.negatives, o.list, o.listedShare, o.seed);
        System.out.printf(Locale.ROOT, "target %s/v1/screenings; %d negative names, %d listed names, listed share %.3f, service %s%n",
                base, w.negatives.size(), w.listed.size(), o.listedShare, o.service);
        if (!o.commands) {
            phase(o, base, token, w);
            return;
        }
        // One JVM for every phase: its JIT finishes in the warm-up phases, as the suite's does, instead of
        // competing with the suite for the two cores at the start of each measured phase.
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            List<String> all = new ArrayList<>(Arrays.asList(args));
            all.remove("--commands");
            all.addAll(Arrays.asList(line.trim().split("\\s+")));
            phase(Options.parse(all.toArray(String[]::new)), base, token, w);
            System.out.println(END_OF_PHASE);
            System.out.flush();
        }
    }

    /** One phase: the warm-up, then the fixed rate or the step search, on a fresh client. */
    static void phase(Options o, URI base, String token, Workload w) throws InterruptedException {
        Runner r = new Runner(base.resolve("/v1/screenings"), token, w, o);

        if (o.warmup > 0) {
            double wr = o.step ? o.startRate : o.rate;
            System.out.printf(Locale.ROOT, "warm-up %d s at %.0f req/s (not counted)%n", o.warmup, wr);
            r.run(wr, o.warmup).print("warm-up", o.p99LimitMs, false);
        }
        if (!o.step) {
            r.run(o.rate, o.duration).print(String.format(Locale.ROOT, "rate %.0f req/s for %d s", o.rate, o.duration), o.p99LimitMs, true);
        } else {
            double rate = o.startRate;
            double best = -1;
            Result bestResult = null;
            int retries = 0; // of the current rate
            List<String> passedOnRetry = new ArrayList<>();
            while (rate <= MAX_RATE) {
                Result res = r.run(rate, o.stepDuration);
                res.print(String.format(Locale.ROOT, "step %.0f req/s for %d s", rate, o.stepDuration), o.p99LimitMs, false);
                String why = res.failure(o.p99LimitMs);
                if (why != null && retries < o.stepRetries) {
                    // One stall of the host (a collection, a slow fsync, the host's memory monitor) can fail a 20 s
                    // step at a rate the suite sustains; the same rate is run again before the search stops there.
                    retries++;
                    System.out.printf(Locale.ROOT, "  -> step failed: %s; running %.0f req/s again (retry %d of %d)%n",
                            why, rate, retries, o.stepRetries);
                    Thread.sleep(1000);
                    continue;
                }
                if (why != null) {
                    System.out.printf(Locale.ROOT, "  -> step failed: %s%n", why);
                    break;
                }
                if (retries > 0) {
                    passedOnRetry.add(String.format(Locale.ROOT, "%.0f", rate));
                }
                retries = 0;
                best = rate;
                bestResult = res;
                double next = Math.ceil(rate * o.stepFactor / 10) * 10;
                rate = Math.max(next, rate + 10);
                Thread.sleep(1000);
            }
            if (bestResult == null) {
                System.out.printf(Locale.ROOT, "%nmax sustained rate with p99 <= %.0f ms: none (first step %.0f req/s already failed)%n",
                        o.p99LimitMs, o.startRate);
            } else {
                System.out.printf(Locale.ROOT, "%nmax sustained rate with p99 <= %.0f ms: %.0f req/s offered, %.1f achieved (p99 %.2f ms); next step failed%s%n",
                        o.p99LimitMs, best, bestResult.achievedRate(), bestResult.pct(bestResult.latency, 0.99) / 1e6,
                        passedOnRetry.isEmpty() ? "" : "; passed only when run again: " + String.join(", ", passedOnRetry) + " req/s");
            }
        }
        r.close();
    }

    /** Refuses any host that does not resolve only to loopback addresses. */
    static void requireLoopback(URI uri) throws IOException {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        InetAddress[] all = InetAddress.getAllByName(host);
        for (InetAddress a : all) {
            if (!a.isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing non-loopback host " + host + " (" + a.getHostAddress()
                        + "): this load generator only targets a local suite");
            }
        }
    }

    /** The request bodies to send. */
    static final class Workload {
        final List<String> negatives;
        final List<String> listed;
        final List<String> listedKinds;
        final double listedShare;
        final long seed;

        private Workload(List<String> negatives, List<String> listed, List<String> listedKinds, double listedShare, long seed) {
            this.negatives = negatives;
            this.listed = listed;
            this.listedKinds = listedKinds;
            this.listedShare = listedShare;
            this.seed = seed;
        }

        static Workload load(String negativesFile, String listFile, double share, long seed) throws IOException {
            List<String> neg = new ArrayList<>();
            Csv n = Csv.read(Path.of(negativesFile));
            int cn = n.col("full_name");
            for (List<String> row : n.rows) {
                String s = Csv.get(row, cn).trim();
                if (!s.isEmpty()) {
                    neg.add(s);
                }
            }
            List<String> listed = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            if (listFile != null && share > 0) {
                Csv l = Csv.read(Path.of(listFile));
                int name = l.col("name");
                int type = l.col("type");
                for (List<String> row : l.rows) {
                    String s = Csv.get(row, name).trim();
                    if (!s.isEmpty()) {
                        listed.add(s);
                        kinds.add(switch (CslList.kind(Csv.get(row, type))) {
                            case PERSON -> "PERSON";
                            default -> "ORGANIZATION";
                        });
                    }
                }
            }
            if (neg.isEmpty()) {
                throw new IllegalArgumentException("no full_name rows in " + negativesFile);
            }
            return new Workload(neg, listed, kinds, listed.isEmpty() ? 0 : share, seed);
        }

        /** The customer of request number {@code i} (deterministic): its name and kind (PERSON or ORGANIZATION). */
        String[] customer(long i) {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
            if (r.nextDouble() < listedShare) {
                int k = r.nextInt(listed.size());
                return new String[] {listed.get(k), listedKinds.get(k)};
            }
            return new String[] {negatives.get(r.nextInt(negatives.size())), "PERSON"};
        }

        /** JSON body of request number {@code i} for POST /v1/screenings. */
        String body(long i, String service) {
            String[] c = customer(i);
            return "{\"customer\":{\"kind\":\"" + c[1] + "\",\"name\":" + json(c[0]) + "},\"service\":{\"type\":\"" + service + "\"}}";
        }

        /** The same request for the gateway's gRPC edge (ScreeningService.CreateScreening). */
        CreateScreeningRequest grpcRequest(long i, String service) {
            String[] c = customer(i);
            return CreateScreeningRequest.newBuilder()
                    .setCustomer(Party.newBuilder().setKind(PartyKind.valueOf("PARTY_KIND_" + c[1])).setName(c[0]))
                    .setService(Service.newBuilder().setType(ServiceType.valueOf("SERVICE_TYPE_" + service))).build();
        }
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The top-level "verdict" string of a JSON object (reasons carry their own verdicts, deeper). */
    static String topLevelVerdict(String json) {
        int depth = 0;
        int n = json.length();
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1 && json.startsWith("\"verdict\"", i)) {
                    int j = end + 1;
                    while (j < n && Character.isWhitespace(json.charAt(j))) {
                        j++;
                    }
                    if (j < n && json.charAt(j) == ':') {
                        j++;
                        while (j < n && Character.isWhitespace(json.charAt(j))) {
                            j++;
                        }
                        if (j < n && json.charAt(j) == '"') {
                            return json.substring(j + 1, endOfString(json, j));
                        }
                    }
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return "(none)";
    }

    private static int endOfString(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Runs one fixed-rate phase. */
    static final class Runner {
        private final Vertx vertx;
        private final HttpClient client;
        private final Context context;
        private final URI uri;
        private final String auth;
        private final Workload workload;
        private final Options o;
        private long sequence;
        /** With --grpc-port: the gateway's gRPC edge, one HTTP/2 connection on one Netty event loop; else null. */
        private final ManagedChannel channel;
        private final NioEventLoopGroup grpcLoop;
        private final ScreeningServiceGrpc.ScreeningServiceStub grpc;

        Runner(URI uri, String token, Workload workload, Options o) {
            this.uri = uri;
            this.auth = "Bearer " + token;
            this.workload = workload;
            this.o = o;
            if (o.grpcPort > 0) {
                grpcLoop = new NioEventLoopGroup(1);
                channel = NettyChannelBuilder.forAddress(uri.getHost(), o.grpcPort).usePlaintext().directExecutor()
                        .eventLoopGroup(grpcLoop).channelType(NioSocketChannel.class).build();
                grpc = ClientAuth.withToken(ScreeningServiceGrpc.newStub(channel), token);
            } else {
                grpcLoop = null;
                channel = null;
                grpc = null;
            }
            // One event loop does all the I/O: the generator shares the suite's cores, so it must cost little.
            this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
            int queue = Math.max(1000, Math.min(MAX_RATE, (int) Math.ceil(Math.max(o.rate, o.startRate) * 4)));
            this.client = vertx.createHttpClient(new HttpClientOptions()
                            .setSsl("https".equals(uri.getScheme()))
                            .setDefaultHost(uri.getHost())
                            .setDefaultPort(uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80)
                            .setKeepAlive(true)
                            .setConnectTimeout(5000),
                    new PoolOptions().setHttp1MaxSize(o.concurrency).setMaxWaitQueueSize(queue));
            this.context = vertx.getOrCreateContext();
        }

        Result run(double rate, int seconds) throws InterruptedException {
            long planned = (long) Math.floor(rate * seconds);
            if (planned > MAX_REQUESTS) {
                throw new IllegalArgumentException("more than " + MAX_REQUESTS + " requests in one phase");
            }
            Result res = new Result((int) planned, rate, seconds);
            long intervalNs = (long) (1e9 / rate);
            long start = System.nanoTime() + 20_000_000L;
            res.start = start;
            for (long i = 0; i < planned; i++) {
                long intended = start + i * intervalNs;
                long now;
                while ((now = System.nanoTime()) < intended) {
                    LockSupport.parkNanos(intended - now);
                }
                if (grpc != null) {
                    send(workload.grpcRequest(sequence++, o.service), intended, res);
                    continue;
                }
                Buffer body = Buffer.buffer(workload.body(sequence++, o.service));
                context.runOnContext(v -> send(body, intended, res));
            }
            res.lastIntended = start + (planned - 1) * intervalNs;
            // wait for the in-flight requests (bounded by the request timeout)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.timeoutS + 5);
            while (res.settled() < planned && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            res.freeze();
            res.end = System.nanoTime();
            // let stragglers finish (they are counted as late) so the next phase starts clean
            while (res.inFlight.sum() > 0 && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(o.timeoutS)) {
                Thread.sleep(5);
            }
            return res;
        }

        /** On the event loop: one request; its answer (or failure) is recorded when the body has arrived. */
        private void send(Buffer body, long intended, Result res) {
            // the service time counts from when a connection carries the request, not from the client's wait queue
            long[] sent = {System.nanoTime()};
            res.inFlight.increment();
            RequestOptions ro = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setURI(uri.getRawPath())
                    .setIdleTimeout(TimeUnit.SECONDS.toMillis(o.timeoutS))
                    .putHeader("Authorization", auth)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Accept", "application/json");
            client.request(ro)
                    .compose(req -> {
                        sent[0] = System.nanoTime();
                        return req.send(body);
                    })
                    .compose(resp -> resp.body().map(b -> {
                        int code = resp.statusCode();
                        return new String[]{Integer.toString(code), code == 200 || code == 201 ? topLevelVerdict(b.toString()) : null};
                    }))
                    .onComplete(ar -> {
                        res.inFlight.decrement();
                        long end = System.nanoTime();
                        if (o.traceSlowMs > 0 && end - sent[0] > o.traceSlowMs * 1_000_000L) {
                            // wall-clock time, to line up with GC logs and service logs
                            System.err.println("slow " + java.time.LocalTime.now() + " " + (end - sent[0]) / 1_000_000 + " ms");
                        }
                        if (ar.succeeded()) {
                            res.record(ar.result()[0], ar.result()[1], end - intended, end - sent[0], end);
                        } else if (ar.cause() instanceof ConnectionPoolTooBusyException) {
                            res.dropped.increment();
                        } else if (ar.cause() instanceof java.util.concurrent.TimeoutException) {
                            res.record("timeout", null, end - intended, end - sent[0], end);
                        } else {
                            res.record("io-error", null, end - intended, end - sent[0], end);
                        }
                    });
        }

        /** One gRPC call, sent from the dispatcher thread (the stub is asynchronous); recorded when it completes. */
        private void send(CreateScreeningRequest request, long intended, Result res) {
            long sent = System.nanoTime();
            res.inFlight.increment();
            grpc.withDeadlineAfter(o.timeoutS, TimeUnit.SECONDS).createScreening(request, new StreamObserver<>() {
                private String verdict;

                @Override
                public void onNext(CreateScreeningResponse r) {
                    verdict = r.getScreening().getVerdict().name().replace("VERDICT_", "");
                }

                @Override
                public void onError(Throwable t) {
                    res.inFlight.decrement();
                    long end = System.nanoTime();
                    res.record(Status.fromThrowable(t).getCode().name(), null, end - intended, end - sent, end);
                }

                @Override
                public void onCompleted() {
                    res.inFlight.decrement();
                    long end = System.nanoTime();
                    res.record("OK", verdict, end - intended, end - sent, end);
                }
            });
        }

        void close() {
            client.close();
            vertx.close();
            if (channel != null) {
                channel.shutdownNow();
                grpcLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        }
    }

    /** Counters and latencies of one phase (plain sorted arrays, no HdrHistogram). */
    static final class Result {
        final long[] latency;
        final long[] service;
        final LongAdder dropped = new LongAdder();
        final LongAdder inFlight = new LongAdder();
        final Map<String, Long> statuses = new TreeMap<>();
        final Map<String, Long> verdicts = new TreeMap<>();
        final double rate;
        final int seconds;
        final int planned;
        int n;
        long late;
        long lastEnd;
        long start;
        long lastIntended;
        long end;
        private boolean frozen;
        private boolean sorted;

        Result(int planned, double rate, int seconds) {
            this.planned = planned;
            this.latency = new long[planned];
            this.service = new long[planned];
            this.rate = rate;
            this.seconds = seconds;
        }

        synchronized void record(String status, String verdict, long lat, long svc, long endNs) {
            if (frozen) {
                late++;
                return;
            }
            latency[n] = lat;
            service[n] = svc;
            n++;
            statuses.merge(status, 1L, Long::sum);
            if (verdict != null) {
                verdicts.merge(verdict, 1L, Long::sum);
            }
            if (endNs > lastEnd) {
                lastEnd = endNs;
            }
        }

        synchronized long settled() {
            return n + dropped.sum();
        }

        /** Answers arriving after this are counted as late, not in the figures. */
        synchronized void freeze() {
            frozen = true;
        }

        synchronized long ok() {
            return statuses.getOrDefault("200", 0L) + statuses.getOrDefault("201", 0L) + statuses.getOrDefault("OK", 0L);
        }

        /** Completed answers per second from the first intended send to the last answer. */
        synchronized double achievedRate() {
            long completed = n;
            long span = Math.max(lastEnd, lastIntended) - start;
            return span <= 0 ? 0 : completed / (span / 1e9);
        }

        synchronized long pct(long[] a, double p) {
            sort();
            int c = n;
            if (c == 0) {
                return 0;
            }
            int idx = (int) Math.ceil(p * c) - 1;
            return a[Math.max(0, Math.min(c - 1, idx))];
        }

        private void sort() {
            if (!sorted) {
                Arrays.sort(latency, 0, n);
                Arrays.sort(service, 0, n);
                sorted = true;
            }
        }

        /** Why this step does not count as sustained, or null. */
        synchronized String failure(double p99LimitMs) {
            long c = n;
            if (dropped.sum() > 0) {
                return dropped.sum() + " requests dropped (client pool saturated)";
            }
            if (c < planned) {
                return (planned - c) + " requests unanswered";
            }
            if (c - ok() > c / 1000) {
                return (c - ok()) + " non-2xx/errors (> 0.1%)";
            }
            if (achievedRate() < 0.95 * rate) {
                return String.format(Locale.ROOT, "achieved %.1f req/s < 95%% of %.0f", achievedRate(), rate);
            }
            double p99 = pct(latency, 0.99) / 1e6;
            if (p99 > p99LimitMs) {
                return String.format(Locale.ROOT, "p99 %.2f ms > %.0f ms", p99, p99LimitMs);
            }
            return null;
        }

        synchronized void print(String title, double p99LimitMs, boolean verdictsToo) {
            int c = n;
            System.out.printf(Locale.ROOT, "%s: offered %.0f req/s, planned %d, completed %d, dropped %d, unanswered at the end %d;"
                    + " achieved %.1f req/s (%.1f s)%n",
                    title, rate, planned, c, dropped.sum(), planned - c - dropped.sum(), achievedRate(),
                    (Math.max(lastEnd, lastIntended) - start) / 1e9);
            System.out.printf(Locale.ROOT, "  status %s%s%n", statuses, late > 0 ? ", answered after the phase (not counted) " + late : "");
            System.out.printf(Locale.ROOT, "  latency from intended send (ms): p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    pct(latency, 0.50) / 1e6, pct(latency, 0.90) / 1e6, pct(latency, 0.99) / 1e6, pct(latency, 1.0) / 1e6);
            System.out.printf(Locale.ROOT, "  service time from actual send (ms): p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    pct(service, 0.50) / 1e6, pct(service, 0.90) / 1e6, pct(service, 0.99) / 1e6, pct(service, 1.0) / 1e6);
            if (verdictsToo || !verdicts.isEmpty()) {
                System.out.printf(Locale.ROOT, "  verdicts %s%n", verdicts);
            }
        }
    }

    static final class Options {
        String url = "http://127.0.0.1:8080";
        String token;
        String tokenFile;
        String negatives = "/work/shared/data/eval/negatives-us-50k.csv";
        String list;
        double listedShare = 0.05;
        double rate = 200;
        int duration = 20;
        int concurrency = 32;
        int warmup = 5;
        int timeoutS = 10;
        String service = "AI_TRAINING_COMPUTE";
        long seed = 20261127L;
        boolean step;
        boolean commands;
        double startRate = 100;
        double stepFactor = 1.5;
        int stepDuration = 10;
        int stepRetries;
        double p99LimitMs = 20;
        long traceSlowMs;
        int grpcPort;

        static Options parse(String[] a) {
            Options o = new Options();
            if (a.length == 0) {
                usage();
            }
            for (int i = 0; i < a.length; i++) {
                String k = a[i];
                if (k.equals("--step")) {
                    o.step = true;
                    continue;
                }
                if (k.equals("--commands")) {
                    o.commands = true;
                    continue;
                }
                if (i + 1 >= a.length) {
                    usage();
                }
                String v = a[++i];
                switch (k) {
                    case "--url" -> o.url = v;
                    case "--token" -> o.token = v;
                    case "--token-file" -> o.tokenFile = v;
                    case "--negatives" -> o.negatives = v;
                    case "--list" -> o.list = v;
                    case "--listed-share" -> o.listedShare = Double.parseDouble(v);
                    case "--rate" -> o.rate = Double.parseDouble(v);
                    case "--duration" -> o.duration = Integer.parseInt(v);
                    case "--concurrency" -> o.concurrency = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--timeout" -> o.timeoutS = Integer.parseInt(v);
                    case "--service" -> o.service = v;
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--start-rate" -> o.startRate = Double.parseDouble(v);
                    case "--step-factor" -> o.stepFactor = Double.parseDouble(v);
                    case "--step-duration" -> o.stepDuration = Integer.parseInt(v);
                    case "--step-retries" -> o.stepRetries = Integer.parseInt(v);
                    case "--p99-limit-ms" -> o.p99LimitMs = Double.parseDouble(v);
                    case "--trace-slow-ms" -> o.traceSlowMs = Long.parseLong(v);
                    case "--grpc-port" -> o.grpcPort = Integer.parseInt(v);
                    default -> usage();
                }
            }
            if (o.token == null && o.tokenFile == null) {
                fail("--token or --token-file is required");
            }
            if (!(o.rate > 0 && o.rate <= MAX_RATE) || !(o.startRate > 0 && o.startRate <= MAX_RATE)) {
                fail("rates must be in (0, " + MAX_RATE + "]");
            }
            if (o.duration < 1 || o.duration > MAX_DURATION_S || o.stepDuration < 1 || o.stepDuration > MAX_DURATION_S
                    || o.warmup < 0 || o.warmup > MAX_DURATION_S) {
                fail("durations must be in [1, " + MAX_DURATION_S + "] s");
            }
            if (o.stepRetries < 0 || o.stepRetries > 3) {
                fail("--step-retries must be in [0, 3]");
            }
            if (o.concurrency < 1 || o.concurrency > MAX_CONCURRENCY) {
                fail("concurrency must be in [1, " + MAX_CONCURRENCY + "]");
            }
            if (o.listedShare < 0 || o.listedShare > 1) {
                fail("--listed-share must be in [0, 1]");
            }
            if (o.grpcPort < 0 || o.grpcPort > 65535) {
                throw new IllegalArgumentException("--grpc-port must be a port number");
            }
            if (o.stepFactor <= 1) {
                fail("--step-factor must be > 1");
            }
            if (o.timeoutS < 1 || o.timeoutS > 60) {
                fail("--timeout must be in [1, 60] s");
            }
            return o;
        }

        private static void fail(String m) {
            System.err.println(m);
            System.exit(2);
        }

        private static void usage() {
            System.err.println("""
                    usage: ScreeningLoad --url http://127.0.0.1:PORT (--token T | --token-file F)
                             [--negatives negatives.csv] [--list csl.csv] [--listed-share 0.05]
                             [--rate R] [--duration S] [--concurrency N] [--warmup S] [--timeout S]
                             [--service AI_TRAINING_COMPUTE] [--seed N] [--trace-slow-ms MS]
                             [--step [--start-rate R] [--step-factor F] [--step-duration S] [--p99-limit-ms MS]
                                     [--step-retries N]]
                             [--commands] [--grpc-port P]
                    --grpc-port: the same screenings through the gateway's gRPC edge (ScreeningService.CreateScreening)
                    on the URL's host at port P, one HTTP/2 connection, instead of POST /v1/screenings.
                    --commands: one phase per line of standard input, each line the options that phase adds (e.g.
                    "--rate 1000 --duration 30 --concurrency 256"), each report followed by a line "== end of phase".
                    Loopback hosts only; at most 20,000 req/s, 600 s per phase, 512 connections.
                    --trace-slow-ms prints each answer slower than MS (service time) on stderr with the wall-clock time.""");
            System.exit(2);
        }
    }
}
