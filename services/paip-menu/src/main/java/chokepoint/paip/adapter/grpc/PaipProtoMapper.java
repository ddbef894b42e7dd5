package chokepoint.paip.adapter.grpc;

import chokepoint.api.paip.v1.GetMenuResponse;
import chokepoint.api.paip.v1.GetReportResponse;
import chokepoint.paip.domain.Calibration;
import chokepoint.paip.domain.Clause;
import chokepoint.paip.domain.CongressReport;
import chokepoint.paip.domain.Identification;
import chokepoint.paip.domain.Measure;
import chokepoint.paip.domain.Menu;
import chokepoint.paip.domain.OfficerSanction;
import chokepoint.paip.domain.PackageStatus;
import chokepoint.paip.domain.PaipRuleException;
import chokepoint.paip.domain.Party;
import chokepoint.paip.domain.ReasonCode;
import chokepoint.paip.domain.ReportPeriod;
import chokepoint.paip.domain.SanctionPackage;
import chokepoint.paip.domain.Statute;
import chokepoint.paip.domain.Violation;
import chokepoint.paip.domain.Waiver;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proto (chokepoint.paip.v1, chokepoint.party.v1) to PAIP domain and back. Plain Java. Malformed input (bad dates,
 * unknown calibration) is reported as a {@link PaipRuleException} carrying {@link Violation}s with the proto field
 * path; the service maps {@link Violation#precondition()} to FAILED_PRECONDITION, otherwise INVALID_ARGUMENT, and
 * puts {@link #errorMetadata} into google.rpc.ErrorInfo (reason = the reason code, domain = {@link #ERROR_DOMAIN}).
 */
public final class PaipProtoMapper {

    /** The ErrorInfo domain for PAIP violations. */
    public static final String ERROR_DOMAIN = "paip.chokepoint.dev";

    private PaipProtoMapper() {
    }

    // ---------------------------------------------------------------- menu

    public static GetMenuResponse menuResponse() {
        GetMenuResponse.Builder b = GetMenuResponse.newBuilder()
                .setCitation(Menu.CITATION)
                .setSunset(Statute.TERMINATION_DATE.toString());
        for (Measure m : Menu.measures()) {
            b.addMeasures(toProto(m));
        }
        return b.build();
    }

    public static chokepoint.api.paip.v1.Measure toProto(Measure m) {
        return chokepoint.api.paip.v1.Measure.newBuilder()
                .setLetter(m.token())
                .setName(m.title())
                .setCitation(m.citation())
                .setDescription(m.description())
                .setApplicability(m.applicability())
                .setFinancialInstitutionsOnly(m.financialInstitutionsOnly())
                .build();
    }

    // ---------------------------------------------------------------- identification

    public static Identification toDomain(chokepoint.api.paip.v1.Identification p) {
        List<Violation> errors = new ArrayList<>();
        LocalDate start = date(p.getPeriodStart(), "identification.period_start", errors);
        LocalDate end = date(p.getPeriodEnd(), "identification.period_end", errors);
        ReportPeriod period = null;
        if (start != null && end != null) {
            period = new ReportPeriod(start, end);
        } else if (start != null || end != null) {
            errors.add(Violation.of(ReasonCode.PAIP_FIELD_REQUIRED, "(a)(2)",
                    start == null ? "identification.period_start" : "identification.period_end",
                    "give both ends of the report period, or neither (the default for the report year applies)"));
        }
        throwIfAny(errors);
        return new Identification(p.getId(), p.hasParty() ? toDomain(p.getParty()) : null, toDomain(p.getClause()),
                p.getIsFinancialInstitution(), p.getReportYear(), p.getNarrative(), p.getRelatedIdentificationId(),
                p.getEvidenceList(), period, null);
    }

    public static chokepoint.api.paip.v1.Identification toProto(Identification d) {
        chokepoint.api.paip.v1.Identification.Builder b = chokepoint.api.paip.v1.Identification.newBuilder()
                .setId(d.id())
                .setClause(toProto(d.clause()))
                .setIsFinancialInstitution(d.financialInstitution())
                .setReportYear(d.reportYear())
                .setNarrative(d.narrative())
                .setRelatedIdentificationId(d.relatedIdentificationId())
                .addAllEvidence(d.evidence());
        if (d.party() != null) {
            b.setParty(toProto(d.party()));
        }
        ReportPeriod period = d.effectivePeriod();
        b.setPeriodStart(period.start().toString()).setPeriodEnd(period.end().toString());
        return b.build();
    }

    /** CLAUSE_UNSPECIFIED and unrecognised values map to null (the domain reports PAIP_CLAUSE_REQUIRED). */
    public static Clause toDomain(chokepoint.api.paip.v1.Clause c) {
        return switch (c) {
            case CLAUSE_I -> Clause.I;
            case CLAUSE_II -> Clause.II;
            case CLAUSE_III -> Clause.III;
            case CLAUSE_IV -> Clause.IV;
            default -> null;
        };
    }

    public static chokepoint.api.paip.v1.Clause toProto(Clause c) {
        if (c == null) {
            return chokepoint.api.paip.v1.Clause.CLAUSE_UNSPECIFIED;
        }
        return switch (c) {
            case I -> chokepoint.api.paip.v1.Clause.CLAUSE_I;
            case II -> chokepoint.api.paip.v1.Clause.CLAUSE_II;
            case III -> chokepoint.api.paip.v1.Clause.CLAUSE_III;
            case IV -> chokepoint.api.paip.v1.Clause.CLAUSE_IV;
        };
    }

    // ---------------------------------------------------------------- party

    public static Party toDomain(chokepoint.api.party.v1.Party p) {
        return new Party(kind(p.getKind()), p.getName(), p.getAliasesList(), p.getCountriesList(), p.getHeadquartersCountry(),
                p.getAddressesList().stream().map(a -> new Party.Address(a.getText(), a.getCity(), a.getRegion(),
                        a.getPostalCode(), a.getCountry())).toList(),
                p.getIdentifiersList().stream().map(i -> new Party.Identifier(i.getScheme(), i.getValue(), i.getCountry())).toList(),
                p.getOwnersList().stream().map(o -> new Party.Owner(o.hasParty() ? toDomain(o.getParty()) : null, o.getPercent(),
                        o.getPercentUnknown())).toList(),
                p.getOfficersList().stream().map(o -> new Party.Officer(o.getName(), o.getRole())).toList(),
                p.getIncorporatedOn(),
                p.getCustomerType() == chokepoint.api.party.v1.CustomerType.UNRECOGNIZED ? "" : p.getCustomerType().name());
    }

    public static chokepoint.api.party.v1.Party toProto(Party d) {
        chokepoint.api.party.v1.Party.Builder b = chokepoint.api.party.v1.Party.newBuilder()
                .setKind(kind(d.kind()))
                .setName(d.name())
                .addAllAliases(d.aliases())
                .addAllCountries(d.countries())
                .setHeadquartersCountry(d.headquartersCountry())
                .setIncorporatedOn(d.incorporatedOn());
        for (Party.Address a : d.addresses()) {
            b.addAddresses(chokepoint.api.party.v1.Address.newBuilder().setText(a.text()).setCity(a.city())
                    .setRegion(a.region()).setPostalCode(a.postalCode()).setCountry(a.country()));
        }
        for (Party.Identifier i : d.identifiers()) {
            b.addIdentifiers(chokepoint.api.party.v1.Identifier.newBuilder().setScheme(i.scheme()).setValue(i.value())
                    .setCountry(i.country()));
        }
        for (Party.Owner o : d.owners()) {
            chokepoint.api.party.v1.Owner.Builder ob = chokepoint.api.party.v1.Owner.newBuilder()
                    .setPercent(o.percent()).setPercentUnknown(o.percentUnknown());
            if (o.party() != null) {
                ob.setParty(toProto(o.party()));
            }
            b.addOwners(ob);
        }
        for (Party.Officer o : d.officers()) {
            b.addOfficers(chokepoint.api.party.v1.Officer.newBuilder().setName(o.name()).setRole(o.role()));
        }
        if (!d.customerType().isBlank()) {
            try {
                b.setCustomerType(chokepoint.api.party.v1.CustomerType.valueOf(d.customerType()));
            } catch (IllegalArgumentException ignored) {
                // unknown customer type: left unspecified
            }
        }
        return b.build();
    }

    private static Party.Kind kind(chokepoint.api.party.v1.PartyKind k) {
        return switch (k) {
            case PARTY_KIND_ORGANIZATION -> Party.Kind.ORGANIZATION;
            case PARTY_KIND_PERSON -> Party.Kind.PERSON;
            case PARTY_KIND_VESSEL -> Party.Kind.VESSEL;
            case PARTY_KIND_AIRCRAFT -> Party.Kind.AIRCRAFT;
            default -> Party.Kind.UNSPECIFIED;
        };
    }

    private static chokepoint.api.party.v1.PartyKind kind(Party.Kind k) {
        return switch (k) {
            case ORGANIZATION -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_ORGANIZATION;
            case PERSON -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_PERSON;
            case VESSEL -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_VESSEL;
            case AIRCRAFT -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_AIRCRAFT;
            case UNSPECIFIED -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_UNSPECIFIED;
        };
    }

    // ---------------------------------------------------------------- package

    public static SanctionPackage toDomain(chokepoint.api.paip.v1.Package p) {
        List<Violation> errors = new ArrayList<>();
        LocalDate from = date(p.getEffectiveFrom(), "package.effective_from", errors);
        LocalDate waivedOn = date(p.getWaivedOn(), "package.waived_on", errors);
        LocalDate noticeDue = date(p.getCongressNoticeDue(), "package.congress_notice_due", errors);
        throwIfAny(errors);
        Waiver waiver = waivedOn == null ? null
                : new Waiver(waivedOn, p.getWaiverJustification(), noticeDue != null ? noticeDue : Waiver.noticeDue(waivedOn));
        List<OfficerSanction> officers = p.getOfficerSanctionsList().stream()
                .map(o -> new OfficerSanction(o.getOfficerName(), o.getMeasuresList())).toList();
        return new SanctionPackage(p.getId(), p.getIdentificationId(), p.getMeasuresList(), from, p.getLicenseRequirement(),
                p.getLicenseReviewPolicy(), officers, status(p.getStatus(), waiver), waiver, p.getDesignationIdsList(),
                p.getReasoningList());
    }

    public static chokepoint.api.paip.v1.Package toProto(SanctionPackage d) {
        chokepoint.api.paip.v1.Package.Builder b = chokepoint.api.paip.v1.Package.newBuilder()
                .setId(d.id())
                .setIdentificationId(d.identificationId())
                .addAllMeasures(d.measures())
                .setEffectiveFrom(d.effectiveFrom() == null ? "" : d.effectiveFrom().toString())
                .setLicenseRequirement(d.licenseRequirement())
                .setLicenseReviewPolicy(d.licenseReviewPolicy())
                .setStatus(d.status().name())
                .addAllDesignationIds(d.designationIds())
                .addAllReasoning(d.reasoning());
        for (OfficerSanction o : d.officerSanctions()) {
            b.addOfficerSanctions(chokepoint.api.paip.v1.OfficerSanction.newBuilder()
                    .setOfficerName(o.officerName()).addAllMeasures(o.measures()));
        }
        if (d.waiver() != null) {
            b.setWaivedOn(d.waiver().waivedOn().toString())
                    .setWaiverJustification(d.waiver().justification())
                    .setCongressNoticeDue(d.waiver().congressNoticeDue().toString());
        }
        return b.build();
    }

    private static PackageStatus status(String s, Waiver waiver) {
        if (waiver != null) {
            return PackageStatus.WAIVED;
        }
        try {
            return s == null || s.isBlank() ? PackageStatus.PROPOSED : PackageStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return PackageStatus.PROPOSED;
        }
    }

    // ---------------------------------------------------------------- requests

    /** "SEVERE" / "LEVERAGE" (case-insensitive); anything else is PAIP_UNKNOWN_CALIBRATION on field "calibration". */
    public static Calibration calibration(String raw) {
        return Calibration.parse(raw).orElseThrow(() -> new PaipRuleException(Violation.of(ReasonCode.PAIP_UNKNOWN_CALIBRATION,
                "(b)(1)", "calibration", "unknown calibration \"" + (raw == null ? "" : raw) + "\": use SEVERE or LEVERAGE")));
    }

    /** The waiver date of a WaivePackageRequest; required. */
    public static LocalDate waiverDate(chokepoint.api.paip.v1.WaivePackageRequest r) {
        List<Violation> errors = new ArrayList<>();
        LocalDate d = date(r.getEffectiveOn(), "effective_on", errors);
        if (errors.isEmpty() && d == null) {
            errors.add(Violation.of(ReasonCode.PAIP_FIELD_REQUIRED, "(c)", "effective_on", "say on which date the waiver is issued"));
        }
        throwIfAny(errors);
        return d;
    }

    // ---------------------------------------------------------------- report

    public static GetReportResponse toProto(CongressReport report) {
        return GetReportResponse.newBuilder().setJson(report.toJson()).setHtml(report.toHtml()).build();
    }

    // ---------------------------------------------------------------- errors

    /** Metadata for google.rpc.ErrorInfo: reason code, citation, field, message. */
    public static Map<String, String> errorMetadata(Violation v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reason", v.reason().name());
        m.put("citation", v.citation());
        m.put("field", v.field());
        m.put("message", v.message());
        return m;
    }

    /** "YYYY-MM-DD" or blank (null); anything else adds PAIP_INVALID_DATE for the field. */
    public static LocalDate date(String raw, String field, List<Violation> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(Violation.of(ReasonCode.PAIP_INVALID_DATE, "", field, "\"" + raw + "\" is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static void throwIfAny(List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw new PaipRuleException(errors);
        }
    }
}
