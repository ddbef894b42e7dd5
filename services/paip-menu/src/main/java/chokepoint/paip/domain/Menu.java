package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The sanctions menu of 50 U.S.C. 1709(b) as data. */
public final class Menu {

    private Menu() {
    }

    /** The citation of the menu: "50 U.S.C. 1709(b)(1)". */
    public static final String CITATION = Statute.cite("(b)(1)");

    /** The thirteen menu entries (A..L, F split into F(i) and F(ii)), in statutory order. */
    public static List<Measure> measures() {
        return List.of(Measure.values());
    }

    /** The twelve statutory letters A..L. */
    public static Set<String> letters() {
        return Arrays.stream(Measure.values()).map(Measure::letter).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * How many sanctions the measures count for under (b)(1): one per distinct measure; F(i) and F(ii) are
     * each one sanction, so choosing both counts two (the closing sentence of (b)(1)(F)).
     */
    public static int sanctionCount(Collection<Measure> chosen) {
        return chosen.isEmpty() ? 0 : EnumSet.copyOf(chosen).size();
    }

    /** The mandatory sanctions for an individual, (b)(2)(A) and (b)(2)(B). */
    public static List<IndividualSanction> individualSanctions() {
        return List.of(IndividualSanction.values());
    }

    /** The (e) exceptions. */
    public static List<ExceptionClause> exceptions() {
        return List.of(ExceptionClause.values());
    }

    /** The termination date under (f), 2030-01-05 (first day the section no longer applies). */
    public static LocalDate sunset() {
        return Statute.TERMINATION_DATE;
    }
}
