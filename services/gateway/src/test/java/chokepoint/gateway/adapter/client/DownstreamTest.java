package chokepoint.gateway.adapter.client;

import chokepoint.platform.GrpcErrors;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DownstreamTest {

    @Test
    void aConcurrentRequestThatLostIsTheServicesAnswerNotAnOutage() {
        // paip-menu's answer when another request with the same request id or package committed first (PaipGrpcService)
        RuntimeException sorted = Downstream.sorted("paip-menu", GrpcErrors.error(com.google.rpc.Code.ABORTED, "CONCURRENT_REQUEST",
                "a concurrent request with the same request id or package won; retry to read its result", Map.of()));

        assertThat(sorted).isInstanceOf(DownstreamRejected.class);
        DownstreamRejected rejected = (DownstreamRejected) sorted;
        assertThat(rejected.code()).isEqualTo(Status.Code.ABORTED);
        assertThat(rejected.info()).containsEntry("reason", "CONCURRENT_REQUEST");
        assertThat(rejected.getMessage()).contains("retry to read its result");
    }

    @Test
    void aServiceThatCouldNotAnswerFailsClosed() {
        RuntimeException unavailable = Downstream.sorted("designation-lists", Status.UNAVAILABLE.withDescription("io exception")
                .asRuntimeException());
        RuntimeException late = Downstream.sorted("cloud-prohibition", Status.DEADLINE_EXCEEDED.asRuntimeException());

        assertThat(unavailable).isInstanceOf(DownstreamUnavailable.class);
        assertThat(((DownstreamUnavailable) unavailable).service()).isEqualTo("designation-lists");
        assertThat(unavailable.getMessage()).contains("is unavailable (UNAVAILABLE)");
        assertThat(late).isInstanceOf(DownstreamUnavailable.class);
        assertThat(late.getMessage()).contains("did not answer within the deadline");
    }
}
