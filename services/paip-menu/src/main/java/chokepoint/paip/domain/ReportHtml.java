package chokepoint.paip.domain;

/** Renders a {@link CongressReport} as a self-contained HTML document. Every piece of user text is escaped. */
final class ReportHtml {

    private ReportHtml() {
    }

    static String render(CongressReport r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Report under ").append(esc(Statute.cite("(a)(1)"))).append(" for ").append(r.year())
                .append("</title>\n<style>body{font-family:serif;max-width:60em;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style>\n")
                .append("</head>\n<body>\n");
        h.append("<p>UNCLASSIFIED (").append(esc(Statute.cite("(a)(3)"))).append(")</p>\n");
        h.append("<h1>Report on the theft of trade secrets of United States persons, ").append(r.year()).append("</h1>\n");
        h.append("<p>Submitted under ").append(esc(Statute.cite("(a)(1)"))).append(" to the ")
                .append(esc(String.join("; ", CongressReport.COMMITTEES))).append(" (").append(esc(Statute.cite("(g)(2)")))
                .append(").</p>\n");
        h.append("<p>Period covered (").append(esc(Statute.cite(ReportPeriod.subsectionFor(r.year())))).append("): ")
                .append(r.period().start()).append(" to ").append(r.period().end()).append(".</p>\n");
        if (r.entries().isEmpty()) {
            h.append("<p>No foreign person is identified in this report.</p>\n");
        }
        for (CongressReport.Entry e : r.entries()) {
            h.append("<section>\n<h2>").append(esc(e.name())).append("</h2>\n<dl>\n");
            dt(h, "Identification", e.identificationId());
            dt(h, "Kind", e.kind() + (e.financialInstitution() ? " (financial institution)" : ""));
            dt(h, "Ground", "Clause " + e.clause() + " \u2014 " + e.clauseCitation());
            if (!e.relatedIdentificationId().isBlank()) {
                dt(h, "Related identification", e.relatedName().isBlank() ? e.relatedIdentificationId()
                        : e.relatedName() + " (" + e.relatedIdentificationId() + ")");
            }
            if (!e.narrative().isBlank()) {
                dt(h, e.narrativeLabel(), e.narrative());
            }
            if (!e.evidence().isEmpty()) {
                dt(h, "Evidence", String.join("; ", e.evidence()));
            }
            h.append("</dl>\n");
            if (e.packages().isEmpty()) {
                h.append("<p>No sanctions imposed.</p>\n");
            }
            for (CongressReport.PackageLine p : e.packages()) {
                h.append("<h3>Sanctions package ").append(esc(p.packageId())).append(" (").append(esc(p.status()))
                        .append("), in force from ").append(esc(String.valueOf(p.effectiveFrom()))).append(", no longer applies from ")
                        .append(esc(String.valueOf(p.removedOn()))).append(", ").append(p.sanctionCount())
                        .append(" sanctions</h3>\n<table>\n<tr><th>Measure</th><th>Sanction</th><th>Citation</th></tr>\n");
                for (CongressReport.Sanction s : p.sanctions()) {
                    h.append("<tr><td>").append(esc(s.token())).append("</td><td>").append(esc(s.title())).append("</td><td>")
                            .append(esc(s.citation())).append("</td></tr>\n");
                }
                h.append("</table>\n");
                if (!p.licenseRequirement().isBlank()) {
                    h.append("<p>Entity List license requirement: ").append(esc(p.licenseRequirement()))
                            .append("; license review policy: ").append(esc(p.licenseReviewPolicy())).append(".</p>\n");
                }
                if (!p.officers().isEmpty()) {
                    h.append("<p>Principal executive officers (").append(esc(Measure.L.citation())).append("):</p>\n<ul>\n");
                    for (CongressReport.OfficerLine o : p.officers()) {
                        h.append("<li>").append(esc(o.officerName())).append(": ")
                                .append(esc(String.join(", ", o.sanctions().stream().map(CongressReport.Sanction::token).toList())))
                                .append("</li>\n");
                    }
                    h.append("</ul>\n");
                }
                if (p.waiver() != null) {
                    h.append("<p>Waived on ").append(p.waiver().waivedOn()).append(" under ").append(esc(Statute.cite("(c)")))
                            .append(". Justification: ").append(esc(p.waiver().justification())).append(" Notice to Congress due by ")
                            .append(p.waiver().congressNoticeDue()).append(" (").append(esc(Statute.cite("(c)(2)")))
                            .append(").</p>\n");
                }
            }
            h.append("</section>\n");
        }
        h.append("<p>Sanctions under this section terminate on ").append(Statute.TERMINATION_DATE).append(" (")
                .append(esc(Statute.cite("(f)"))).append(").</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void dt(StringBuilder h, String term, String value) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
