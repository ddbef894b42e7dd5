package chokepoint.prohibition.domain;

import java.util.Objects;

/**
 * What a program does to one service type. Several effects may name the same service type (e.g. Section
 * 1260H: a NOTE for every service plus a REVIEW for AI training).
 *
 * @param code reason code of the reasons this effect produces
 * @param note the rule-specific part of the explanation (and extra citation, e.g. a carve-out)
 */
public record ProgramEffect(ServiceType serviceType, Verdict verdict, ReasonCode code, String note) {
    public ProgramEffect {
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(verdict, "verdict");
        code = code == null ? defaultCode(verdict) : code;
        note = note == null ? "" : note;
    }

    /** Effect of an agency-enacted program, which carries no code of its own. */
    public static ProgramEffect of(ServiceType type, Verdict verdict) {
        return new ProgramEffect(type, verdict, null, "");
    }

    public static ReasonCode defaultCode(Verdict verdict) {
        return verdict == Verdict.PROHIBITED ? ReasonCode.TARGETED_SERVICE_PROHIBITION : ReasonCode.PROGRAM_EFFECT;
    }
}
