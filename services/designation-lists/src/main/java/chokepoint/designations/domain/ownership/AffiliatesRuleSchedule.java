package chokepoint.designations.domain.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When the BIS Affiliates Rule (Supp. 8 to 15 CFR part 744) applies, as DATA. A date in no
 * window, or in a window with {@code inForce == false}, means the rule does not apply.
 */
public record AffiliatesRuleSchedule(List<RuleWindow> windows) {
    public AffiliatesRuleSchedule {
        windows = List.copyOf(windows);
    }

    /**
     * Default schedule:
     * <ul>
     * <li>2025-09-29 .. 2025-11-09: in force, interim final rule "Expansion of End-User Controls To
     * Cover Affiliates of Certain Listed Entities", 90 FR 47201 (Sept. 30, 2025), effective Sept. 29, 2025;</li>
     * <li>2025-11-10 .. 2026-11-09: suspended for one year, 90 FR 50857 (Nov. 2025);</li>
     * <li>from 2026-11-10: in force again when the suspension of 90 FR 50857 lapses.</li>
     * </ul>
     */
    public static AffiliatesRuleSchedule defaultSchedule() {
        return new AffiliatesRuleSchedule(List.of(
                new RuleWindow(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 11, 10), true,
                        "90 FR 47201 (Sept. 30, 2025), effective 2025-09-29"),
                new RuleWindow(LocalDate.of(2025, 11, 10), LocalDate.of(2026, 11, 10), false,
                        "90 FR 50857: Affiliates Rule suspended 2025-11-10 through 2026-11-09"),
                new RuleWindow(LocalDate.of(2026, 11, 10), null, true,
                        "90 FR 47201, in force again from 2026-11-10 at the end of the suspension (90 FR 50857)")));
    }

    /** The window containing {@code asOf}, if any. */
    public Optional<RuleWindow> windowAt(LocalDate asOf) {
        return windows.stream().filter(w -> w.contains(asOf)).findFirst();
    }

    /** The first day after {@code asOf} from which the rule applies again; empty when no later window applies it. */
    public Optional<LocalDate> nextInForce(LocalDate asOf) {
        return windows.stream().filter(w -> w.inForce() && w.from() != null && w.from().isAfter(asOf))
                .map(RuleWindow::from).min(LocalDate::compareTo);
    }

    /** The window that makes the rule apply on {@code asOf}; empty when it does not apply. */
    public Optional<RuleWindow> inForceWindow(LocalDate asOf) {
        return windowAt(asOf).filter(RuleWindow::inForce);
    }
}
