package chokepoint.gateway.adapter.rest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The count of a chunked file import (the request itself is in SourcesIT, end to end). */
class UploadLimitTest {

    @Test
    void anUploadOfExactlyTheLimitIsReadWhole() throws Exception {
        try (InputStream in = UploadLimit.limited(new ByteArrayInputStream(new byte[1000]), 1000)) {
            assertThat(in.readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void oneByteOverTheLimitIsA413ProblemWithTheLimit() {
        InputStream in = UploadLimit.limited(new ByteArrayInputStream(new byte[1001]), 1000);
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(413);
            assertThat(p.reason()).isEqualTo("UPLOAD_TOO_LARGE");
            assertThat(p.body()).containsEntry("limitBytes", 1000L);
            assertThat(p.toResponse().getHeaderString("Connection")).isEqualTo("close");
        });
    }

    @Test
    void singleByteReadsAreCountedToo() throws Exception {
        InputStream in = UploadLimit.limited(new ByteArrayInputStream(new byte[3]), 2);
        assertThat(in.read()).isZero();
        assertThat(in.read()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(Problem.class);
    }

    @Test
    void noLimitConfiguredLeavesTheStreamAsItIs() {
        InputStream in = new ByteArrayInputStream(new byte[1]);
        assertThat(UploadLimit.limited(in, -1)).isSameAs(in);
    }

    @Test
    void onlyAnImportIsCountedByTheImportOrItsFormParser() {
        assertThat(UploadLimit.isImport("POST", "/v1/imports")).isTrue();
        assertThat(UploadLimit.isImport("POST", "/v1/screenings")).isFalse();
        assertThat(UploadLimit.isImport("PUT", "/v1/imports")).isFalse();
    }
}
