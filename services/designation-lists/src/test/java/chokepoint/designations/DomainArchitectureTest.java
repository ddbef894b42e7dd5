package chokepoint.designations;

import chokepoint.testing.DomainRules;
import org.junit.jupiter.api.Test;

/** The legal rules stay plain Java: no framework in the domain package (docs/style.md). */
class DomainArchitectureTest {

    final DomainRules rules = DomainRules.of("chokepoint.designations");

    @Test
    void theDomainPatternMatchesRealClasses() {
        rules.domainPatternMatchesRealClasses();
    }

    @Test
    void domainImportsNoFramework() {
        rules.domainImportsNoFramework();
    }

    @Test
    void domainDoesNotReachIntoAdaptersOrUseCases() {
        rules.domainDoesNotReachIntoAdaptersOrUseCases();
    }
}
