package chokepoint.paip;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The legal rules stay plain Java: no framework in the domain package (docs/style.md). */
class DomainArchitectureTest {

    static final String DOMAIN = "chokepoint.paip.domain..";

    final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("chokepoint.paip");

    @Test
    void theDomainPatternMatchesRealClasses() {
        // a rule over a pattern that matches nothing checks nothing
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("chokepoint.paip.domain"))).isNotEmpty();
    }

    @Test
    void domainImportsNoFramework() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.grpc..", "org.hibernate..",
                        "com.google.protobuf..", "chokepoint.api..", "io.smallrye..", "io.vertx..")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoAdaptersOrUseCases() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("chokepoint.paip.adapter..", "chokepoint.paip.application..")
                .check(classes);
    }
}
