package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * trade.gov Consolidated Screening List, official CSV layout (29 columns, header below).
 *
 * <ul>
 * <li>source: list id by {@link ListIds#fromCslSource}; unknown sources get a derived id.</li>
 * <li>entity_number: the sourceRecordId when present (OFAC lists); BIS/State rows have none
 *     and get a name-derived key ({@link RecordKeys}).</li>
 * <li>type: Entity → ORGANIZATION, Individual → PERSON, Vessel, Aircraft; empty → UNKNOWN.</li>
 * <li>alt_names, programs, addresses, ids, citizenships, nationalities: "; "-separated.</li>
 * <li>addresses: "street, city, state, postal, CC" as trade.gov joins them (empty parts
 *     omitted) or just "CC". Address.text = the published address without the trailing
 *     country code; country = the trailing ISO-2; postalCode = the last part before the
 *     country when it contains a digit; city = the part before that (or the last part);
 *     for US/CA/AU a two-letter part before the postal code is the region. The split is
 *     a heuristic; text always holds the whole published line.</li>
 * <li>ids: "CC, number, type" / "number, type" / "CC, issue, expiry, number, type":
 *     the last item is the label ({@link Identifiers#scheme}), the one before it the value,
 *     a leading two-letter item the issuing country.</li>
 * <li>federal_register_notice: every citation in it ({@link Identifiers#federalRegister}).</li>
 * <li>start_date → listedOn; end_date (end of a DPL order) → removedOn.</li>
 * <li>license_requirement, license_policy: verbatim.</li>
 * <li>title, call_sign, vessel_*, dates_of_birth, places_of_birth, standard_order: appended
 *     to remarks as "Label: value".</li>
 * </ul>
 */
final class CslParser {

    static final List<String> HEADER = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order",
            "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage",
            "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names",
            "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids");

    private static final int SOURCE = 1, ENTITY_NUMBER = 2, TYPE = 3, PROGRAMS = 4, NAME = 5, TITLE = 6,
            ADDRESSES = 7, FRN = 8, START = 9, END = 10, STANDARD_ORDER = 11, LIC_REQ = 12, LIC_POL = 13,
            CALL_SIGN = 14, VESSEL_TYPE = 15, GT = 16, GRT = 17, FLAG = 18, OWNER = 19, REMARKS = 20,
            ALT = 22, CITIZENSHIPS = 23, DOB = 24, NATIONALITIES = 25, POB = 26, IDS = 28;

    private CslParser() {
    }

    static ParsedList parseCsv(String part, String text) throws ImportException {
        List<String> warnings = new ArrayList<>();
        Set<String> unknownSources = new HashSet<>();
        List<ListRecord> records = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        try (CsvRows rows = new CsvRows(part, text)) {
            if (!rows.next()) {
                throw new ImportException(Reason.EMPTY_FILE, part, 0, "no header row");
            }
            List<String> header = List.of(rows.values());
            if (!header.equals(HEADER)) {
                throw new ImportException(Reason.WRONG_COLUMNS, part, rows.line(),
                        "header is not the CSL layout: expected " + HEADER.size() + " columns " + HEADER
                                + ", found " + header.size() + " " + header);
            }
            while (rows.next()) {
                if (rows.size() != HEADER.size()) {
                    throw new ImportException(Reason.WRONG_COLUMNS, part, rows.line(),
                            "row has " + rows.size() + " columns, the CSL layout has " + HEADER.size());
                }
                Draft d = new Draft();
                d.line = rows.line();
                String source = rows.get(SOURCE);
                d.list = listOf(source, unknownSources, warnings);
                d.name = Text.clean(rows.get(NAME));
                if (d.name == null) {
                    throw new ImportException(Reason.MISSING_NAME, part, rows.line(), "row has an empty name");
                }
                String num = Text.clean(rows.get(ENTITY_NUMBER));
                d.id = num != null ? num : RecordKeys.PENDING;
                d.kind = kind(rows.get(TYPE));
                d.programs.addAll(Text.splitSemicolon(rows.get(PROGRAMS)));
                for (String a : Text.split(rows.get(ALT), "; ")) {
                    d.alias(a, false);
                }
                for (String a : Text.split(rows.get(ADDRESSES), "; ")) {
                    d.address(address(a));
                }
                d.citations.addAll(Identifiers.federalRegister(rows.get(FRN)));
                d.listedOn = Dates.iso(rows.get(START), part, rows.line(), "start_date");
                d.removedOn = Dates.iso(rows.get(END), part, rows.line(), "end_date");
                d.licenseRequirement = rows.get(LIC_REQ);
                d.licensePolicy = rows.get(LIC_POL);
                d.remarks = rows.get(REMARKS);
                for (String c : Text.splitSemicolon(rows.get(NATIONALITIES))) {
                    d.country(Countries.toIso2(c));
                }
                for (String c : Text.splitSemicolon(rows.get(CITIZENSHIPS))) {
                    d.country(Countries.toIso2(c));
                }
                for (String id : Text.split(rows.get(IDS), "; ")) {
                    Identifier i = identifier(id);
                    if (i != null) {
                        d.identifiers.add(i);
                    }
                }
                d.extra("Title", rows.get(TITLE));
                d.extra("Call sign", rows.get(CALL_SIGN));
                d.extra("Vessel type", rows.get(VESSEL_TYPE));
                d.extra("Gross tonnage", rows.get(GT));
                d.extra("Gross registered tonnage", rows.get(GRT));
                d.extra("Vessel flag", rows.get(FLAG));
                d.extra("Vessel owner", rows.get(OWNER));
                d.extra("Dates of birth", rows.get(DOB));
                d.extra("Places of birth", rows.get(POB));
                d.extra("Standard order", rows.get(STANDARD_ORDER));
                records.add(d.build());
                String[] v = rows.values();
                raws.add(String.join("\u0001", java.util.Arrays.asList(v).subList(1, v.length)));
            }
        }
        if (records.isEmpty()) {
            throw new ImportException(Reason.EMPTY_FILE, part, 0, "header only, no records");
        }
        return ParsedList.of(ImportFormat.CSL_CSV, RecordKeys.finish(records, raws, warnings), warnings);
    }

    static String listOf(String source, Set<String> unknownSources, List<String> warnings) {
        String id = ListIds.fromCslSource(source);
        if (id != null) {
            return id;
        }
        String derived = ListIds.derived(source);
        if (unknownSources.add(String.valueOf(source))) {
            warnings.add("unknown CSL source '" + source + "' imported as list " + derived);
        }
        return derived;
    }

    static PartyKind kind(String type) {
        String t = Text.clean(type);
        if (t == null) {
            return PartyKind.UNKNOWN;
        }
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "entity":
            case "organization":
                return PartyKind.ORGANIZATION;
            case "individual":
            case "person":
                return PartyKind.PERSON;
            case "vessel":
                return PartyKind.VESSEL;
            case "aircraft":
                return PartyKind.AIRCRAFT;
            default:
                return PartyKind.UNKNOWN;
        }
    }

    /** One published CSL address line; see the class comment. */
    static Address address(String published) {
        List<String> parts = Text.split(published, ",");
        String country = null;
        String text = published.strip();
        if (!parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            String cc = Text.isIso2(last) ? last : null;
            if (cc != null) {
                country = cc;
                parts = parts.subList(0, parts.size() - 1);
                int cut = text.lastIndexOf(',');
                text = cut > 0 ? text.substring(0, cut).strip() : null;
            }
        }
        String postal = null, city = null, region = null;
        int n = parts.size();
        if (n >= 1) {
            int i = n - 1;
            if (n >= 2 && hasDigit(parts.get(i)) && parts.get(i).length() <= 12) {
                postal = parts.get(i);
                i--;
            }
            if (i >= 1 && ("US".equals(country) || "CA".equals(country) || "AU".equals(country))
                    && Text.isIso2(parts.get(i))) {
                region = parts.get(i);
                i--;
            }
            if (i >= 0 && (n == 1 || i >= 1 || postal != null || region != null) && !hasDigit(parts.get(i))) {
                city = parts.get(i);
            }
        }
        return new Address(text == null || text.isEmpty() ? null : text, city, region, postal, country);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One CSL ids item ("CN, 9111..., Unified Social Credit Code (USCC)"); null when informational. */
    static Identifier identifier(String item) {
        List<String> p = Text.split(item, ", ");
        if (p.size() < 2) {
            return null;
        }
        String scheme = Identifiers.scheme(p.get(p.size() - 1));
        if (scheme == null) {
            return null;
        }
        String value = p.get(p.size() - 2);
        String country = p.size() >= 3 && Text.isIso2(p.get(0)) ? p.get(0) : null;
        return new Identifier(scheme, value, country);
    }
}
