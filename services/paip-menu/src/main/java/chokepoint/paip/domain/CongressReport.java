package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report to the appropriate congressional committees for a year, 50 U.S.C. 1709(a)(1): the persons identified
 * ((a)(1)(A)), with the clause, the (a)(1)(B) narrative / (a)(1)(C) assessment, the sanctions imposed under (b) and
 * the waivers under (c). Unclassified ((a)(3)). Build with {@link #build}; render with {@link #toMap}, {@link #toJson},
 * {@link #toHtml}.
 */
public record CongressReport(int year, ReportPeriod period, List<Entry> entries) {

    /** (g)(2): the appropriate congressional committees. */
    public static final List<String> COMMITTEES = List.of(
            "Senate Committee on Banking, Housing, and Urban Affairs",
            "Senate Committee on Foreign Relations",
            "House Committee on Financial Services",
            "House Committee on Foreign Affairs");

    public record Sanction(String token, String title, String citation) {
    }

    public record OfficerLine(String officerName, List<Sanction> sanctions) {
    }

    public record WaiverLine(LocalDate waivedOn, String justification, LocalDate congressNoticeDue) {
    }

    public record PackageLine(String packageId, String status, LocalDate effectiveFrom, LocalDate removedOn,
            List<Sanction> sanctions, int sanctionCount, String licenseRequirement, String licenseReviewPolicy,
            List<OfficerLine> officers, WaiverLine waiver) {
    }

    public record Entry(String identificationId, String name, String kind, String clause, String clauseCitation,
            boolean financialInstitution, String narrativeLabel, String narrative, String relatedIdentificationId,
            String relatedName, List<String> evidence, List<PackageLine> packages) {
    }

    public CongressReport {
        entries = List.copyOf(entries);
    }

    /**
     * Builds the report for {@code year} from the identifications of that year's report and their imposed or waived
     * packages (proposals are not reported).
     */
    public static CongressReport build(int year, Collection<Identification> identifications, Collection<SanctionPackage> packages) {
        Map<String, Identification> byId = identifications.stream().filter(i -> !i.id().isBlank())
                .collect(Collectors.toMap(Identification::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Identification> inYear = identifications.stream().filter(i -> i.reportYear() == year)
                .sorted(Comparator.comparing((Identification i) -> i.clause() == null ? 9 : i.clause().ordinal())
                        .thenComparing(i -> i.party() == null ? "" : i.party().name())
                        .thenComparing(Identification::id))
                .toList();
        ReportPeriod period = inYear.stream().map(Identification::period).filter(p -> p != null).findFirst()
                .orElse(ReportPeriod.forReportYear(year));
        List<Entry> entries = new ArrayList<>();
        for (Identification i : inYear) {
            List<PackageLine> lines = packages.stream()
                    .filter(p -> p.identificationId().equals(i.id()) && p.status() != PackageStatus.PROPOSED)
                    .sorted(Comparator.comparing((SanctionPackage p) -> p.effectiveFrom() == null ? LocalDate.MIN : p.effectiveFrom())
                            .thenComparing(SanctionPackage::id))
                    .map(p -> line(p, i)).toList();
            Optional<Identification> related = Optional.ofNullable(byId.get(i.relatedIdentificationId()));
            String label = i.clause() == Clause.IV ? "Assessment (" + Statute.cite("(a)(1)(C)") + ")"
                    : i.clause() == Clause.I ? "Nature, objective and outcome of the theft (" + Statute.cite("(a)(1)(B)") + ")"
                    : "Narrative";
            entries.add(new Entry(i.id(), i.party() == null ? "" : i.party().name(),
                    i.isIndividual() ? "individual" : "entity",
                    i.clause() == null ? "" : i.clause().name(), i.clause() == null ? "" : i.clause().citation(),
                    i.financialInstitution(), label, i.narrative(), i.relatedIdentificationId(),
                    related.map(r -> r.party() == null ? "" : r.party().name()).orElse(""), i.evidence(), lines));
        }
        return new CongressReport(year, period, entries);
    }

    private static PackageLine line(SanctionPackage p, Identification i) {
        List<Sanction> sanctions;
        int count;
        if (i.isIndividual()) {
            sanctions = Menu.individualSanctions().stream().map(s -> new Sanction(s.token(), s.title(), s.citation())).toList();
            count = sanctions.size();
        } else {
            sanctions = p.menuMeasures().stream().map(m -> new Sanction(m.token(), m.title(), m.citation())).toList();
            count = Menu.sanctionCount(p.menuMeasures());
        }
        List<OfficerLine> officers = p.officerSanctions().stream().map(o -> new OfficerLine(o.officerName(),
                o.measures().stream().map(Measure::parse).flatMap(Optional::stream)
                        .map(m -> new Sanction(m.token(), m.title(), m.citation())).toList())).toList();
        WaiverLine w = p.waiver() == null ? null
                : new WaiverLine(p.waiver().waivedOn(), p.waiver().justification(), p.waiver().congressNoticeDue());
        boolean b = p.menuMeasures().contains(Measure.B);
        return new PackageLine(p.id(), p.status().name(), p.effectiveFrom(),
                p.waiver() != null ? p.waiver().waivedOn() : Statute.TERMINATION_DATE, sanctions, count,
                b ? orDefault(p.licenseRequirement(), Proposals.DEFAULT_LICENSE_REQUIREMENT) : "",
                b ? orDefault(p.licenseReviewPolicy(), Proposals.DEFAULT_LICENSE_REVIEW_POLICY) : "", officers, w);
    }

    private static String orDefault(String v, String d) {
        return v.isBlank() ? d : v;
    }

    /** A JSON-able tree (maps, lists, strings, numbers, booleans) with lowerCamelCase keys and YYYY-MM-DD dates. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("citation", Statute.cite("(a)(1)"));
        m.put("classification", "UNCLASSIFIED (" + Statute.cite("(a)(3)") + ")");
        m.put("committees", COMMITTEES);
        m.put("periodStart", period.start().toString());
        m.put("periodEnd", period.end().toString());
        m.put("periodCitation", Statute.cite(ReportPeriod.subsectionFor(year)));
        m.put("sunset", Statute.TERMINATION_DATE.toString());
        List<Object> es = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("identificationId", e.identificationId());
            em.put("name", e.name());
            em.put("kind", e.kind());
            em.put("clause", e.clause());
            em.put("clauseCitation", e.clauseCitation());
            em.put("isFinancialInstitution", e.financialInstitution());
            em.put("narrativeLabel", e.narrativeLabel());
            em.put("narrative", e.narrative());
            em.put("relatedIdentificationId", e.relatedIdentificationId());
            em.put("relatedName", e.relatedName());
            em.put("evidence", e.evidence());
            List<Object> ps = new ArrayList<>();
            for (PackageLine p : e.packages()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("packageId", p.packageId());
                pm.put("status", p.status());
                pm.put("effectiveFrom", str(p.effectiveFrom()));
                pm.put("removedOn", str(p.removedOn()));
                pm.put("sanctionCount", p.sanctionCount());
                pm.put("sanctions", p.sanctions().stream().map(CongressReport::sanctionMap).toList());
                pm.put("licenseRequirement", p.licenseRequirement());
                pm.put("licenseReviewPolicy", p.licenseReviewPolicy());
                pm.put("officerSanctions", p.officers().stream().map(o -> {
                    Map<String, Object> om = new LinkedHashMap<>();
                    om.put("officerName", o.officerName());
                    om.put("sanctions", o.sanctions().stream().map(CongressReport::sanctionMap).toList());
                    return om;
                }).toList());
                if (p.waiver() != null) {
                    Map<String, Object> wm = new LinkedHashMap<>();
                    wm.put("waivedOn", str(p.waiver().waivedOn()));
                    wm.put("justification", p.waiver().justification());
                    wm.put("congressNoticeDue", str(p.waiver().congressNoticeDue()));
                    wm.put("citation", Statute.cite("(c)"));
                    pm.put("waiver", wm);
                }
                ps.add(pm);
            }
            em.put("packages", ps);
            es.add(em);
        }
        m.put("identifications", es);
        return m;
    }

    private static Map<String, Object> sanctionMap(Sanction s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", s.token());
        m.put("title", s.title());
        m.put("citation", s.citation());
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public String toJson() {
        return Json.write(toMap());
    }

    public String toHtml() {
        return ReportHtml.render(this);
    }
}
