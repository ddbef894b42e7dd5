package chokepoint.gateway.adapter;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Where a screening's answer is written: a screening's future completes on a gRPC transport thread or on the
 * audit writer, but its answer belongs to the event loop of the call that started it (REST and gRPC alike).
 */
public final class EventLoop {

    private EventLoop() {
    }

    /** Runs {@code answer} with the outcome of {@code f} on the event loop of the current call (inline when none). */
    public static <T> void whenComplete(CompletableFuture<T> f, BiConsumer<T, Throwable> answer) {
        Context context = Vertx.currentContext();
        f.whenComplete((value, failure) -> {
            if (context == null) {
                answer.accept(value, failure);
            } else {
                context.runOnContext(ignored -> answer.accept(value, failure));
            }
        });
    }
}
