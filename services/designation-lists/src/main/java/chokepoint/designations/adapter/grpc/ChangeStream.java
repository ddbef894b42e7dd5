package chokepoint.designations.adapter.grpc;

import chokepoint.api.designations.v1.WatchChangesResponse;
import chokepoint.platform.GrpcErrors;
import io.grpc.stub.ServerCallStreamObserver;
import io.vertx.core.Context;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * One WatchChanges stream, without a thread of its own.
 *
 * <p>A watcher may stay connected for days. Holding a worker thread for each (as a loop of reads and sleeps did)
 * let a few hundred watchers take every worker of the service, and with them the screenings and imports that need
 * one. Here the stream lives on its Vert.x context: a batch of changes is read on a worker (a short query), sent as
 * fast as the watcher takes it, and when the watcher is caught up the next read waits until the log's head (read
 * once for every stream, {@link ChangeLogHead}) is past the last change sent, checked on a timer.
 *
 * <p>Flow control: messages are sent only while gRPC says the call is ready, and the next batch is read only when
 * this one is sent, so a slow watcher far behind (from sequence 0 after a full list import) holds at most one batch
 * in memory here, not the whole log.
 *
 * <p>Every field is touched on the stream's context only.
 */
final class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);

    /** How often a caught-up watcher's stream looks at the log's head (in memory). */
    static final long POLL_MS = 100;

    private final ServerCallStreamObserver<WatchChangesResponse> call;
    private final Context context;
    private final LongFunction<List<WatchChangesResponse>> readAfter;
    private final LongSupplier head;
    private final ArrayDeque<WatchChangesResponse> toSend = new ArrayDeque<>();
    private long last;
    private boolean reading;
    private boolean ended;
    /** The last read found nothing new: read again only once the head moved past {@link #last}. */
    private boolean caughtUp;
    private long timer = -1;

    /**
     * @param readAfter the changes after a sequence, oldest first, a bounded batch; blocking (run on a worker)
     * @param head      the newest committed sequence as last read, {@link ChangeLogHead#UNKNOWN} when not known
     */
    ChangeStream(ServerCallStreamObserver<WatchChangesResponse> call, Context context, long fromSequence,
                 LongFunction<List<WatchChangesResponse>> readAfter, LongSupplier head) {
        this.call = call;
        this.context = context;
        this.last = fromSequence;
        this.readAfter = readAfter;
        this.head = head;
    }

    void start() {
        call.setOnReadyHandler(() -> context.runOnContext(v -> pump()));
        call.setOnCancelHandler(() -> context.runOnContext(v -> end()));
        context.runOnContext(v -> pump());
    }

    /** Sends what the watcher can take; reads the next batch when everything read is sent. */
    private void pump() {
        if (ended) {
            return;
        }
        if (call.isCancelled()) {
            end();
            return;
        }
        while (!toSend.isEmpty() && call.isReady()) {
            call.onNext(toSend.poll());
        }
        if (!toSend.isEmpty() || reading || timer >= 0) {
            return; // the watcher's onReady, the read or the timer comes back here
        }
        if (caughtUp && head.getAsLong() <= last) {
            waitForHead(); // nothing committed since the last read
            return;
        }
        reading = true;
        long after = last;
        context.<List<WatchChangesResponse>>executeBlocking(() -> readAfter.apply(after), false).onComplete(ar -> {
            reading = false;
            if (ended) {
                return;
            }
            if (ar.failed()) {
                ended = true;
                LOG.error("watch stream failed", ar.cause());
                call.onError(GrpcErrors.internal());
                return;
            }
            List<WatchChangesResponse> batch = ar.result();
            caughtUp = batch.isEmpty();
            if (caughtUp) {
                waitForHead();
                return;
            }
            toSend.addAll(batch);
            last = batch.get(batch.size() - 1).getSequence();
            pump();
        });
    }

    private void waitForHead() {
        timer = context.owner().setTimer(POLL_MS, id -> {
            timer = -1;
            pump();
        });
    }

    private void end() {
        ended = true;
        toSend.clear();
        if (timer >= 0) {
            context.owner().cancelTimer(timer);
            timer = -1;
        }
    }
}
