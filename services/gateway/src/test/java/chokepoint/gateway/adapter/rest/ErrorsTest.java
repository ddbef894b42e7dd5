package chokepoint.gateway.adapter.rest;

import chokepoint.gateway.adapter.client.DownstreamRejected;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorsTest {

    @Test
    void aDownstreamFieldIsNamedAsTheRestClientSentIt() {
        assertThat(Errors.jsonPath("as_of")).isEqualTo("asOf");
        assertThat(Errors.jsonPath("party.effective_from")).isEqualTo("party.effectiveFrom");
        assertThat(Errors.jsonPath("customer.owners[1].percent")).isEqualTo("customer.owners[1].percent");
        assertThat(Errors.jsonPath("service.eccn")).isEqualTo("service.eccn");
        assertThat(Errors.jsonPath(null)).isNull();
    }

    @Test
    void aConcurrentPaipRequestThatLostIsAConflictWithItsReason() {
        DownstreamRejected lost = new DownstreamRejected(Status.Code.ABORTED, Map.of("reason", "CONCURRENT_REQUEST",
                "message", "a concurrent request with the same request id or package won; retry to read its result"));

        Problem p = PaipResource.problem(lost);

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.reason()).isEqualTo("CONCURRENT_REQUEST");
        assertThat(new Errors().rejected(lost).getStatus()).isEqualTo(409);
    }

    @Test
    void refusalsKeepTheirHttpMeaningWhicheverMapperAnswers() {
        assertThat(Errors.status(Status.Code.INVALID_ARGUMENT)).isEqualTo(400);
        assertThat(Errors.status(Status.Code.OUT_OF_RANGE)).isEqualTo(400);
        assertThat(Errors.status(Status.Code.UNAUTHENTICATED)).isEqualTo(401);
        assertThat(Errors.status(Status.Code.PERMISSION_DENIED)).isEqualTo(403);
        assertThat(Errors.status(Status.Code.NOT_FOUND)).isEqualTo(404);
        assertThat(Errors.status(Status.Code.ALREADY_EXISTS)).isEqualTo(409);
        assertThat(Errors.status(Status.Code.FAILED_PRECONDITION)).isEqualTo(422);
    }
}
