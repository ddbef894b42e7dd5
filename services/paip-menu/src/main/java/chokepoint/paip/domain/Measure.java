package chokepoint.paip.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The menu of 50 U.S.C. 1709(b)(1): twelve lettered measures A-L for an entity identified in the most
 * recent report. F is split into its clauses F(i) and F(ii), each of which "shall be treated as one
 * sanction" (the imposition of both is two sanctions), so the enum has thirteen constants for twelve
 * letters.
 */
public enum Measure {
    A("A", "A", "Blocking of property", "(b)(1)(A)",
            "Block and prohibit all transactions in all property and interests in property of the entity that are in, "
                    + "or come within, the United States or the possession or control of a United States person (IEEPA, 50 U.S.C. 1701 et seq.).",
            "entity", false),
    B("B", "B", "Inclusion on entity list", "(b)(1)(B)",
            "Include the entity on the Entity List (Supplement No. 4 to 15 CFR part 744) for activities contrary to the "
                    + "national security or foreign policy interests of the United States.",
            "entity", false),
    C("C", "C", "Export-Import bank assistance for exports to sanctioned persons", "(b)(1)(C)",
            "Direct the Export-Import Bank not to approve any guarantee, insurance, extension of credit, or participation "
                    + "in the extension of credit in connection with the export of any goods or services to the entity.",
            "entity", false),
    D("D", "D", "Loans from United States financial institutions", "(b)(1)(D)",
            "Prohibit any United States financial institution from making loans or providing credits to the entity totaling "
                    + "more than $10,000,000 in any 12-month period, unless for activities to relieve human suffering.",
            "entity", false),
    E("E", "E", "Loans from international financial institutions", "(b)(1)(E)",
            "Direct the U.S. executive director to each international financial institution to use the voice and vote of the "
                    + "United States to oppose any loan that would benefit the entity.",
            "entity", false),
    F_I("F", "F(i)", "Prohibitions on financial institutions: prohibition on designation as primary dealer", "(b)(1)(F)(i)",
            "Neither the Federal Reserve Board nor the Federal Reserve Bank of New York may designate, or permit the "
                    + "continuation of any prior designation of, the financial institution as a primary dealer in U.S. Government debt instruments.",
            "entity that is a financial institution", true),
    F_II("F", "F(ii)", "Prohibitions on financial institutions: prohibition on service as a repository of government funds", "(b)(1)(F)(ii)",
            "The financial institution may not serve as agent of the United States Government or as repository for "
                    + "United States Government funds.",
            "entity that is a financial institution", true),
    G("G", "G", "Procurement sanction", "(b)(1)(G)",
            "The United States Government may not procure, or enter into any contract for the procurement of, any goods or "
                    + "services from the entity.",
            "entity", false),
    H("H", "H", "Foreign exchange", "(b)(1)(H)",
            "Prohibit any transactions in foreign exchange that are subject to the jurisdiction of the United States and in "
                    + "which the entity has any interest.",
            "entity", false),
    I("I", "I", "Banking transactions", "(b)(1)(I)",
            "Prohibit transfers of credit or payments between, by, through, or to financial institutions, subject to U.S. "
                    + "jurisdiction, that involve any interest of the entity.",
            "entity", false),
    J("J", "J", "Ban on investment in equity or debt of sanctioned person", "(b)(1)(J)",
            "Prohibit any United States person from investing in or purchasing significant amounts of equity or debt "
                    + "instruments of the entity.",
            "entity", false),
    K("K", "K", "Exclusion of corporate officers", "(b)(1)(K)",
            "Direct the Secretary of State to deny a visa to, and the Secretary of Homeland Security to exclude from the "
                    + "United States, any alien determined to be a corporate officer or principal of, or a controlling shareholder in, the entity.",
            "aliens who are corporate officers, principals or controlling shareholders of the entity", false),
    L("L", "L", "Sanctions on principal executive officers", "(b)(1)(L)",
            "Impose on the principal executive officer or officers of the entity (or individuals performing similar functions "
                    + "with similar authorities) any of the sanctions under (b)(1); the officers must be named with the measures chosen for each.",
            "principal executive officers of the entity, each named with the measures chosen", false);

    private final String letter;
    private final String token;
    private final String title;
    private final String subsection;
    private final String description;
    private final String applicability;
    private final boolean financialInstitutionsOnly;

    Measure(String letter, String token, String title, String subsection, String description,
            String applicability, boolean financialInstitutionsOnly) {
        this.letter = letter;
        this.token = token;
        this.title = title;
        this.subsection = subsection;
        this.description = description;
        this.applicability = applicability;
        this.financialInstitutionsOnly = financialInstitutionsOnly;
    }

    /** The statutory letter, "A".."L" (both F clauses answer "F"). */
    public String letter() {
        return letter;
    }

    /** The token used on the wire and in packages: "A".."L", "F(i)", "F(ii)". */
    public String token() {
        return token;
    }

    /** The statutory heading. */
    public String title() {
        return title;
    }

    /** The subsection, e.g. "(b)(1)(F)(i)". */
    public String subsection() {
        return subsection;
    }

    /** The full citation, e.g. "50 U.S.C. 1709(b)(1)(A)". */
    public String citation() {
        return Statute.cite(subsection);
    }

    public String description() {
        return description;
    }

    public String applicability() {
        return applicability;
    }

    /** (b)(1)(F): "may be imposed against the entity if the entity is a financial institution". */
    public boolean financialInstitutionsOnly() {
        return financialInstitutionsOnly;
    }

    /** Parses a token ("A", "f(ii)", " J "); a bare "F" is not a measure (the clause must be chosen). */
    public static Optional<Measure> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.token.toUpperCase(Locale.ROOT).equals(t)).findFirst();
    }
}
