package chokepoint.paip.domain;

/** The four grounds of identification in 50 U.S.C. 1709(a)(1)(A). */
public enum Clause {
    I("(a)(1)(A)(i)", "Knowingly engaged in, or benefitted from, significant theft of trade secrets of United States persons "
            + "(theft on or after January 5, 2023) reasonably likely to result in, or that has materially contributed to, a "
            + "significant threat to the national security, foreign policy, or economic health or financial stability of the United States."),
    II("(a)(1)(A)(ii)", "Provided significant financial, material, or technological support for, or goods or services in "
            + "support of or to benefit significantly from, such theft."),
    III("(a)(1)(A)(iii)", "An entity owned or controlled by, or that has acted or purported to act for or on behalf of, "
            + "directly or indirectly, a foreign person identified under clause (i) or (ii)."),
    IV("(a)(1)(A)(iv)", "A chief executive officer or member of the board of directors of a foreign entity identified under "
            + "clause (i) or (ii).");

    private final String subsection;
    private final String description;

    Clause(String subsection, String description) {
        this.subsection = subsection;
        this.description = description;
    }

    public String subsection() {
        return subsection;
    }

    public String citation() {
        return Statute.cite(subsection);
    }

    public String description() {
        return description;
    }

    /** Clause (i) or (ii): the primary grounds that (iii) and (iv) identifications hang from. */
    public boolean primary() {
        return this == I || this == II;
    }
}
