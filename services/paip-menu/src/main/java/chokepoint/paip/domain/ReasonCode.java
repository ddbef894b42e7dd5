package chokepoint.paip.domain;

/**
 * Machine-readable reasons a PAIP request is refused. {@link #precondition()} tells the adapter whether the
 * request was well-formed but refused by a statutory rule (gRPC FAILED_PRECONDITION / HTTP 422) or was
 * malformed (INVALID_ARGUMENT / HTTP 400).
 */
public enum ReasonCode {
    // --- package (b)(1) / (b)(2) ---
    PAIP_FEWER_THAN_FIVE(true),
    PAIP_NOT_A_FINANCIAL_INSTITUTION(true),
    PAIP_OFFICERS_NOT_NAMED(true),
    PAIP_OFFICER_MEASURES_REQUIRED(true),
    PAIP_OFFICER_MEASURE_NOT_APPLICABLE(true),
    PAIP_OFFICERS_WITHOUT_L(true),
    PAIP_DUPLICATE_OFFICER(false),
    PAIP_NOT_IDENTIFIED_IN_LATEST_REPORT(true),
    PAIP_AFTER_SUNSET(true),
    PAIP_BEFORE_ENACTMENT(true),
    PAIP_UNKNOWN_MEASURE(false),
    PAIP_F_CLAUSE_REQUIRED(false),
    PAIP_DUPLICATE_MEASURE(false),
    PAIP_INDIVIDUAL_HAS_NO_MENU(true),
    PAIP_INDIVIDUAL_SANCTION_ON_ENTITY(true),
    PAIP_ENTITY_LIST_TERMS_WITHOUT_B(false),
    PAIP_EFFECTIVE_DATE_REQUIRED(false),
    PAIP_DATES_OUT_OF_ORDER(false),
    PAIP_IDENTIFICATION_MISMATCH(false),
    // --- waiver (c) ---
    PAIP_ALREADY_WAIVED(true),
    PAIP_WAIVER_NEEDS_JUSTIFICATION(true),
    PAIP_NOT_IMPOSED(true),
    // --- identification (a) ---
    PAIP_PARTY_REQUIRED(false),
    PAIP_PARTY_KIND_REQUIRED(false),
    PAIP_NOT_A_PERSON(true),
    PAIP_CLAUSE_REQUIRED(false),
    PAIP_NARRATIVE_REQUIRED(true),
    PAIP_ASSESSMENT_REQUIRED(true),
    PAIP_CLAUSE_IV_NOT_AN_INDIVIDUAL(true),
    PAIP_CLAUSE_III_NOT_AN_ENTITY(true),
    PAIP_RELATED_IDENTIFICATION_REQUIRED(true),
    PAIP_RELATED_IDENTIFICATION_NOT_FOUND(true),
    PAIP_RELATED_IDENTIFICATION_WRONG_CLAUSE(true),
    PAIP_RELATED_IDENTIFICATION_NOT_AN_ENTITY(true),
    PAIP_RELATED_IDENTIFICATION_IN_LATER_REPORT(true),
    PAIP_INDIVIDUAL_NOT_A_FINANCIAL_INSTITUTION(true),
    PAIP_REPORT_YEAR_OUT_OF_RANGE(true),
    PAIP_PERIOD_MISMATCH(true),
    PAIP_THEFT_BEFORE_ENACTMENT(true),
    // --- adapter / proposal ---
    PAIP_INVALID_DATE(false),
    PAIP_UNKNOWN_CALIBRATION(false),
    PAIP_FIELD_REQUIRED(false);

    private final boolean precondition;

    ReasonCode(boolean precondition) {
        this.precondition = precondition;
    }

    /** True: a statutory rule refused a well-formed request (FAILED_PRECONDITION); false: malformed (INVALID_ARGUMENT). */
    public boolean precondition() {
        return precondition;
    }
}
