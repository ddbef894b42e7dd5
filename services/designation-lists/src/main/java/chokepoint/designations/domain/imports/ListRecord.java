package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One entry of one list, as parsed from an official file.
 *
 * <p>{@code list} is a list id such as "SDN" or "ENTITY_LIST" (see {@link ListIds}).
 * {@code sourceRecordId} is the stable key of the entry inside its list: OFAC's ent_num /
 * uid, the CSL {@code entity_number} when present, otherwise a deterministic key derived
 * from the name ({@link RecordKeys}). {@code countries} are ISO-3166 alpha-2, upper case,
 * deduplicated. {@code licenseReviewPolicyText} is the published wording, verbatim; read
 * it with {@code LicenseReviewPolicy.fromText}. {@code parentNames} are the parents the
 * source names (DoD 1260H "parent"), empty elsewhere. All lists are non-null and immutable.
 */
public record ListRecord(
        String list,
        String sourceRecordId,
        PartyKind kind,
        String name,
        List<Alias> aliases,
        List<Address> addresses,
        List<String> countries,
        List<Identifier> identifiers,
        List<String> programs,
        String licenseRequirement,
        String licenseReviewPolicyText,
        List<String> federalRegisterCitations,
        List<String> footnotes,
        String remarks,
        LocalDate listedOn,
        LocalDate removedOn,
        List<String> parentNames) {

    public ListRecord {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(sourceRecordId, "sourceRecordId");
        Objects.requireNonNull(name, "name");
        kind = kind == null ? PartyKind.UNKNOWN : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        countries = countries == null ? List.of() : List.copyOf(countries);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        programs = programs == null ? List.of() : List.copyOf(programs);
        federalRegisterCitations = federalRegisterCitations == null ? List.of() : List.copyOf(federalRegisterCitations);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        parentNames = parentNames == null ? List.of() : List.copyOf(parentNames);
    }

    public ListRecord withSourceRecordId(String id) {
        return new ListRecord(list, id, kind, name, aliases, addresses, countries, identifiers, programs,
                licenseRequirement, licenseReviewPolicyText, federalRegisterCitations, footnotes, remarks,
                listedOn, removedOn, parentNames);
    }

    /**
     * SHA-256 (lower-case hex) of a canonical serialization of every field. Each string is
     * length-prefixed (so no separator can be forged by content); the multi-valued fields
     * (aliases, addresses, countries, identifiers, programs, FR citations, footnotes,
     * parent names) are sorted first, so their order in the source file does not matter.
     * Two imports of an unchanged entry give the same fingerprint.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(512);
        put(sb, "v1");
        put(sb, list);
        put(sb, sourceRecordId);
        put(sb, kind.name());
        put(sb, name);
        List<String> a = new ArrayList<>(aliases.size());
        for (Alias x : aliases) {
            a.add(join(x.name(), Boolean.toString(x.weak()), x.script()));
        }
        putSorted(sb, a);
        List<String> ad = new ArrayList<>(addresses.size());
        for (Address x : addresses) {
            ad.add(join(x.text(), x.city(), x.region(), x.postalCode(), x.country()));
        }
        putSorted(sb, ad);
        putSorted(sb, countries);
        List<String> ids = new ArrayList<>(identifiers.size());
        for (Identifier x : identifiers) {
            ids.add(join(x.scheme(), x.value(), x.country()));
        }
        putSorted(sb, ids);
        putSorted(sb, programs);
        put(sb, licenseRequirement);
        put(sb, licenseReviewPolicyText);
        putSorted(sb, federalRegisterCitations);
        putSorted(sb, footnotes);
        put(sb, remarks);
        put(sb, listedOn == null ? null : listedOn.toString());
        put(sb, removedOn == null ? null : removedOn.toString());
        putSorted(sb, parentNames);
        return sha256Hex(sb.toString());
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            put(sb, p);
        }
        return sb.toString();
    }

    private static void put(StringBuilder sb, String s) {
        if (s == null) {
            sb.append('~');
        } else {
            sb.append(s.length()).append(':').append(s);
        }
        sb.append('|');
    }

    private static void putSorted(StringBuilder sb, List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        sb.append('[').append(sorted.size()).append(']');
        for (String s : sorted) {
            put(sb, s);
        }
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
