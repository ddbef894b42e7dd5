package chokepoint.designations.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The file formats {@link ListParsers} reads, and the named parts each one takes. */
public enum ImportFormat {
    /** trade.gov Consolidated Screening List, official 29-column CSV. */
    CSL_CSV(Part.required("file")),
    /** trade.gov Consolidated Screening List, consolidated.json ({"results":[...]}). */
    CSL_JSON(Part.required("file")),
    /** OFAC legacy SDN CSV set: sdn.csv, add.csv, alt.csv, sdn_comments.csv. */
    OFAC_SDN_CSV(Part.required("sdn"), Part.optional("add"), Part.optional("alt"), Part.optional("comments")),
    /** OFAC sdnList XML (SDN.XML or consolidated.xml). */
    OFAC_XML(Part.required("file")),
    /** OFAC consolidated (non-SDN) legacy CSV set: cons_prim, cons_add, cons_alt, cons_comments. */
    OFAC_CONS_CSV(Part.required("prim"), Part.optional("add"), Part.optional("alt"), Part.optional("comments")),
    /** DoD Section 1260H list: name,alias,previous_name,parent_name,listed_on,removed_on. */
    DOD_1260H_CSV(Part.required("file")),
    /** User list, see docs/custom-list-format.md. */
    CUSTOM_CSV(Part.required("file"));

    /** A named part of an upload. */
    public record Part(String name, boolean required) {
        static Part required(String name) {
            return new Part(name, true);
        }

        static Part optional(String name) {
            return new Part(name, false);
        }
    }

    private final List<Part> parts;

    ImportFormat(Part... parts) {
        this.parts = List.of(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    public List<String> requiredPartNames() {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.required()) {
                out.add(p.name());
            }
        }
        return out;
    }

    public boolean acceptsPart(String name) {
        for (Part p : parts) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive lookup ("csl_csv", "CSL-CSV"); unknown names give UNKNOWN_FORMAT. */
    public static ImportFormat fromName(String name) throws ImportException {
        if (name != null) {
            String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ImportFormat f : values()) {
                if (f.name().equals(n)) {
                    return f;
                }
            }
        }
        throw new ImportException(ImportException.Reason.UNKNOWN_FORMAT, null, 0,
                "unknown import format '" + name + "'");
    }
}
