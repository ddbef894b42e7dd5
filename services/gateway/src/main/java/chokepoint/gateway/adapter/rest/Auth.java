package chokepoint.gateway.adapter.rest;

import chokepoint.gateway.application.ScreeningUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated REST caller, as the use cases need it. */
@RequestScoped
public class Auth {

    /** Roles that read every tenant's screenings (they adjudicate and audit). */
    static final java.util.Set<String> ALL_TENANT_ROLES = java.util.Set.of("analyst", "admin");

    @Inject
    JsonWebToken jwt;

    public ScreeningUseCase.Caller caller() {
        String tenant = chokepoint.platform.TokenClaims.tenant(jwt); // read once per token: see TokenClaims
        boolean all = jwt.getGroups().stream().anyMatch(ALL_TENANT_ROLES::contains);
        if (tenant == null || tenant.isBlank()) {
            if (jwt.getGroups().contains("provider")) {
                throw new Problem(403, "TENANT_REQUIRED", "a provider token must name its tenant", null);
            }
            tenant = "_" + jwt.getGroups().stream().sorted().findFirst().orElse("unknown");
        }
        return new ScreeningUseCase.Caller(jwt.getSubject(), tenant, jwt.getRawToken(), all);
    }

    public String token() {
        return jwt.getRawToken();
    }
}
