package chokepoint.gateway.adapter.rest;

import org.junit.jupiter.api.Test;

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
}
