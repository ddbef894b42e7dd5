package chokepoint.paip.domain;

import static chokepoint.paip.domain.Fixtures.LATEST_2026;
import static chokepoint.paip.domain.Fixtures.PACKAGE_DATE;
import static chokepoint.paip.domain.Fixtures.ceo;
import static chokepoint.paip.domain.Fixtures.lab;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CongressReportTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    private static CongressReport report() {
        Identification hostile = new Identification("ident-x", Party.organization("Evil & Co <b>"), Clause.I, false, 2026,
                "Narrative " + SCRIPT, "", List.of("https://example.test/?a=1&b=\"2\""));
        SanctionPackage labPkg = Paip.impose(Paip.propose(lab(), Calibration.SEVERE, PACKAGE_DATE).withId("pkg-lab"), lab(), LATEST_2026);
        SanctionPackage waived = Paip.waive(labPkg, LocalDate.of(2026, 9, 1), "Waiver reason " + SCRIPT);
        SanctionPackage ceoPkg = Paip.impose(SanctionPackage.of("pkg-ceo", "ident-ceo", PACKAGE_DATE), ceo(), LATEST_2026);
        SanctionPackage proposal = Paip.propose(hostile, Calibration.LEVERAGE, PACKAGE_DATE).withId("pkg-proposal");
        Identification old = new Identification("ident-old", Party.organization("Old Co."), Clause.II, false, 2025, "", "", List.of());
        return Paip.report(2026, List.of(lab(), ceo(), hostile, old), List.of(waived, ceoPkg, proposal));
    }

    @Test
    void htmlEscapesAllUserText() {
        String html = report().toHtml();
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("Evil &amp; Co &lt;b&gt;");
        assertThat(html).contains("a=1&amp;b=&quot;2&quot;");
    }

    @Test
    void reportListsTheYearsIdentificationsWithClauseNarrativeSanctionsAndWaivers() {
        CongressReport r = report();
        assertThat(r.entries()).extracting(CongressReport.Entry::identificationId)
                .as("ordered by clause, then name").containsExactly("ident-x", "ident-lab", "ident-ceo");
        CongressReport.Entry lab = r.entries().get(1);
        assertThat(lab.clauseCitation()).isEqualTo("50 U.S.C. 1709(a)(1)(A)(i)");
        assertThat(lab.packages()).hasSize(1);
        CongressReport.PackageLine p = lab.packages().get(0);
        assertThat(p.sanctions()).extracting(CongressReport.Sanction::token).containsExactly("A", "B", "H", "I", "J");
        assertThat(p.waiver().congressNoticeDue()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(r.entries().get(0).packages()).as("proposals are not reported").isEmpty();
        CongressReport.Entry officer = r.entries().get(2);
        assertThat(officer.relatedName()).isEqualTo("Example Distillation Lab Co., Ltd.");
        assertThat(officer.packages().get(0).sanctions()).extracting(CongressReport.Sanction::citation)
                .containsExactly("50 U.S.C. 1709(b)(2)(A)", "50 U.S.C. 1709(b)(2)(B)");
    }

    @Test
    void jsonIsEscapedAndCarriesThePeriod() {
        Map<String, Object> m = report().toMap();
        assertThat(m).containsEntry("periodStart", "2025-07-04").containsEntry("periodEnd", "2026-07-04")
                .containsEntry("sunset", "2030-01-05");
        String json = report().toJson();
        assertThat(json).startsWith("{\"year\":2026,").doesNotContain("<script>");
        assertThat(json).contains("\\u003cscript\\u003ealert('x')\\u003c/script\\u003e");
        assertThat(json).contains("a=1\\u0026b=\\\"2\\\"");
        assertThat(json).contains("\"congressNoticeDue\":\"2026-09-16\"");
    }

    @Test
    void emptyYearStillRendersAReport() {
        CongressReport r = Paip.report(2024, List.of(), List.of());
        assertThat(r.toHtml()).contains("No foreign person is identified");
        assertThat(r.toMap()).containsEntry("periodStart", "2023-07-04");
    }
}
