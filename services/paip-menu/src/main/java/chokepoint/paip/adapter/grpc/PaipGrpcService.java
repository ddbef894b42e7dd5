package chokepoint.paip.adapter.grpc;

import chokepoint.api.paip.v1.GetMenuRequest;
import chokepoint.api.paip.v1.GetMenuResponse;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.platform.AuthInterceptor;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;

/** gRPC edge of paip-menu. */
@GrpcService
@Blocking
public class PaipGrpcService extends PaipServiceGrpc.PaipServiceImplBase {

    static final String[] READERS = {"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service"};

    @Override
    public void getMenu(GetMenuRequest req, StreamObserver<GetMenuResponse> out) {
        try {
            AuthInterceptor.requireRole(READERS);
            out.onNext(PaipProtoMapper.menuResponse());
            out.onCompleted();
        } catch (RuntimeException e) {
            out.onError(e instanceof io.grpc.StatusRuntimeException ? e : chokepoint.platform.GrpcErrors.internal());
        }
    }
}
