package chokepoint.designations.adapter.grpc;

import chokepoint.api.designations.v1.WatchChangesResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream's flow control and end, on a real Vert.x context, with an in-memory call standing for gRPC's
 * (WatchChangesTest runs the real service end to end).
 */
class ChangeStreamTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** A log of {@code size} changes (it can grow), read in batches of at most 500, counting the reads; its head. */
    static final class Log implements LongFunction<List<WatchChangesResponse>> {
        volatile long size;
        final AtomicInteger reads = new AtomicInteger();
        volatile RuntimeException failure;

        Log(long size) {
            this.size = size;
        }

        long head() {
            return size;
        }

        @Override
        public List<WatchChangesResponse> apply(long after) {
            reads.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            List<WatchChangesResponse> out = new ArrayList<>();
            for (long s = after + 1; s <= size && out.size() < 500; s++) {
                out.add(WatchChangesResponse.newBuilder().setSequence(s).build());
            }
            return out;
        }
    }

    /** The watcher's side of a call: ready or not, cancelled or not, what it got. */
    static final class Call extends ServerCallStreamObserver<WatchChangesResponse> {
        volatile boolean ready = true;
        volatile boolean cancelled;
        volatile Runnable onReady;
        volatile Runnable onCancel;
        final List<Long> got = Collections.synchronizedList(new ArrayList<>());
        volatile Throwable error;

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void setOnCancelHandler(Runnable r) {
            onCancel = r;
        }

        @Override
        public void setCompression(String c) {
        }

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public void setOnReadyHandler(Runnable r) {
            onReady = r;
        }

        @Override
        public void disableAutoInboundFlowControl() {
        }

        @Override
        public void request(int n) {
        }

        @Override
        public void setMessageCompression(boolean enable) {
        }

        @Override
        public void onNext(WatchChangesResponse r) {
            if (!ready) {
                throw new AssertionError("sent while the call was not ready");
            }
            got.add(r.getSequence());
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onCompleted() {
        }
    }

    private ChangeStream start(Call call, Log log, long from) {
        Context context = vertx.getOrCreateContext();
        ChangeStream s = new ChangeStream(call, context, from, log, log::head);
        context.runOnContext(v -> s.start());
        return s;
    }

    private static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 20 s: " + what).isLessThan(end);
            Thread.sleep(10);
        }
    }

    @Test
    void everyChangeAfterTheSequenceArrivesInOrderThenTheCaughtUpWatcherIsReadForOnlyWhenTheHeadMoves() throws Exception {
        Call call = new Call();
        Log log = new Log(1_200);
        start(call, log, 100);

        until("the 1,100 changes after 100", () -> call.got.size() == 1_100);
        assertThat(call.got.get(0)).isEqualTo(101);
        assertThat(call.got.get(1_099)).isEqualTo(1_200);
        assertThat(call.got).isSorted();
        Thread.sleep(ChangeStream.POLL_MS); // the read that found nothing new
        int readsWhenCaughtUp = log.reads.get();
        Thread.sleep(5 * ChangeStream.POLL_MS);
        assertThat(log.reads.get()).as("no query while nothing was appended").isEqualTo(readsWhenCaughtUp);

        log.size = 1_203; // three changes committed: the head moves
        until("the three new changes", () -> call.got.size() == 1_103);
        assertThat(call.got.subList(1_100, 1_103)).containsExactly(1_201L, 1_202L, 1_203L);
        assertThat(call.error).isNull();
    }

    @Test
    void withTheHeadUnknownACaughtUpWatcherReadsTheLogItself() throws Exception {
        Call call = new Call();
        Log log = new Log(5);
        Context context = vertx.getOrCreateContext();
        ChangeStream s = new ChangeStream(call, context, 0, log, () -> ChangeLogHead.UNKNOWN);
        context.runOnContext(v -> s.start());
        until("the 5 changes", () -> call.got.size() == 5);
        int reads = log.reads.get();
        until("the log read again", () -> log.reads.get() > reads + 1);
        log.size = 6;
        until("the new change", () -> call.got.size() == 6);
    }

    @Test
    void aWatcherThatTakesNothingHoldsOneBatchAndIsNotReadForAgainUntilReady() throws Exception {
        Call call = new Call();
        call.ready = false;
        Log log = new Log(1_200);
        start(call, log, 0);

        until("the first batch read", () -> log.reads.get() == 1);
        Thread.sleep(3 * ChangeStream.POLL_MS);
        assertThat(log.reads.get()).as("reads while the first batch waits to be sent").isEqualTo(1);
        assertThat(call.got).isEmpty();

        call.ready = true;
        call.onReady.run(); // gRPC's onReady, from its own thread
        until("all 1,200 changes", () -> call.got.size() == 1_200);
        assertThat(call.got).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aCancelledWatcherIsNotReadForAnyMore() throws Exception {
        Call call = new Call();
        Log log = new Log(10);
        start(call, log, 0);
        until("the 10 changes", () -> call.got.size() == 10);

        call.cancelled = true;
        call.onCancel.run();
        Thread.sleep(ChangeStream.POLL_MS); // a timer or read already under way may still finish
        int reads = log.reads.get();
        Thread.sleep(4 * ChangeStream.POLL_MS);
        assertThat(log.reads.get()).as("reads after the cancel").isEqualTo(reads);
    }

    @Test
    void aFailedReadEndsTheStreamWithInternalAndNoDetail() throws Exception {
        Call call = new Call();
        Log log = new Log(0);
        log.failure = new IllegalStateException("connection refused: secret-db-host:5432");
        start(call, log, 0);

        until("the error", () -> call.error != null);
        assertThat(call.error).isInstanceOf(StatusRuntimeException.class);
        assertThat(((StatusRuntimeException) call.error).getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(call.error.getMessage()).doesNotContain("secret-db-host");
        int reads = log.reads.get();
        Thread.sleep(3 * ChangeStream.POLL_MS);
        assertThat(log.reads.get()).as("reads after the stream ended").isEqualTo(reads);
    }
}
