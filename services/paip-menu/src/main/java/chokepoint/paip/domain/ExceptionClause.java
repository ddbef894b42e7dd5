package chokepoint.paip.domain;

/** The exceptions of 50 U.S.C. 1709(e), recorded as data and attached to the effects they limit. */
public enum ExceptionClause {
    INTELLIGENCE_ACTIVITIES("(e)(1)", "Intelligence activities",
            "The section does not apply to activities subject to the reporting requirements under title V of the National "
                    + "Security Act of 1947 (50 U.S.C. 3091 et seq.) or any authorized intelligence activities of the United States."),
    LAW_ENFORCEMENT_ACTIVITIES("(e)(2)", "Law enforcement activities",
            "Sanctions do not apply with respect to any authorized law enforcement activities of the United States."),
    INTERNATIONAL_AGREEMENTS("(e)(3)", "Exception to comply with international agreements",
            "Sanctions do not apply to the admission of an alien when necessary to comply with the UN Headquarters Agreement "
                    + "(Lake Success, June 26, 1947), the Vienna Convention on Consular Relations (April 24, 1963), or other "
                    + "international obligations of the United States."),
    IMPORTATION_OF_GOODS("(e)(4)", "Exception relating to importation of goods",
            "No authority or requirement to sanction the importation of goods (any article, natural or manmade substance, "
                    + "material, supply or manufactured product, including inspection and test equipment, and excluding technical data).");

    private final String subsection;
    private final String title;
    private final String description;

    ExceptionClause(String subsection, String title, String description) {
        this.subsection = subsection;
        this.title = title;
        this.description = description;
    }

    public String subsection() {
        return subsection;
    }

    public String citation() {
        return Statute.cite(subsection);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
