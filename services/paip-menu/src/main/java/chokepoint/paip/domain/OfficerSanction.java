package chokepoint.paip.domain;

import java.util.List;

/** (b)(1)(L): a principal executive officer of the entity, named, with the menu measures chosen for that officer. */
public record OfficerSanction(String officerName, List<String> measures) {
    public OfficerSanction {
        officerName = Party.nz(officerName);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
