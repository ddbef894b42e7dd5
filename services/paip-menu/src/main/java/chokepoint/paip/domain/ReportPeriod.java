package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a report covers, 50 U.S.C. 1709(a)(2). {@code end} is the date on which the report is
 * required to be submitted.
 *
 * <p>Report years: the first report (a)(1) is due 180 days after January 5, 2023, i.e. 2023-07-04, and covers
 * 2023-01-05 .. 2023-07-04 ((a)(2)(A)). Reports are due "not less frequently than annually thereafter"; this
 * model takes the report for year Y > 2023 as due on the anniversary, Y-07-04, covering the one-year period
 * preceding it, (Y-1)-07-04 .. Y-07-04 ((a)(2)(B)). A report submitted on another date may carry its own
 * period ({@link #precedingSubmission}).
 */
public record ReportPeriod(LocalDate start, LocalDate end) {

    public ReportPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** First report year (2023) and last one due while the section is in force (2029: due 2029-07-04, before 2030-01-05). */
    public static final int FIRST_YEAR = Statute.FIRST_REPORT_DUE.getYear();

    public static int lastYear() {
        int y = Statute.TERMINATION_DATE.getYear();
        return dueDate(y).isBefore(Statute.TERMINATION_DATE) ? y : y - 1;
    }

    /** The date the report for the given year is required to be submitted. */
    public static LocalDate dueDate(int reportYear) {
        return Statute.FIRST_REPORT_DUE.withYear(reportYear);
    }

    /** The (a)(2) period of the report for a year: (A) for the first report, (B) for each subsequent one. */
    public static ReportPeriod forReportYear(int reportYear) {
        if (reportYear <= FIRST_YEAR) {
            return new ReportPeriod(Statute.ENACTED, Statute.FIRST_REPORT_DUE);
        }
        return precedingSubmission(dueDate(reportYear));
    }

    /** (a)(2)(B): the one-year period preceding the submission date. */
    public static ReportPeriod precedingSubmission(LocalDate submission) {
        return new ReportPeriod(submission.minusYears(1), submission);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    /** The subsection that defines this kind of period. */
    public static String subsectionFor(int reportYear) {
        return reportYear <= FIRST_YEAR ? "(a)(2)(A)" : "(a)(2)(B)";
    }
}
