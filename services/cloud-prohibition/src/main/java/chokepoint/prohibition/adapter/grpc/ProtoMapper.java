package chokepoint.prohibition.adapter.grpc;

import chokepoint.api.designations.v1.ListHit;
import chokepoint.api.party.v1.Party;
import chokepoint.api.prohibition.v1.EvaluateRequest;
import chokepoint.api.prohibition.v1.EvaluateResponse;
import chokepoint.prohibition.domain.Customer;
import chokepoint.prohibition.domain.CustomerType;
import chokepoint.prohibition.domain.Decision;
import chokepoint.prohibition.domain.DefaultPrograms;
import chokepoint.prohibition.domain.Designation;
import chokepoint.prohibition.domain.DerivedStatus;
import chokepoint.prohibition.domain.EccnValidator;
import chokepoint.prohibition.domain.EvaluationInput;
import chokepoint.prohibition.domain.Hit;
import chokepoint.prohibition.domain.InvalidRequest;
import chokepoint.prohibition.domain.LicenseReviewPolicy;
import chokepoint.prohibition.domain.ListStatus;
import chokepoint.prohibition.domain.MatchBand;
import chokepoint.prohibition.domain.OwnershipPath;
import chokepoint.prohibition.domain.OwnershipStep;
import chokepoint.prohibition.domain.PartyFacts;
import chokepoint.prohibition.domain.Program;
import chokepoint.prohibition.domain.ProgramEffect;
import chokepoint.prohibition.domain.ProgramScope;
import chokepoint.prohibition.domain.Reason;
import chokepoint.prohibition.domain.RedFlag;
import chokepoint.prohibition.domain.ServiceRequest;
import chokepoint.prohibition.domain.ServiceType;
import chokepoint.prohibition.domain.ValidationCode;
import chokepoint.prohibition.domain.Verdict;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps the gRPC messages of chokepoint.prohibition.v1 (and the PartyFacts of designations.v1) to the domain
 * and back. Plain Java, no framework. Validation failures are thrown as
 * {@link chokepoint.prohibition.domain.InvalidRequestException} carrying a {@link ValidationCode} and the
 * proto field path; the caller maps it to INVALID_ARGUMENT with an ErrorInfo.
 */
public final class ProtoMapper {
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    private ProtoMapper() {
    }

    // ---------------------------------------------------------------- Evaluate

    /** EvaluateRequest to domain input; an empty as_of means {@code today}. Missing facts stay null (REVIEW). */
    public static EvaluationInput toInput(EvaluateRequest req, LocalDate today) {
        LocalDate asOf = req.getAsOf().isBlank() ? today : requiredDate(req.getAsOf(), "as_of");
        if (!req.hasService()) {
            throw invalid(ValidationCode.SERVICE_REQUIRED, "service", "the service requested is required");
        }
        ServiceRequest service = toServiceRequest(req.getService());
        Customer customer = req.hasCustomer() ? toCustomer(req.getCustomer()) : Customer.unknown();
        PartyFacts facts = req.hasFacts() ? toFacts(req.getFacts()) : null;
        return new EvaluationInput(service, customer, facts, asOf);
    }

    public static ServiceRequest toServiceRequest(chokepoint.api.prohibition.v1.Service s) {
        ServiceType type = toServiceType(s.getType(), "service.type");
        EccnValidator.validate(type, s.getEccn(), "service.eccn").ifPresent(i -> {
            throw i.toException();
        });
        String eccn = type == ServiceType.EAR_ITEM_EXPORT ? EccnValidator.normalize(s.getEccn()) : null;
        String provider = s.getProviderCountry().trim().toUpperCase(Locale.ROOT);
        if (!provider.isEmpty() && !ISO2.matcher(provider).matches()) {
            throw invalid(ValidationCode.PROVIDER_COUNTRY_INVALID, "service.provider_country",
                    "expected an ISO 3166-1 alpha-2 code such as US");
        }
        return new ServiceRequest(type, eccn, provider);
    }

    public static ServiceType toServiceType(chokepoint.api.prohibition.v1.ServiceType t, String field) {
        return switch (t) {
            case SERVICE_TYPE_AI_TRAINING_COMPUTE -> ServiceType.AI_TRAINING_COMPUTE;
            case SERVICE_TYPE_AI_INFERENCE_COMPUTE -> ServiceType.AI_INFERENCE_COMPUTE;
            case SERVICE_TYPE_MODEL_API_ACCESS -> ServiceType.MODEL_API_ACCESS;
            case SERVICE_TYPE_GENERAL_COMPUTE -> ServiceType.GENERAL_COMPUTE;
            case SERVICE_TYPE_STORAGE -> ServiceType.STORAGE;
            case SERVICE_TYPE_NETWORKING -> ServiceType.NETWORKING;
            case SERVICE_TYPE_EAR_ITEM_EXPORT -> ServiceType.EAR_ITEM_EXPORT;
            case SERVICE_TYPE_AI_SAFETY_DIALOGUE -> ServiceType.AI_SAFETY_DIALOGUE;
            case SERVICE_TYPE_UNSPECIFIED -> throw invalid(ValidationCode.SERVICE_TYPE_REQUIRED, field,
                    "a service type is required");
            default -> throw invalid(ValidationCode.SERVICE_TYPE_UNKNOWN, field, "unknown service type");
        };
    }

    public static chokepoint.api.prohibition.v1.ServiceType toProto(ServiceType t) {
        return chokepoint.api.prohibition.v1.ServiceType.valueOf("SERVICE_TYPE_" + t.name());
    }

    public static Customer toCustomer(Party p) {
        String hq = country(p.getHeadquartersCountry(), "customer.headquarters_country");
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < p.getCountriesCount(); i++) {
            String c = country(p.getCountries(i), "customer.countries[" + i + "]");
            if (c != null) {
                countries.add(c);
            }
        }
        LocalDate inc = p.getIncorporatedOn().isBlank() ? null
                : requiredDate(p.getIncorporatedOn(), "customer.incorporated_on");
        CustomerType type = switch (p.getCustomerType()) {
            case CUSTOMER_TYPE_DIRECT -> CustomerType.DIRECT;
            case CUSTOMER_TYPE_RESELLER -> CustomerType.RESELLER;
            case CUSTOMER_TYPE_PROXY_OR_ROUTER -> CustomerType.PROXY_OR_ROUTER;
            case CUSTOMER_TYPE_UNSPECIFIED -> CustomerType.UNSPECIFIED;
            default -> throw invalid(ValidationCode.CUSTOMER_TYPE_UNKNOWN, "customer.customer_type",
                    "unknown customer type");
        };
        return new Customer(p.getName(), hq, countries, inc, type);
    }

    /** PartyFacts from designation-lists. Dates that do not parse are dropped (the entry then counts: fail closed). */
    public static PartyFacts toFacts(chokepoint.api.designations.v1.PartyFacts f) {
        List<Hit> hits = f.getHitsList().stream().map(ProtoMapper::toHit).toList();
        List<DerivedStatus> derived = f.getDerivedList().stream().map(ProtoMapper::toDerived).toList();
        List<RedFlag> flags = f.getRedFlagsList().stream().map(r -> new RedFlag(r.getCode(), r.getExplanation(),
                r.getCitation(), r.getPathsList().stream().map(ProtoMapper::toPath).toList(),
                r.hasSource() ? toDesignation(r.getSource()) : null)).toList();
        List<ListStatus> lists = f.getListsList().stream().map(s -> new ListStatus(s.getList(), s.getLoaded(),
                s.getStale(), s.getVersionId(), lenientDate(s.getEffectiveOn()))).toList();
        return new PartyFacts(hits, derived, flags, lists, lenientDate(f.getAsOf()));
    }

    static Hit toHit(ListHit h) {
        MatchBand band = switch (h.getBand()) {
            case MATCH_BAND_MATCH -> MatchBand.MATCH;
            case MATCH_BAND_POSSIBLE -> MatchBand.POSSIBLE;
            case MATCH_BAND_NO_MATCH -> MatchBand.NO_MATCH;
            default -> MatchBand.UNSPECIFIED;
        };
        return new Hit(h.getSubject(), h.getQueryName(), h.hasDesignation() ? toDesignation(h.getDesignation()) : null,
                h.getMatchedName(), h.getScore(), band, h.getIdentifierMatch(), h.getExplanationList());
    }

    public static Designation toDesignation(chokepoint.api.designations.v1.Designation d) {
        return new Designation(d.getId(), d.getList(), d.getProgramsList(),
                d.hasParty() ? d.getParty().getName() : "", d.getLicenseRequirement(),
                toPolicy(d.getLicenseReviewPolicy()), d.getLicenseReviewPolicyText(),
                d.getFederalRegisterCitationsList(), lenientDate(d.getListedOn()), lenientDate(d.getEffectiveFrom()),
                lenientDate(d.getRemovedOn()), d.getAuthority(), d.getListVersion());
    }

    static DerivedStatus toDerived(chokepoint.api.designations.v1.DerivedStatus s) {
        DerivedStatus.Kind kind = switch (s.getKind()) {
            case DERIVED_STATUS_KIND_BLOCKED -> DerivedStatus.Kind.BLOCKED;
            case DERIVED_STATUS_KIND_ENTITY_LIST_AFFILIATE -> DerivedStatus.Kind.ENTITY_LIST_AFFILIATE;
            default -> DerivedStatus.Kind.UNSPECIFIED;
        };
        return new DerivedStatus(kind, s.getTotalPercent(), s.getPathsList().stream().map(ProtoMapper::toPath).toList(),
                s.getCitation(), s.getExplanation(), s.getSourcesList().stream().map(ProtoMapper::toDesignation).toList(),
                s.getLicenseRequirement(), toPolicy(s.getLicenseReviewPolicy()), s.getProgramsList(),
                lenientDate(s.getEffectiveFrom()));
    }

    static OwnershipPath toPath(chokepoint.api.designations.v1.OwnershipPath p) {
        return new OwnershipPath(p.getStepsList().stream().map(s -> new OwnershipStep(s.getOwnerName(),
                s.getOwnerRef(), s.getOwnedName(), s.getOwnedRef(), s.getPercent())).toList());
    }

    static LicenseReviewPolicy toPolicy(chokepoint.api.designations.v1.LicenseReviewPolicy p) {
        return switch (p) {
            case LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL -> LicenseReviewPolicy.PRESUMPTION_OF_DENIAL;
            case LICENSE_REVIEW_POLICY_POLICY_OF_DENIAL -> LicenseReviewPolicy.POLICY_OF_DENIAL;
            case LICENSE_REVIEW_POLICY_CASE_BY_CASE -> LicenseReviewPolicy.CASE_BY_CASE;
            case LICENSE_REVIEW_POLICY_PRESUMPTION_OF_APPROVAL -> LicenseReviewPolicy.PRESUMPTION_OF_APPROVAL;
            case LICENSE_REVIEW_POLICY_OTHER -> LicenseReviewPolicy.OTHER;
            default -> LicenseReviewPolicy.UNSPECIFIED;
        };
    }

    public static EvaluateResponse toResponse(Decision d) {
        EvaluateResponse.Builder b = EvaluateResponse.newBuilder().setVerdict(toProto(d.verdict()))
                .addAllProgramVersions(d.programVersions());
        d.reasons().forEach(r -> b.addReasons(toProto(r)));
        return b.build();
    }

    public static chokepoint.api.prohibition.v1.Reason toProto(Reason r) {
        return chokepoint.api.prohibition.v1.Reason.newBuilder()
                .setCode(r.code().name())
                .setVerdict(toProto(r.verdict()))
                .setAuthority(r.authority())
                .setCitation(r.citation())
                .setList(r.list())
                .setDesignationId(r.designationId())
                .setMatchedName(r.matchedName())
                .setScore(r.score() == null ? 0.0 : r.score())
                .addAllOwnershipPath(r.ownershipPath())
                .setEffectiveFrom(r.effectiveFrom() == null ? "" : r.effectiveFrom().toString())
                .setExplanation(r.explanation())
                .setProgram(r.program())
                .setLicenseReviewPolicy(r.licenseReviewPolicy())
                .setSubject(r.subject())
                .build();
    }

    public static chokepoint.api.prohibition.v1.Verdict toProto(Verdict v) {
        return chokepoint.api.prohibition.v1.Verdict.valueOf("VERDICT_" + v.name());
    }

    // ---------------------------------------------------------------- Programs

    /** Program proto (an agency enacting or amending) to domain, validated. */
    public static Program toDomain(chokepoint.api.prohibition.v1.Program p) {
        if (p.getId().isBlank()) {
            throw invalid(ValidationCode.PROGRAM_ID_REQUIRED, "program.id", "a program id is required");
        }
        if (DefaultPrograms.builtInIds().contains(p.getId())) {
            throw invalid(ValidationCode.PROGRAM_ID_RESERVED, "program.id",
                    "this id names a built-in program; enact a new program under its own id");
        }
        if (p.getCitation().isBlank()) {
            throw invalid(ValidationCode.PROGRAM_CITATION_REQUIRED, "program.citation",
                    "a program needs its legal citation");
        }
        ProgramScope scope = new ProgramScope(p.getScope().getListsList(), p.getScope().getDesignationIdsList(),
                p.getScope().getProgramsList());
        if (scope.isEmpty()) {
            throw invalid(ValidationCode.PROGRAM_SCOPE_EMPTY, "program.scope", "the scope names no list,"
                    + " designation or program tag");
        }
        if (p.getEffectsCount() == 0) {
            throw invalid(ValidationCode.PROGRAM_EFFECTS_EMPTY, "program.effects", "a program needs effects");
        }
        List<ProgramEffect> effects = new ArrayList<>();
        for (int i = 0; i < p.getEffectsCount(); i++) {
            var e = p.getEffects(i);
            String field = "program.effects[" + i + "]";
            ServiceType type = toServiceType(e.getServiceType(), field + ".service_type");
            Verdict v = switch (e.getVerdict()) {
                case VERDICT_PROHIBITED -> Verdict.PROHIBITED;
                case VERDICT_LICENSE_REQUIRED -> Verdict.LICENSE_REQUIRED;
                case VERDICT_REVIEW -> Verdict.REVIEW;
                case VERDICT_NOTE -> Verdict.NOTE;
                default -> throw invalid(ValidationCode.PROGRAM_EFFECT_INVALID, field + ".verdict",
                        "an effect is PROHIBITED, LICENSE_REQUIRED, REVIEW or NOTE");
            };
            effects.add(ProgramEffect.of(type, v));
        }
        LocalDate from = p.getEffectiveFrom().isBlank() ? null
                : requiredDate(p.getEffectiveFrom(), "program.effective_from");
        LocalDate to = p.getEffectiveTo().isBlank() ? null : requiredDate(p.getEffectiveTo(), "program.effective_to");
        if (from == null) {
            throw invalid(ValidationCode.PROGRAM_WINDOW_INVALID, "program.effective_from",
                    "an enacted program needs the date it takes effect");
        }
        if (to != null && !to.isAfter(from)) {
            throw invalid(ValidationCode.PROGRAM_WINDOW_INVALID, "program.effective_to",
                    "effective_to (exclusive) must be after effective_from");
        }
        return new Program(p.getId(), p.getAuthority(), p.getName(), p.getCitation(), scope, effects, from, to,
                p.getRevision(), p.getDescription(), List.of());
    }

    public static chokepoint.api.prohibition.v1.Program toProto(Program p) {
        var b = chokepoint.api.prohibition.v1.Program.newBuilder()
                .setId(p.id()).setAuthority(p.authority()).setName(p.name()).setCitation(p.citation())
                .setScope(chokepoint.api.prohibition.v1.ProgramScope.newBuilder()
                        .addAllLists(p.scope().lists()).addAllDesignationIds(p.scope().designationIds())
                        .addAllPrograms(p.scope().programTags()))
                .setEffectiveFrom(p.from() == null ? "" : p.from().toString())
                .setEffectiveTo(p.to() == null ? "" : p.to().toString())
                .setRevision(p.revision()).setDescription(p.description());
        for (ProgramEffect e : p.effects()) {
            b.addEffects(chokepoint.api.prohibition.v1.ProgramEffect.newBuilder()
                    .setServiceType(toProto(e.serviceType())).setVerdict(toProto(e.verdict())));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- helpers

    private static String country(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String c = raw.trim().toUpperCase(Locale.ROOT);
        if (!ISO2.matcher(c).matches()) {
            throw invalid(ValidationCode.COUNTRY_INVALID, field, "expected an ISO 3166-1 alpha-2 code");
        }
        return c;
    }

    private static LocalDate requiredDate(String raw, String field) {
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw invalid(ValidationCode.DATE_INVALID, field, "expected a date YYYY-MM-DD");
        }
    }

    /**
     * A date of a designation or list status, or null when absent or unreadable. Every designation of every
     * screening passes here (three dates each), and {@link LocalDate#parse} was a sixth of cloud-prohibition's
     * allocation at 1,000 screenings/s (docs/benchmarks.md, session 10): the plain {@code yyyy-MM-dd} form the
     * designation-lists service sends is read directly, anything else goes to {@link LocalDate#parse} as before.
     * Same answers either way (ProtoMapperTest#lenientDateAnswersAsLocalDateParse).
     */
    static LocalDate lenientDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim(); // the same string, not a copy, when there is nothing to trim
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                int year = digits(s, 0, 4);
                int month = digits(s, 5, 7);
                int day = digits(s, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day); // throws for 2026-02-30, 2026-13-01, as parse does
                }
            }
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits s[from, to) as a number, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static RuntimeException invalid(ValidationCode code, String field, String message) {
        return new InvalidRequest(code, field, message).toException();
    }
}
