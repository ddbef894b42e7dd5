package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.imports.ImportException.Reason;

import java.util.HashMap;
import java.util.Map;

/**
 * Entry point: list files (bytes, as uploaded) to {@link ListRecord}s. Pure: no I/O besides
 * the byte arrays, thread-safe, no framework.
 *
 * <p>Every part may be gzip-compressed (detected by the magic bytes 1f 8b); the
 * decompressed (or plain) size of each part is capped ({@link #DEFAULT_MAX_BYTES}, 512 MiB)
 * → TOO_LARGE. Text must be UTF-8 (a BOM is skipped, a trailing 0x1A is ignored). Any
 * problem throws {@link ImportException}; a partial result is never returned.
 */
public final class ListParsers {

    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private ListParsers() {
    }

    /** {@link #parse(ImportFormat, Map, String, long)} with the 512 MiB cap. */
    public static ParsedList parse(ImportFormat format, Map<String, byte[]> parts, String customListName)
            throws ImportException {
        return parse(format, parts, customListName, DEFAULT_MAX_BYTES);
    }

    /**
     * @param format         the file format
     * @param parts          part name ({@link ImportFormat#parts()}) to content
     * @param customListName CUSTOM_CSV: the list's name (required; the list id is its
     *                       UPPER_SNAKE form, e.g. "Acme watch list" → ACME_WATCH_LIST).
     *                       OFAC_XML: optional "SDN" or "CONSOLIDATED" to say which file it
     *                       is. Ignored by the other formats.
     * @param maxBytes       cap on each part's decompressed size
     */
    public static ParsedList parse(ImportFormat format, Map<String, byte[]> parts, String customListName,
                                   long maxBytes) throws ImportException {
        if (format == null) {
            throw new ImportException(Reason.UNKNOWN_FORMAT, null, 0, "no import format given");
        }
        if (parts == null) {
            parts = Map.of();
        }
        for (String name : parts.keySet()) {
            if (!format.acceptsPart(name)) {
                throw new ImportException(Reason.UNEXPECTED_PART, name, 0,
                        "format " + format + " takes the parts " + format.parts() + ", not '" + name + "'");
            }
        }
        for (String required : format.requiredPartNames()) {
            if (parts.get(required) == null) {
                throw new ImportException(Reason.MISSING_PART, required, 0,
                        "format " + format + " needs the part '" + required + "'");
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            texts.put(e.getKey(), Inputs.text(e.getKey(), e.getValue(), maxBytes));
        }
        try {
            switch (format) {
                case CSL_CSV:
                    return CslParser.parseCsv("file", texts.get("file"));
                case CSL_JSON:
                    return CslJsonParser.parse("file", texts.get("file"));
                case OFAC_SDN_CSV:
                case OFAC_CONS_CSV:
                    return OfacCsvParser.parse(format, texts);
                case OFAC_XML:
                    return OfacXmlParser.parse("file", texts.get("file"), customListName);
                case DOD_1260H_CSV:
                    return Dod1260hParser.parse("file", texts.get("file"));
                case CUSTOM_CSV: {
                    if (customListName == null || customListName.isBlank()) {
                        throw new ImportException(Reason.MISSING_LIST_NAME, null, 0,
                                "a custom list needs a name (customListName)");
                    }
                    return CustomCsvParser.parse("file", texts.get("file"), ListIds.upperSnake(customListName));
                }
                default:
                    throw new ImportException(Reason.UNKNOWN_FORMAT, null, 0, "unsupported format " + format);
            }
        } catch (RuntimeException e) {
            // a parser bug must not look like a server crash to the caller, and never a partial result
            throw new ImportException(Reason.PARSER_ERROR, null, 0, "unexpected failure while parsing: " + e, e);
        }
    }
}
