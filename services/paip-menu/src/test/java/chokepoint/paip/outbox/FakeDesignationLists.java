package chokepoint.paip.outbox;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationResponse;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.api.designations.v1.RemoveDesignationResponse;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small designation-lists peer served over real gRPC in the test: it records every call and, like
 * designation-lists, answers a repeated request id with the first result and writes nothing. It can be told to
 * fail a given request once with UNAVAILABLE (an outage) or INVALID_ARGUMENT (a refusal).
 */
final class FakeDesignationLists extends DesignationServiceGrpc.DesignationServiceImplBase implements ServerInterceptor {

    final List<CreateDesignationRequest> creates = new CopyOnWriteArrayList<>();
    final List<RemoveDesignationRequest> removes = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** request id -> designation created (the idempotency record). */
    final Map<String, Designation> created = new ConcurrentHashMap<>();
    final Map<String, Designation> removed = new ConcurrentHashMap<>();
    /** Request ids to fail once with UNAVAILABLE (an outage) / INVALID_ARGUMENT (a refusal). */
    final Set<String> unavailableOnce = ConcurrentHashMap.newKeySet();
    final Set<String> refuseOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        authorizations.add(String.valueOf(headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER))));
        return next.startCall(call, headers);
    }

    @Override
    public void createDesignation(CreateDesignationRequest req, StreamObserver<CreateDesignationResponse> out) {
        creates.add(req);
        if (failed(req.getRequestId(), out)) {
            return;
        }
        Designation first = created.get(req.getRequestId());
        boolean replayed = first != null;
        if (!replayed) {
            first = req.getDesignation().toBuilder().setId("dsg_fake_" + ids.incrementAndGet()).build();
            created.put(req.getRequestId(), first);
        }
        out.onNext(CreateDesignationResponse.newBuilder().setDesignation(first).setReplayed(replayed).build());
        out.onCompleted();
    }

    @Override
    public void removeDesignation(RemoveDesignationRequest req, StreamObserver<RemoveDesignationResponse> out) {
        removes.add(req);
        if (failed(req.getRequestId(), out)) {
            return;
        }
        Designation first = removed.get(req.getRequestId());
        boolean replayed = first != null;
        if (!replayed) {
            Designation d = created.values().stream().filter(x -> x.getId().equals(req.getId())).findFirst().orElse(null);
            if (d == null) {
                out.onError(Status.NOT_FOUND.withDescription("no designation " + req.getId()).asRuntimeException());
                return;
            }
            first = d.toBuilder().setRemovedOn(req.getEffectiveOn()).setRemovalReason(req.getReason()).build();
            removed.put(req.getRequestId(), first);
        }
        out.onNext(RemoveDesignationResponse.newBuilder().setDesignation(first).setReplayed(replayed).build());
        out.onCompleted();
    }

    private boolean failed(String requestId, StreamObserver<?> out) {
        if (unavailableOnce.remove(requestId)) {
            out.onError(Status.UNAVAILABLE.withDescription("designation-lists is restarting").asRuntimeException());
            return true;
        }
        if (refuseOnce.remove(requestId)) {
            out.onError(Status.INVALID_ARGUMENT.withDescription("party.name is required").asRuntimeException());
            return true;
        }
        return false;
    }

    List<CreateDesignationRequest> createsFor(String packageId) {
        return creates.stream().filter(c -> c.getRequestId().startsWith("paip:" + packageId + ":")).toList();
    }

    List<RemoveDesignationRequest> removesFor(String packageId) {
        return removes.stream().filter(c -> c.getRequestId().startsWith("paip:" + packageId + ":")).toList();
    }

    long designationsCreatedFor(String packageId) {
        return created.keySet().stream().filter(k -> k.startsWith("paip:" + packageId + ":")).count();
    }
}
