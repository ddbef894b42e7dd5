package chokepoint.prohibition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ECCN format, 15 CFR 738.2(d). */
class EccnValidatorTest {
    @ParameterizedTest
    @ValueSource(strings = {"3A090", "3A090.a", "4A003.b.1", "5D002.c.1", "0A501.y.1", "3a090.A", "EAR99", "ear99"})
    void wellFormedEccnsAreAccepted(String eccn) {
        assertThat(EccnValidator.validate(ServiceType.EAR_ITEM_EXPORT, eccn, "service.eccn")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3F090", "3A09", "A3090", "3A090-a", "33A090", "3A0900", "EAR98", "3A090."})
    void malformedEccnsAreRejectedWithAClearCode(String eccn) {
        assertThat(EccnValidator.validate(ServiceType.EAR_ITEM_EXPORT, eccn, "service.eccn")).get()
                .satisfies(i -> assertThat(i.code()).isEqualTo(ValidationCode.ECCN_INVALID_FORMAT))
                .satisfies(i -> assertThat(i.field()).isEqualTo("service.eccn"));
    }

    @Test
    void exportWithoutEccnIsRejected() {
        assertThat(EccnValidator.validate(ServiceType.EAR_ITEM_EXPORT, " ", "service.eccn")).get()
                .extracting(InvalidRequest::code).isEqualTo(ValidationCode.ECCN_REQUIRED);
    }

    @Test
    void otherServicesNeedNoEccn() {
        assertThat(EccnValidator.validate(ServiceType.STORAGE, "", "service.eccn")).isEmpty();
    }

    @Test
    void normalizesCase() {
        assertThat(EccnValidator.normalize(" 3a090.A.1 ")).isEqualTo("3A090.a.1");
        assertThat(EccnValidator.normalize("ear99")).isEqualTo("EAR99");
    }
}
