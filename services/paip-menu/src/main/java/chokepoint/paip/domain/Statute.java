package chokepoint.paip.domain;

import java.time.LocalDate;

/**
 * Fixed facts of the Protecting American Intellectual Property Act of 2022 (Pub. L. 117-336,
 * codified at 50 U.S.C. 1709), read from the statute text (docs/law/50-usc-1709.md).
 */
public final class Statute {

    private Statute() {
    }

    /** Prefix of every citation: "50 U.S.C. 1709". */
    public static final String SECTION = "50 U.S.C. 1709";

    /** Date of enactment; (a)(1) and (a)(2)(A) count from it, and (a)(1)(A)(i) requires theft on or after it. */
    public static final LocalDate ENACTED = LocalDate.of(2023, 1, 5);

    /** (a)(1): the first report is due "not later than 180 days after January 5, 2023" = 2023-07-04. */
    public static final LocalDate FIRST_REPORT_DUE = ENACTED.plusDays(180);

    /**
     * (f): "This section shall terminate on the date that is 7 years after January 5, 2023" = 2030-01-05.
     * The section terminates ON this date, so it is the first day on which nothing under the section
     * applies; the last day in force is 2030-01-04. Designations created from packages carry it as
     * their removal date.
     */
    public static final LocalDate TERMINATION_DATE = ENACTED.plusYears(7);

    /** (b)(1): "the President shall impose 5 or more of the following". */
    public static final int MINIMUM_ENTITY_SANCTIONS = 5;

    /** (c)(2): notification "not more than 15 days after issuing the waiver". */
    public static final int WAIVER_NOTICE_DAYS = 15;

    /** The full citation of a subsection, e.g. {@code cite("(b)(1)(F)")} = "50 U.S.C. 1709(b)(1)(F)". */
    public static String cite(String subsection) {
        return SECTION + subsection;
    }

    /** Whether the section is in force on the given date (enacted, and not yet terminated under (f)). */
    public static boolean inForceOn(LocalDate date) {
        return !date.isBefore(ENACTED) && date.isBefore(TERMINATION_DATE);
    }

    /** Last day on which the section is in force (2030-01-04). */
    public static LocalDate lastDayInForce() {
        return TERMINATION_DATE.minusDays(1);
    }
}
