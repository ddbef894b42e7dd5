package chokepoint.paip.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * 50 U.S.C. 1709(b)(2): for an alien identified in the most recent report "the following shall apply" -
 * both are mandatory; there is no menu for individuals.
 */
public enum IndividualSanction {
    BLOCKING("(b)(2)(A)", "Blocking of property",
            "Block and prohibit all transactions in all property and interests in property of the alien that are in, or come "
                    + "within, the United States or the possession or control of a United States person (IEEPA)."),
    VISA_INELIGIBILITY("(b)(2)(B)", "Ineligibility for visas, admission, or parole",
            "The alien is inadmissible, ineligible for a visa or other entry documentation, admission, parole or any other "
                    + "INA benefit ((b)(2)(B)(i)); any visa or entry documentation is revoked regardless of when issued, taking "
                    + "effect under INA 221(i) (8 U.S.C. 1201(i)) and cancelling any other valid visa in the alien's possession ((b)(2)(B)(ii)).");

    private final String subsection;
    private final String title;
    private final String description;

    IndividualSanction(String subsection, String title, String description) {
        this.subsection = subsection;
        this.title = title;
        this.description = description;
    }

    /** The token used in packages for individuals: "(b)(2)(A)" or "(b)(2)(B)". */
    public String token() {
        return subsection;
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

    public static Optional<IndividualSanction> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = raw.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return Arrays.stream(values()).filter(s -> s.subsection.toLowerCase(Locale.ROOT).equals(t)
                || ("b2" + s.subsection.charAt(7)).toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }
}
