package chokepoint.paip.adapter.grpc;

import chokepoint.api.paip.v1.GetMenuRequest;
import chokepoint.api.paip.v1.GetMenuResponse;
import chokepoint.api.paip.v1.Measure;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.platform.ClientAuth;
import chokepoint.testing.PostgresResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** paip-menu over real gRPC with its schema migrated in PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PaipApiTest {

    @GrpcClient("self")
    PaipServiceGrpc.PaipServiceBlockingStub paip;

    @Test
    void theMenuHasTheTwelveStatutoryMeasuresWithCitations() {
        GetMenuResponse menu = ClientAuth.withToken(paip, PostgresResource.token("agency-state", null))
                .getMenu(GetMenuRequest.getDefaultInstance());
        // 50 U.S.C. 1709(b)(1)(A)-(L); F is offered as F(i) and F(ii), each counting as one sanction
        assertThat(menu.getMeasuresList()).extracting(Measure::getLetter)
                .containsExactly("A", "B", "C", "D", "E", "F(i)", "F(ii)", "G", "H", "I", "J", "K", "L");
        assertThat(menu.getMeasuresList()).allSatisfy(m -> assertThat(m.getCitation()).startsWith("50 U.S.C. 1709(b)(1)("));
        assertThat(menu.getMeasuresList().stream().filter(Measure::getFinancialInstitutionsOnly).map(Measure::getLetter))
                .containsExactly("F(i)", "F(ii)");
        assertThat(menu.getSunset()).isEqualTo("2030-01-05");
    }

    @Test
    void theMenuNeedsAToken() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> paip.getMenu(GetMenuRequest.getDefaultInstance()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
}
