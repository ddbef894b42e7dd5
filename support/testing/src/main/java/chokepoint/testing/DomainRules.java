package chokepoint.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every service shares (docs/style.md): the legal rules in
 * {@code <service>.domain} stay plain Java, free of framework code and of the service's own
 * adapters and use cases. One place, so the services cannot drift apart.
 */
public final class DomainRules {

    private final String base;
    private final JavaClasses classes;

    private DomainRules(String base) {
        this.base = base;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(base);
    }

    /** The rules for the service whose root package is {@code base}, e.g. "chokepoint.gateway". */
    public static DomainRules of(String base) {
        return new DomainRules(base);
    }

    /** A rule over a pattern that matches nothing checks nothing: the domain package must hold classes. */
    public void domainPatternMatchesRealClasses() {
        if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(base + ".domain"))) {
            throw new AssertionError("no classes in " + base + ".domain: the rules below would check nothing");
        }
    }

    public void domainImportsNoFramework() {
        noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.grpc..", "org.hibernate..",
                        "com.google.protobuf..", "chokepoint.api..", "io.smallrye..", "io.vertx..")
                .check(classes);
    }

    public void domainDoesNotReachIntoAdaptersOrUseCases() {
        noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".adapter..", base + ".application..")
                .check(classes);
    }
}
