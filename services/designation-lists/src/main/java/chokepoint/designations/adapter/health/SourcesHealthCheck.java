package chokepoint.designations.adapter.health;

import chokepoint.designations.adapter.persistence.ListSourceEntity;
import chokepoint.designations.application.SourceRefresher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports every list source in /q/health/ready: its last outcome, reason and failures in a
 * row. Always UP: a failing government download must not take the service out of rotation
 * (the lists it holds stay valid, and a list that grows too old already makes screenings fail
 * closed through chokepoint.lists.max-age); the data is there for operators and alerts.
 */
@Readiness
@ApplicationScoped
public class SourcesHealthCheck implements HealthCheck {

    @Inject
    SourceRefresher refresher;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("list-sources").up();
        int failing = 0;
        int refused = 0;
        try {
            for (SourceRefresher.Status s : refresher.statuses()) {
                String name = s.config().name();
                if (!s.config().valid()) {
                    b.withData(name, "MISCONFIGURED: " + String.join("; ", s.config().problems()));
                    failing++;
                    continue;
                }
                if (!s.enabled()) {
                    b.withData(name, "OFF");
                    continue;
                }
                ListSourceEntity st = s.state().orElse(null);
                if (st == null || st.lastOutcome == null) {
                    b.withData(name, "NOT_YET_FETCHED");
                    continue;
                }
                StringBuilder v = new StringBuilder(st.lastOutcome);
                if (st.lastReason != null) {
                    v.append(' ').append(st.lastReason);
                }
                if (st.consecutiveFailures > 0) {
                    v.append(", ").append(st.consecutiveFailures).append(" failure(s) in a row");
                    failing++;
                }
                if (st.refusedChecksum != null) {
                    v.append(", a refused file awaits confirmation");
                    refused++;
                }
                v.append(", last success ").append(st.lastSuccessAt == null ? "never" : st.lastSuccessAt.toString());
                b.withData(name, v.toString());
            }
        } catch (RuntimeException e) {
            b.withData("error", "source state unreadable: " + e.getClass().getSimpleName());
        }
        return b.withData("failing", failing).withData("awaitingConfirmation", refused).build();
    }
}
