package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.imports.ImportException.Reason;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * trade.gov consolidated.json: {"total": n, "results": [ {...}, ... ]}. Each result has the
 * CSL fields; alt_names, programs, citizenships, nationalities, dates_of_birth,
 * places_of_birth are arrays (a "; "-joined string is accepted too); addresses are objects
 * {address, city, state, postal_code, country}; ids are objects {type, number, country,
 * issue_date, expiration_date}. Field semantics as in {@link CslParser}. A top-level array
 * of results is accepted as well.
 */
final class CslJsonParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CslJsonParser() {
    }

    static ParsedList parse(String part, String text) throws ImportException {
        List<String> warnings = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        List<ListRecord> records = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        long line = 1;
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                boolean found = false;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("results".equals(field)) {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw new ImportException(Reason.MALFORMED_JSON, part, p.currentTokenLocation().getLineNr(),
                                    "\"results\" is not an array");
                        }
                        found = true;
                        readArray(p, part, records, raws, unknown, warnings);
                    } else {
                        p.skipChildren();
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new ImportException(Reason.MALFORMED_JSON, part, p.currentTokenLocation().getLineNr(),
                            "unexpected token " + t);
                }
                if (!found) {
                    throw new ImportException(Reason.MALFORMED_JSON, part, 1, "no \"results\" array");
                }
            } else if (t == JsonToken.START_ARRAY) {
                readArray(p, part, records, raws, unknown, warnings);
            } else {
                throw new ImportException(Reason.MALFORMED_JSON, part, 1, "expected a JSON object with \"results\"");
            }
            if (p.nextToken() != null) {
                throw new ImportException(Reason.MALFORMED_JSON, part, p.currentTokenLocation().getLineNr(),
                        "content after the end of the JSON document");
            }
        } catch (JsonEOFException e) {
            throw new ImportException(Reason.TRUNCATED_FILE, part, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "the JSON document ends early", e);
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            Reason r = m != null && m.contains("end-of-input") ? Reason.TRUNCATED_FILE : Reason.MALFORMED_JSON;
            throw new ImportException(r, part, e.getLocation() == null ? line : e.getLocation().getLineNr(),
                    "invalid JSON: " + m, e);
        } catch (IOException e) {
            throw new ImportException(Reason.MALFORMED_JSON, part, 0, "cannot read JSON: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new ImportException(Reason.EMPTY_FILE, part, 0, "no results");
        }
        return ParsedList.of(ImportFormat.CSL_JSON, RecordKeys.finish(records, raws, warnings), warnings);
    }

    private static void readArray(JsonParser p, String part, List<ListRecord> out, List<String> raws, Set<String> unknown,
                                  List<String> warnings) throws IOException, ImportException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new ImportException(Reason.TRUNCATED_FILE, part, p.currentLocation().getLineNr(),
                        "the JSON document ends inside \"results\"");
            }
            long line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                throw new ImportException(Reason.MALFORMED_JSON, part, line, "a result is not an object");
            }
            JsonNode n = p.readValueAsTree();
            out.add(record(n, part, line, unknown, warnings));
            JsonNode copy = n.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("id");
            raws.add(copy.toString());
        }
    }

    private static ListRecord record(JsonNode n, String part, long line, Set<String> unknown, List<String> warnings)
            throws ImportException {
        Draft d = new Draft();
        d.line = line;
        d.list = CslParser.listOf(str(n, "source"), unknown, warnings);
        d.name = Text.clean(str(n, "name"));
        if (d.name == null) {
            throw new ImportException(Reason.MISSING_NAME, part, line, "result has no name");
        }
        String num = Text.clean(str(n, "entity_number"));
        d.id = num != null ? num : RecordKeys.PENDING;
        d.kind = CslParser.kind(str(n, "type"));
        d.programs.addAll(strings(n, "programs"));
        for (String a : strings(n, "alt_names")) {
            d.alias(a, false);
        }
        JsonNode addrs = n.get("addresses");
        if (addrs != null && addrs.isArray()) {
            for (JsonNode a : addrs) {
                if (a.isTextual()) {
                    d.address(CslParser.address(a.asText()));
                } else if (a.isObject()) {
                    String cc = Text.clean(str(a, "country"));
                    String iso = Countries.toIso2(cc);
                    Address ad = new Address(Text.clean(str(a, "address")), Text.clean(str(a, "city")),
                            Text.clean(str(a, "state")), Text.clean(str(a, "postal_code")), iso != null ? iso : cc);
                    if (ad.text() != null || ad.city() != null || ad.region() != null || ad.postalCode() != null
                            || ad.country() != null) {
                        d.address(ad);
                    }
                }
            }
        } else if (addrs != null && addrs.isTextual()) {
            for (String a : Text.split(addrs.asText(), "; ")) {
                d.address(CslParser.address(a));
            }
        }
        d.citations.addAll(Identifiers.federalRegister(str(n, "federal_register_notice")));
        d.listedOn = Dates.iso(str(n, "start_date"), part, line, "start_date");
        d.removedOn = Dates.iso(str(n, "end_date"), part, line, "end_date");
        d.licenseRequirement = str(n, "license_requirement");
        d.licensePolicy = str(n, "license_policy");
        d.remarks = str(n, "remarks");
        for (String c : strings(n, "nationalities")) {
            d.country(Countries.toIso2(c));
        }
        for (String c : strings(n, "citizenships")) {
            d.country(Countries.toIso2(c));
        }
        JsonNode ids = n.get("ids");
        if (ids != null && ids.isArray()) {
            for (JsonNode i : ids) {
                if (i.isObject()) {
                    String scheme = Identifiers.scheme(str(i, "type"));
                    String value = Text.clean(str(i, "number"));
                    if (scheme != null && value != null) {
                        d.identifiers.add(new Identifier(scheme, value, Countries.toIso2(str(i, "country"))));
                    }
                } else if (i.isTextual()) {
                    Identifier x = CslParser.identifier(i.asText());
                    if (x != null) {
                        d.identifiers.add(x);
                    }
                }
            }
        }
        d.extra("Title", str(n, "title"));
        d.extra("Call sign", str(n, "call_sign"));
        d.extra("Vessel type", str(n, "vessel_type"));
        d.extra("Gross tonnage", str(n, "gross_tonnage"));
        d.extra("Gross registered tonnage", str(n, "gross_registered_tonnage"));
        d.extra("Vessel flag", str(n, "vessel_flag"));
        d.extra("Vessel owner", str(n, "vessel_owner"));
        d.extra("Dates of birth", String.join("; ", strings(n, "dates_of_birth")));
        d.extra("Places of birth", String.join("; ", strings(n, "places_of_birth")));
        d.extra("Standard order", str(n, "standard_order"));
        return d.build();
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = x.isValueNode() ? Text.clean(x.asText()) : null;
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }
        return Text.split(v.asText(), "; ");
    }
}
