package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mutable record under construction; dedupes as it goes. */
final class Draft {
    String list;
    String id;
    PartyKind kind = PartyKind.UNKNOWN;
    String name;
    final Set<Alias> aliases = new LinkedHashSet<>();
    final Set<Address> addresses = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final Set<Identifier> identifiers = new LinkedHashSet<>();
    final Set<String> programs = new LinkedHashSet<>();
    String licenseRequirement;
    String licensePolicy;
    final Set<String> citations = new LinkedHashSet<>();
    final List<String> footnotes = new ArrayList<>();
    String remarks;
    final List<String> extraRemarks = new ArrayList<>();
    LocalDate listedOn;
    LocalDate removedOn;
    final Set<String> parents = new LinkedHashSet<>();
    long line;

    void alias(String name, boolean weak) {
        String n = Text.clean(name);
        if (n == null || n.equals(this.name)) {
            return;
        }
        Alias a = new Alias(n, weak, Text.script(n));
        if (!weak) {
            aliases.remove(new Alias(n, true, a.script()));
        } else if (aliases.contains(new Alias(n, false, a.script()))) {
            return;
        }
        aliases.add(a);
    }

    void country(String iso2) {
        if (iso2 != null && Text.isIso2(iso2)) {
            countries.add(iso2);
        }
    }

    void address(Address a) {
        addresses.add(a);
        if (a.country() != null && Text.isIso2(a.country())) {
            countries.add(a.country());
        }
    }

    /** Published columns ListRecord has no field for are appended to the remarks as "Label: value". */
    void extra(String label, String value) {
        String v = Text.clean(value);
        if (v != null) {
            extraRemarks.add(label + ": " + v);
        }
    }

    ListRecord build() {
        String r = Text.clean(remarks);
        if (!extraRemarks.isEmpty()) {
            String extra = String.join("; ", extraRemarks);
            r = r == null ? extra : r + " | " + extra;
        }
        return new ListRecord(list, id, kind, name, new ArrayList<>(aliases), new ArrayList<>(addresses),
                new ArrayList<>(countries), new ArrayList<>(identifiers), new ArrayList<>(programs),
                Text.clean(licenseRequirement), Text.clean(licensePolicy), new ArrayList<>(citations), footnotes, r,
                listedOn, removedOn, new ArrayList<>(parents));
    }
}
