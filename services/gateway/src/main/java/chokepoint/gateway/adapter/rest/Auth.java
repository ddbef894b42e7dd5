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

    /**
     * Callers by raw token. The token was verified for this request before it got here; what it says about its
     * caller cannot change, so it is read once per token. (SmallRye's {@code getClaim} of a custom claim such as
     * "tenant" builds and throws an exception on every call: 3 % of the gateway's CPU per screening.) Bounded: cleared
     * when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, ScreeningUseCase.Caller> CALLERS =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int MAX_CALLERS = 10_000;

    public ScreeningUseCase.Caller caller() {
        String raw = jwt.getRawToken();
        ScreeningUseCase.Caller known = raw == null ? null : CALLERS.get(raw);
        if (known != null) {
            return known;
        }
        ScreeningUseCase.Caller c = read();
        if (raw != null) {
            if (CALLERS.size() >= MAX_CALLERS) {
                CALLERS.clear();
            }
            CALLERS.put(raw, c);
        }
        return c;
    }

    private ScreeningUseCase.Caller read() {
        Object t = jwt.getClaim("tenant");
        String tenant = t == null ? null : t.toString().replace("\"", "");
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
