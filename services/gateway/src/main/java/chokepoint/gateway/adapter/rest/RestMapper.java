package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.party.v1.Address;
import chokepoint.api.party.v1.CustomerType;
import chokepoint.api.party.v1.Identifier;
import chokepoint.api.party.v1.Officer;
import chokepoint.api.party.v1.Owner;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.api.prohibition.v1.Reason;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.gateway.adapter.rest.RestModel.DesignationJson;
import chokepoint.gateway.adapter.rest.RestModel.IdentifierJson;
import chokepoint.gateway.adapter.rest.RestModel.OfficerJson;
import chokepoint.gateway.adapter.rest.RestModel.OwnerJson;
import chokepoint.gateway.adapter.rest.RestModel.PartyJson;
import chokepoint.gateway.adapter.rest.RestModel.ReasonJson;
import chokepoint.gateway.adapter.rest.RestModel.ServiceJson;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** REST JSON to gRPC messages and back, validating as it goes (every violation names its field). */
public final class RestMapper {

    private RestMapper() {
    }

    public static Problem problem(List<Violation> violations) {
        Violation first = violations.get(0);
        Problem p = Problem.badRequest(first.reason(), first.field(), first.message());
        if (violations.size() > 1) {
            p.with("violations", violations.stream()
                    .map(v -> java.util.Map.of("field", v.field(), "reason", v.reason(), "message", v.message())).toList());
        }
        return p;
    }

    public static Party party(PartyJson p, String field, boolean nameRequired, List<Violation> out) {
        if (p == null) {
            out.add(new Violation(field, "MISSING_FIELD", field + " is required"));
            return Party.getDefaultInstance();
        }
        Party.Builder b = Party.newBuilder();
        b.setKind(enumValue(PartyKind.class, "PARTY_KIND_", p.kind(), field + ".kind", PartyKind.PARTY_KIND_UNSPECIFIED, out));
        boolean hasIds = p.identifiers() != null && !p.identifiers().isEmpty();
        ScreeningInputRules.name(field + ".name", p.name(), nameRequired && !hasIds, out);
        if ((p.name() == null || p.name().isBlank()) && !hasIds && !nameRequired) {
            out.add(new Violation(field + ".name", "MISSING_NAME", field + " needs a name or an identifier"));
        }
        b.setName(p.name() == null ? "" : p.name().strip());
        List<String> aliases = p.aliases() == null ? List.of() : p.aliases();
        if (aliases.size() > ScreeningInputRules.MAX_NAMES) {
            out.add(new Violation(field + ".aliases", "TOO_MANY_ALIASES", "at most " + ScreeningInputRules.MAX_NAMES + " aliases"));
        }
        for (int i = 0; i < aliases.size() && i < ScreeningInputRules.MAX_NAMES; i++) {
            ScreeningInputRules.name(field + ".aliases[" + i + "]", aliases.get(i), true, out);
            if (aliases.get(i) != null) {
                b.addAliases(aliases.get(i).strip());
            }
        }
        List<String> countries = p.countries() == null ? List.of() : p.countries();
        for (int i = 0; i < countries.size(); i++) {
            String c = countries.get(i) == null ? "" : countries.get(i).strip().toUpperCase(Locale.ROOT);
            ScreeningInputRules.country(field + ".countries[" + i + "]", c.isEmpty() ? "?" : c, out);
            b.addCountries(c);
        }
        if (p.headquartersCountry() != null) {
            String hq = p.headquartersCountry().strip().toUpperCase(Locale.ROOT);
            ScreeningInputRules.country(field + ".headquartersCountry", hq, out);
            b.setHeadquartersCountry(hq);
        }
        if (p.addresses() != null) {
            for (int i = 0; i < p.addresses().size(); i++) {
                b.addAddresses(address(p.addresses().get(i), field + ".addresses[" + i + "]", out));
            }
        }
        if (p.identifiers() != null) {
            for (int i = 0; i < p.identifiers().size(); i++) {
                IdentifierJson id = p.identifiers().get(i);
                String f = field + ".identifiers[" + i + "]";
                if (id == null || id.scheme() == null || id.scheme().isBlank() || id.value() == null || id.value().isBlank()) {
                    out.add(new Violation(f, "INVALID_IDENTIFIER", f + " needs a scheme and a value"));
                    continue;
                }
                if (id.value().length() > 200 || id.scheme().length() > 50) {
                    out.add(new Violation(f, "INVALID_IDENTIFIER", f + " is too long"));
                    continue;
                }
                b.addIdentifiers(Identifier.newBuilder().setScheme(id.scheme().strip()).setValue(id.value().strip())
                        .setCountry(id.country() == null ? "" : id.country().strip().toUpperCase(Locale.ROOT)));
            }
        }
        if (p.owners() != null) {
            if (p.owners().size() > ScreeningInputRules.MAX_OWNERS) {
                out.add(new Violation(field + ".owners", "TOO_MANY_OWNERS", "at most " + ScreeningInputRules.MAX_OWNERS + " owners"));
            }
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < p.owners().size() && i < ScreeningInputRules.MAX_OWNERS; i++) {
                OwnerJson o = p.owners().get(i);
                String f = field + ".owners[" + i + "]";
                if (o == null) {
                    out.add(new Violation(f, "MISSING_FIELD", f + " is empty"));
                    continue;
                }
                Owner.Builder ob = Owner.newBuilder().setParty(party(o.party(), f + ".party", true, out));
                if (Boolean.TRUE.equals(o.percentUnknown())) {
                    ob.setPercentUnknown(true);
                } else {
                    BigDecimal pct = ScreeningInputRules.percent(f + ".percent", o.percent(), out);
                    if (pct != null) {
                        total = total.add(pct);
                        ob.setPercent(pct.stripTrailingZeros().toPlainString());
                    }
                }
                b.addOwners(ob);
            }
            if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
                out.add(new Violation(field + ".owners", "OWNERSHIP_EXCEEDS_100",
                        "the declared owners' stakes add up to " + total.toPlainString() + "%, more than 100%"));
            }
        }
        if (p.officers() != null) {
            for (int i = 0; i < p.officers().size(); i++) {
                OfficerJson o = p.officers().get(i);
                String f = field + ".officers[" + i + "]";
                ScreeningInputRules.name(f + ".name", o == null ? null : o.name(), true, out);
                if (o != null && o.name() != null) {
                    b.addOfficers(Officer.newBuilder().setName(o.name().strip()).setRole(o.role() == null ? "" : o.role()));
                }
            }
        }
        if (p.incorporatedOn() != null) {
            ScreeningInputRules.date(field + ".incorporatedOn", p.incorporatedOn(), out);
            b.setIncorporatedOn(p.incorporatedOn());
        }
        b.setCustomerType(enumValue(CustomerType.class, "CUSTOMER_TYPE_", p.customerType(), field + ".customerType",
                CustomerType.CUSTOMER_TYPE_UNSPECIFIED, out));
        return b.build();
    }

    static Address address(JsonNode n, String field, List<Violation> out) {
        if (n == null || n.isNull()) {
            return Address.getDefaultInstance();
        }
        if (n.isTextual()) {
            return Address.newBuilder().setText(n.asText()).build();
        }
        if (!n.isObject()) {
            out.add(new Violation(field, "INVALID_ADDRESS", field + " must be a string or an object"));
            return Address.getDefaultInstance();
        }
        String country = text(n, "country").toUpperCase(Locale.ROOT);
        if (!country.isEmpty()) {
            ScreeningInputRules.country(field + ".country", country, out);
        }
        return Address.newBuilder().setText(text(n, "text")).setCity(text(n, "city")).setRegion(text(n, "region"))
                .setPostalCode(text(n, "postalCode")).setCountry(country).build();
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }

    public static Service service(ServiceJson s, List<Violation> out) {
        if (s == null) {
            out.add(new Violation("service", "MISSING_FIELD", "service is required"));
            return Service.getDefaultInstance();
        }
        Service.Builder b = Service.newBuilder();
        if (s.type() == null || s.type().isBlank()) {
            out.add(new Violation("service.type", "MISSING_FIELD", "service.type is required; one of " + names(ServiceType.class, "SERVICE_TYPE_")));
        } else {
            b.setType(enumValue(ServiceType.class, "SERVICE_TYPE_", s.type(), "service.type", ServiceType.SERVICE_TYPE_UNSPECIFIED, out));
        }
        if (s.eccn() != null) {
            b.setEccn(s.eccn().strip().toUpperCase(Locale.ROOT));
        }
        String country = s.provider() == null || s.provider().country() == null ? "US" : s.provider().country().strip().toUpperCase(Locale.ROOT);
        ScreeningInputRules.country("service.provider.country", country, out);
        b.setProviderCountry(country);
        return b.build();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String prefix, String value, String field, E dflt, List<Violation> out) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            E e = Enum.valueOf(type, prefix + value.strip().toUpperCase(Locale.ROOT));
            if (e.name().endsWith("UNSPECIFIED")) {
                throw new IllegalArgumentException();
            }
            return e;
        } catch (IllegalArgumentException ex) {
            out.add(new Violation(field, "INVALID_ENUM", field + " must be one of " + names(type, prefix)));
            return dflt;
        }
    }

    static <E extends Enum<E>> String names(Class<E> type, String prefix) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .filter(n -> !n.endsWith("UNSPECIFIED") && !n.equals("UNRECOGNIZED")).map(n -> n.substring(prefix.length())).toList());
    }

    public static ReasonJson reason(Reason r) {
        return new ReasonJson(r.getCode(), r.getVerdict().name().substring("VERDICT_".length()), r.getAuthority(), r.getCitation(),
                r.getList(), r.getDesignationId(), r.getMatchedName(), r.getScore() == 0 ? null : r.getScore(),
                r.getOwnershipPathList(), r.getEffectiveFrom(), r.getExplanation(), r.getProgram(), r.getLicenseReviewPolicy(),
                r.getSubject());
    }

    // ---- designations ---------------------------------------------------------------------

    public static Designation designation(DesignationJson d, List<Violation> out) {
        if (d == null) {
            out.add(new Violation("body", "MISSING_FIELD", "a designation body is required"));
            return Designation.getDefaultInstance();
        }
        Designation.Builder b = Designation.newBuilder();
        if (d.list() == null || d.list().isBlank()) {
            out.add(new Violation("list", "MISSING_FIELD", "list is required (SDN, ENTITY_LIST, ...)"));
        } else {
            b.setList(d.list().strip());
        }
        b.setParty(party(d.party(), "party", true, out));
        if (d.programs() != null) {
            d.programs().stream().filter(p -> p != null && !p.isBlank()).forEach(p -> b.addPrograms(p.strip()));
        }
        if (d.licenseRequirement() != null) {
            b.setLicenseRequirement(d.licenseRequirement());
        }
        if (d.licenseReviewPolicy() != null) {
            try {
                b.setLicenseReviewPolicy(LicenseReviewPolicy.valueOf("LICENSE_REVIEW_POLICY_" + d.licenseReviewPolicy().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                b.setLicenseReviewPolicyText(d.licenseReviewPolicy()); // published wording, read by the service
            }
        }
        if (d.licenseReviewPolicyText() != null) {
            b.setLicenseReviewPolicyText(d.licenseReviewPolicyText());
        }
        if (d.federalRegisterCitations() != null) {
            b.addAllFederalRegisterCitations(d.federalRegisterCitations());
        }
        if (d.footnotes() != null) {
            b.addAllFootnotes(d.footnotes());
        }
        if (d.effectiveFrom() != null) {
            ScreeningInputRules.date("effectiveFrom", d.effectiveFrom(), out);
            b.setEffectiveFrom(d.effectiveFrom());
        }
        if (d.listedOn() != null) {
            ScreeningInputRules.date("listedOn", d.listedOn(), out);
            b.setListedOn(d.listedOn());
        }
        if (d.remarks() != null) {
            b.setRemarks(d.remarks());
        }
        if (d.sourceRecordId() != null) {
            b.setSourceRecordId(d.sourceRecordId());
        }
        return b.build();
    }

    public static DesignationJson designation(Designation d, Boolean replayed) {
        Party p = d.getParty();
        List<JsonNode> addresses = new ArrayList<>();
        for (Address a : p.getAddressesList()) {
            com.fasterxml.jackson.databind.node.ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            putIf(n, "text", a.getText());
            putIf(n, "city", a.getCity());
            putIf(n, "region", a.getRegion());
            putIf(n, "postalCode", a.getPostalCode());
            putIf(n, "country", a.getCountry());
            addresses.add(n);
        }
        PartyJson party = new PartyJson(kindName(p.getKind()), p.getName(), p.getAliasesList(), p.getCountriesList(), null,
                addresses, p.getIdentifiersList().stream().map(i -> new IdentifierJson(i.getScheme(), i.getValue(),
                i.getCountry().isEmpty() ? null : i.getCountry())).toList(), null, null, null, null);
        String policy = d.getLicenseReviewPolicy() == LicenseReviewPolicy.LICENSE_REVIEW_POLICY_UNSPECIFIED ? null
                : d.getLicenseReviewPolicy().name().substring("LICENSE_REVIEW_POLICY_".length());
        return new DesignationJson(d.getId(), d.getList(), d.getProgramsList(), party, d.getLicenseRequirement(), policy,
                d.getLicenseReviewPolicyText(), d.getFederalRegisterCitationsList(), d.getFootnotesList(), d.getEffectiveFrom(),
                d.getRemovedOn(), d.getRemovalReason(), d.getRemarks(), d.getListedOn(), d.getSourceRecordId(), d.getRevision(),
                d.getAuthority(), d.getListVersion(),
                d.hasRecordedAt() ? java.time.Instant.ofEpochSecond(d.getRecordedAt().getSeconds(), d.getRecordedAt().getNanos()).toString() : null,
                replayed);
    }

    static String kindName(PartyKind k) {
        return k == PartyKind.PARTY_KIND_UNSPECIFIED || k == PartyKind.UNRECOGNIZED ? null : k.name().substring("PARTY_KIND_".length());
    }

    private static void putIf(com.fasterxml.jackson.databind.node.ObjectNode n, String k, String v) {
        if (v != null && !v.isEmpty()) {
            n.put(k, v);
        }
    }
}
