package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.imports.ImportException.Reason;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OFAC sdnList XML (SDN.XML, consolidated.xml). StAX with DTD support and external entities
 * off; any DOCTYPE is rejected (XML_DTD_FORBIDDEN) before an entity could be expanded.
 *
 * <p>name = "lastName, firstName" for individuals (the legacy CSV spelling), lastName
 * otherwise; akaList → aliases (category weak → weak); addressList → addresses
 * (address1..3 joined as text, city, stateOrProvince, postalCode, country → ISO-2);
 * idList → identifiers ({@link Identifiers#scheme}; informational entries such as
 * "Target Type" go to remarks as "Label: value"; "Listing Date (CMIC)" also gives
 * listedOn when it parses as "dd MMM yyyy"); nationalityList/citizenshipList → countries;
 * dateOfBirthList/placeOfBirthList → remarks "DOB ..."/"POB ...".
 *
 * <p>List id: SDN for SDN.XML; for the consolidated file per entry by
 * {@link ListIds#fromConsolidatedPrograms}. Which of the two files this is: the caller's
 * hint ("SDN" or "CONSOLIDATED" in customListName) when given, else consolidated when any
 * entry carries a non-SDN-only program ({@link ListIds#isNonSdnOnly}), else SDN. The choice
 * is reported as a warning.
 */
final class OfacXmlParser {

    private OfacXmlParser() {
    }

    static ParsedList parse(String part, String text, String hint) throws ImportException {
        rejectDoctype(part, text);
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<Entry> entries = new ArrayList<>();
        boolean rootClosed = false;
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(text));
            int depth = 0;
            boolean sawRoot = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new ImportException(Reason.XML_DTD_FORBIDDEN, part, line(r.getLocation()),
                            "the document declares a DOCTYPE; DTDs are not accepted");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportException(Reason.XML_DTD_FORBIDDEN, part, line(r.getLocation()),
                            "entity reference &" + r.getLocalName() + "; is not accepted");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1) {
                        sawRoot = true;
                        if (!"sdnList".equals(r.getLocalName())) {
                            throw new ImportException(Reason.MALFORMED_XML, part, line(r.getLocation()),
                                    "root element is <" + r.getLocalName() + ">, expected <sdnList>");
                        }
                    } else if (depth == 2 && "sdnEntry".equals(r.getLocalName())) {
                        entries.add(entry(r, part));
                        depth--;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth == 0) {
                        rootClosed = true;
                    }
                }
            }
            if (!sawRoot || !rootClosed) {
                throw new ImportException(Reason.TRUNCATED_FILE, part, 0, "the XML document ends before </sdnList>");
            }
        } catch (XMLStreamException e) {
            String m = String.valueOf(e.getMessage());
            long ln = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            if (m.contains("DOCTYPE") || m.contains("DTD")) {
                throw new ImportException(Reason.XML_DTD_FORBIDDEN, part, ln, "DTDs are not accepted", e);
            }
            boolean atEnd = m.contains("must start and end within the same entity") || m.contains("Premature end of file")
                    || m.contains("end of file") || m.contains("EOF") || m.contains("Unexpected end");
            throw new ImportException(atEnd ? Reason.TRUNCATED_FILE : Reason.MALFORMED_XML, part, ln,
                    (atEnd ? "the XML document ends early: " : "invalid XML: ") + firstLine(m), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        if (entries.isEmpty()) {
            throw new ImportException(Reason.EMPTY_FILE, part, 0, "no sdnEntry");
        }
        List<String> warnings = new ArrayList<>();
        boolean consolidated;
        String h = hint == null ? "" : hint.strip().toUpperCase(Locale.ROOT);
        if (h.equals("SDN")) {
            consolidated = false;
            warnings.add("treated as SDN.XML (caller said SDN): every entry is SDN");
        } else if (h.equals("CONSOLIDATED") || h.equals("NON_SDN") || h.equals("CONS")) {
            consolidated = true;
            warnings.add("treated as the consolidated non-SDN list (caller said so); lists by program");
        } else {
            consolidated = false;
            for (Entry e : entries) {
                if (ListIds.isNonSdnOnly(new ArrayList<>(e.d.programs))) {
                    consolidated = true;
                    break;
                }
            }
            warnings.add(consolidated
                    ? "detected the consolidated non-SDN list (non-SDN-only programs present); lists by program"
                    : "detected SDN.XML (no non-SDN-only program present): every entry is SDN");
        }
        List<ListRecord> out = new ArrayList<>(entries.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Entry e : entries) {
            e.d.list = consolidated ? ListIds.fromConsolidatedPrograms(new ArrayList<>(e.d.programs)) : ListIds.SDN;
            if (!seen.add(e.d.id)) {
                throw new ImportException(Reason.DUPLICATE_ID, part, e.d.line, "uid " + e.d.id + " appears twice");
            }
            out.add(e.d.build());
        }
        return ParsedList.of(ImportFormat.OFAC_XML, out, warnings);
    }

    private static String firstLine(String m) {
        int i = m.indexOf('\n');
        return i < 0 ? m : m.substring(0, i);
    }

    private static long line(Location l) {
        return l == null ? 0 : l.getLineNumber();
    }

    /** A DOCTYPE anywhere in the prolog is refused before the parser sees it. */
    private static void rejectDoctype(String part, String text) throws ImportException {
        int limit = text.length();
        int i = 0;
        long ln = 1;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n') {
                ln++;
            }
            if (c == '<') {
                if (text.startsWith("<!DOCTYPE", i) || text.startsWith("<!doctype", i)) {
                    throw new ImportException(Reason.XML_DTD_FORBIDDEN, part, ln,
                            "the document declares a DOCTYPE; DTDs and entities are not accepted");
                }
                if (text.startsWith("<?", i) || text.startsWith("<!--", i)) {
                    int end = text.indexOf(text.startsWith("<?", i) ? "?>" : "-->", i);
                    if (end < 0) {
                        return;
                    }
                    for (int k = i; k < end; k++) {
                        if (text.charAt(k) == '\n') {
                            ln++;
                        }
                    }
                    i = end + 2;
                    continue;
                }
                return; // first element: the prolog is over
            }
            i++;
        }
    }

    private static final class Entry {
        final Draft d = new Draft();
    }

    private static Entry entry(XMLStreamReader r, String part) throws XMLStreamException, ImportException {
        Entry e = new Entry();
        Draft d = e.d;
        d.line = line(r.getLocation());
        String first = null, last = null, type = null;
        List<String> extras = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "sdnEntry".equals(r.getLocalName())) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "uid": {
                    String uid = Text.clean(r.getElementText());
                    if (d.id == null) {
                        d.id = uid; // the entry uid comes first; later ones belong to DOB/POB items
                    }
                    break;
                }
                case "firstName": first = Text.clean(r.getElementText()); break;
                case "lastName": last = Text.clean(r.getElementText()); break;
                case "title": d.extra("Title", r.getElementText()); break;
                case "sdnType": type = Text.clean(r.getElementText()); break;
                case "program": {
                    String p = Text.clean(r.getElementText());
                    if (p != null) {
                        d.programs.add(p);
                    }
                    break;
                }
                case "remarks": d.remarks = r.getElementText(); break;
                case "aka": aka(r, d); break;
                case "address": address(r, d); break;
                case "id": id(r, d, extras, part); break;
                case "nationality":
                case "citizenship": {
                    String c = child(r, "country");
                    d.country(Countries.toIso2(c));
                    break;
                }
                case "dateOfBirth": d.extra("DOB", r.getElementText()); break;
                case "placeOfBirth": d.extra("POB", r.getElementText()); break;
                case "callSign": d.extra("Call sign", r.getElementText()); break;
                case "vesselType": d.extra("Vessel type", r.getElementText()); break;
                case "vesselFlag": d.extra("Vessel flag", r.getElementText()); break;
                case "vesselOwner": d.extra("Vessel owner", r.getElementText()); break;
                case "tonnage": d.extra("Tonnage", r.getElementText()); break;
                case "grossRegisteredTonnage": d.extra("GRT", r.getElementText()); break;
                default: break;
            }
        }
        if (d.id == null) {
            throw new ImportException(Reason.MISSING_ID, part, d.line, "sdnEntry without uid");
        }
        d.kind = OfacCsvParser.kind(type);
        d.name = personName(last, first, d.kind);
        if (d.name == null) {
            throw new ImportException(Reason.MISSING_NAME, part, d.line, "sdnEntry " + d.id + " has no lastName");
        }
        // an aka equal to the primary name is not an alias
        d.aliases.removeIf(a -> a.name().equals(d.name));
        d.extraRemarks.addAll(0, extras);
        return e;
    }

    private static String personName(String last, String first, chokepoint.designations.domain.PartyKind kind) {
        if (last == null) {
            return first;
        }
        return first == null ? last : last + ", " + first;
    }

    /** Text of the next child element called {@code name} inside the current element. */
    private static String child(XMLStreamReader r, String name) throws XMLStreamException {
        String outer = r.getLocalName();
        String value = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (name.equals(r.getLocalName())) {
                    value = r.getElementText();
                } else {
                    r.getElementText();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && outer.equals(r.getLocalName())) {
                break;
            }
        }
        return value;
    }

    private static void aka(XMLStreamReader r, Draft d) throws XMLStreamException {
        String first = null, last = null, category = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "aka".equals(r.getLocalName())) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "firstName": first = Text.clean(r.getElementText()); break;
                    case "lastName": last = Text.clean(r.getElementText()); break;
                    case "category": category = Text.clean(r.getElementText()); break;
                    default: r.getElementText(); break;
                }
            }
        }
        String name = last == null ? first : (first == null ? last : last + ", " + first);
        if (name != null) {
            d.alias(name, "weak".equalsIgnoreCase(category));
        }
    }

    private static void address(XMLStreamReader r, Draft d) throws XMLStreamException {
        List<String> lines = new ArrayList<>();
        String city = null, region = null, postal = null, country = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "address".equals(r.getLocalName())) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                String v = Text.clean(r.getElementText());
                switch (n) {
                    case "address1": case "address2": case "address3":
                        if (v != null) {
                            lines.add(v);
                        }
                        break;
                    case "city": city = v; break;
                    case "stateOrProvince": region = v; break;
                    case "postalCode": postal = v; break;
                    case "country": country = v; break;
                    default: break;
                }
            }
        }
        String iso = Countries.toIso2(country);
        String text = lines.isEmpty() ? null : String.join(", ", lines);
        if (text == null && city == null && region == null && postal == null && country == null) {
            return;
        }
        d.address(new Address(text, city, region, postal, iso != null ? iso : country));
    }

    private static void id(XMLStreamReader r, Draft d, List<String> extras, String part) throws XMLStreamException {
        String type = null, number = null, country = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "id".equals(r.getLocalName())) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "idType": type = Text.clean(r.getElementText()); break;
                    case "idNumber": number = Text.clean(r.getElementText()); break;
                    case "idCountry": country = Text.clean(r.getElementText()); break;
                    default: r.getElementText(); break;
                }
            }
        }
        if (type == null || number == null) {
            return;
        }
        String scheme = Identifiers.scheme(type);
        if (scheme != null) {
            d.identifiers.add(new Identifier(scheme, number, Countries.toIso2(country)));
            return;
        }
        String label = type.endsWith(":") || type.endsWith(" -") ? type.substring(0, type.length() - 1).strip() : type;
        extras.add(label + ": " + number);
        if (label.equalsIgnoreCase("Listing Date (CMIC)") && d.listedOn == null) {
            try {
                d.listedOn = java.time.LocalDate.parse(number,
                        java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
            } catch (java.time.DateTimeException ignored) {
                // informational only; the text stays in remarks
            }
        }
    }
}
