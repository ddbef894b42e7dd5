package chokepoint.designations.adapter.grpc;

import chokepoint.api.designations.v1.AliasStrength;
import chokepoint.api.party.v1.Party;
import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.DesignationData;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.LicenseReviewPolicy;
import chokepoint.designations.domain.PartyKind;
import chokepoint.platform.GrpcErrors;
import com.google.protobuf.Timestamp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps designation messages to domain records and back. */
public final class DesignationMapper {

    private DesignationMapper() {
    }

    public static DesignationData toData(chokepoint.api.designations.v1.Designation m) {
        Party p = m.getParty();
        List<Alias> aliases = new ArrayList<>();
        for (int i = 0; i < p.getAliasesCount(); i++) {
            String name = p.getAliases(i);
            chokepoint.api.designations.v1.Alias detail = m.getAliasDetailsList().stream()
                    .filter(a -> a.getName().equals(name)).findFirst().orElse(null);
            aliases.add(new Alias(name, detail != null && detail.getStrength() == AliasStrength.ALIAS_STRENGTH_WEAK,
                    detail == null || detail.getScript().isEmpty() ? null : detail.getScript()));
        }
        List<Address> addresses = p.getAddressesList().stream()
                .map(a -> new Address(blankToNull(a.getText()), blankToNull(a.getCity()), blankToNull(a.getRegion()),
                        blankToNull(a.getPostalCode()), blankToNull(a.getCountry().toUpperCase(Locale.ROOT))))
                .toList();
        List<Identifier> ids = p.getIdentifiersList().stream()
                .map(i -> new Identifier(i.getScheme(), i.getValue(), blankToNull(i.getCountry()))).toList();
        LicenseReviewPolicy policy = switch (m.getLicenseReviewPolicy()) {
            case LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL -> LicenseReviewPolicy.PRESUMPTION_OF_DENIAL;
            case LICENSE_REVIEW_POLICY_POLICY_OF_DENIAL -> LicenseReviewPolicy.POLICY_OF_DENIAL;
            case LICENSE_REVIEW_POLICY_CASE_BY_CASE -> LicenseReviewPolicy.CASE_BY_CASE;
            case LICENSE_REVIEW_POLICY_PRESUMPTION_OF_APPROVAL -> LicenseReviewPolicy.PRESUMPTION_OF_APPROVAL;
            case LICENSE_REVIEW_POLICY_OTHER -> LicenseReviewPolicy.OTHER;
            default -> LicenseReviewPolicy.UNSPECIFIED;
        };
        return new DesignationData(kind(p.getKind()), p.getName().strip(), aliases, addresses,
                p.getCountriesList().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList(), ids,
                m.getProgramsList(), blankToNull(m.getLicenseRequirement()), blankToNull(m.getLicenseReviewPolicyText()), policy,
                m.getFederalRegisterCitationsList(), m.getFootnotesList(), blankToNull(m.getRemarks()),
                date("listed_on", m.getListedOn()));
    }

    public static chokepoint.api.designations.v1.Designation toProto(Designation d) {
        DesignationData data = d.data();
        Party.Builder party = Party.newBuilder()
                .setKind(kind(data.kind()))
                .setName(data.name())
                .addAllCountries(data.countries());
        for (Alias a : data.aliases()) {
            party.addAliases(a.name());
        }
        for (Address a : data.addresses()) {
            party.addAddresses(chokepoint.api.party.v1.Address.newBuilder()
                    .setText(nz(a.text())).setCity(nz(a.city())).setRegion(nz(a.region()))
                    .setPostalCode(nz(a.postalCode())).setCountry(nz(a.country())));
        }
        for (Identifier i : data.identifiers()) {
            party.addIdentifiers(chokepoint.api.party.v1.Identifier.newBuilder()
                    .setScheme(i.scheme()).setValue(i.value()).setCountry(nz(i.country())));
        }
        chokepoint.api.designations.v1.Designation.Builder b = chokepoint.api.designations.v1.Designation.newBuilder()
                .setId(d.id())
                .setList(d.list())
                .addAllPrograms(data.programs())
                .setParty(party)
                .setLicenseRequirement(nz(data.licenseRequirement()))
                .setLicenseReviewPolicy(policy(data.licenseReviewPolicy()))
                .setLicenseReviewPolicyText(nz(data.licenseReviewPolicyText()))
                .addAllFootnotes(data.footnotes())
                .addAllFederalRegisterCitations(data.federalRegisterCitations())
                .setRemarks(nz(data.remarks()))
                .setListedOn(data.listedOn() == null ? "" : data.listedOn().toString())
                .setEffectiveFrom(d.effectiveFrom().toString())
                .setRemovedOn(d.removedOn() == null ? "" : d.removedOn().toString())
                .setRemovalReason(nz(d.removalReason()))
                .setSourceRecordId(nz(d.sourceRecordId()))
                .setRevision(d.revision())
                .setAuthority(d.authority())
                .setListVersion(nz(d.listVersion()));
        if (d.recordedAt() != null) {
            b.setRecordedAt(Timestamp.newBuilder().setSeconds(d.recordedAt().getEpochSecond()).setNanos(d.recordedAt().getNano()));
        }
        for (Alias a : data.aliases()) {
            b.addAliasDetails(chokepoint.api.designations.v1.Alias.newBuilder().setName(a.name())
                    .setStrength(a.weak() ? AliasStrength.ALIAS_STRENGTH_WEAK : AliasStrength.ALIAS_STRENGTH_STRONG)
                    .setScript(nz(a.script())));
        }
        return b.build();
    }

    public static chokepoint.api.designations.v1.LicenseReviewPolicy policy(LicenseReviewPolicy p) {
        return switch (p) {
            case PRESUMPTION_OF_DENIAL -> chokepoint.api.designations.v1.LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL;
            case POLICY_OF_DENIAL -> chokepoint.api.designations.v1.LicenseReviewPolicy.LICENSE_REVIEW_POLICY_POLICY_OF_DENIAL;
            case CASE_BY_CASE -> chokepoint.api.designations.v1.LicenseReviewPolicy.LICENSE_REVIEW_POLICY_CASE_BY_CASE;
            case PRESUMPTION_OF_APPROVAL -> chokepoint.api.designations.v1.LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_APPROVAL;
            case OTHER -> chokepoint.api.designations.v1.LicenseReviewPolicy.LICENSE_REVIEW_POLICY_OTHER;
            case UNSPECIFIED -> chokepoint.api.designations.v1.LicenseReviewPolicy.LICENSE_REVIEW_POLICY_UNSPECIFIED;
        };
    }

    public static PartyKind kind(chokepoint.api.party.v1.PartyKind k) {
        return switch (k) {
            case PARTY_KIND_ORGANIZATION -> PartyKind.ORGANIZATION;
            case PARTY_KIND_PERSON -> PartyKind.PERSON;
            case PARTY_KIND_VESSEL -> PartyKind.VESSEL;
            case PARTY_KIND_AIRCRAFT -> PartyKind.AIRCRAFT;
            default -> PartyKind.UNKNOWN;
        };
    }

    public static chokepoint.api.party.v1.PartyKind kind(PartyKind k) {
        return switch (k) {
            case ORGANIZATION -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_ORGANIZATION;
            case PERSON -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_PERSON;
            case VESSEL -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_VESSEL;
            case AIRCRAFT -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_AIRCRAFT;
            case UNKNOWN -> chokepoint.api.party.v1.PartyKind.PARTY_KIND_UNSPECIFIED;
        };
    }

    /** Parses an optional YYYY-MM-DD field; a malformed one is INVALID_ARGUMENT naming the field. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw GrpcErrors.invalid("INVALID_DATE", field, field + " must be a date as YYYY-MM-DD, got '" + abbreviate(value) + "'");
        }
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
