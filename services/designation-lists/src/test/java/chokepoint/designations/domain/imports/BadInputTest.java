package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.imports.ImportException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input of every kind, for every format: always an ImportException, never a partial result. */
class BadInputTest {

    /** A small valid upload per format, cut from the real files (or the fixtures). */
    static Map<String, byte[]> valid(ImportFormat f) {
        switch (f) {
            case CSL_CSV:
                return Fixtures.file(String.join("\n", lines("lists/csl/consolidated-2026-07-31.csv", 4)) + "\n");
            case CSL_JSON:
                return Fixtures.file(Fixtures.resource("csl-sample.json"));
            case OFAC_SDN_CSV:
                return Map.of("sdn", Fixtures.utf8(String.join("\r\n", lines("lists/ofac/sdn-2023-12-28.csv", 3)) + "\r\n\u001a"));
            case OFAC_CONS_CSV:
                return Map.of("prim", Fixtures.utf8(String.join("\r\n", lines("lists/ofac/cons_prim-2025-12-19.csv", 3)) + "\r\n\u001a"));
            case OFAC_XML:
                return Fixtures.file("<?xml version=\"1.0\"?>\n<sdnList>\n<sdnEntry><uid>1</uid><lastName>ACME</lastName>"
                        + "<sdnType>Entity</sdnType></sdnEntry>\n</sdnList>\n");
            case DOD_1260H_CSV:
                return Fixtures.file(String.join("\r\n", lines("lists/dod/section-1260h.csv", 4)) + "\r\n");
            case CUSTOM_CSV:
                return Fixtures.file(Fixtures.resource("custom-sample.csv"));
            default:
                throw new IllegalArgumentException();
        }
    }

    static List<String> lines(String rel, int n) {
        return new String(SharedData.bytes(rel), StandardCharsets.UTF_8).lines().limit(n).toList();
    }

    static String mainPart(ImportFormat f) {
        return f.requiredPartNames().get(0);
    }

    static ImportException fail(ImportFormat f, Map<String, byte[]> parts) {
        try {
            ParsedList p = ListParsers.parse(f, parts, "test list");
            throw new AssertionError("expected an ImportException, got " + p.records().size() + " records");
        } catch (ImportException e) {
            return e;
        }
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void validCutParsesForEveryFormat(ImportFormat f) throws Exception {
        assertThat(ListParsers.parse(f, valid(f), "test list").records()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void gzipIsAcceptedTransparently(ImportFormat f) throws Exception {
        Map<String, byte[]> gz = new HashMap<>();
        valid(f).forEach((k, v) -> gz.put(k, gzip(v)));
        assertThat(ListParsers.parse(f, gz, "test list").records())
                .isEqualTo(ListParsers.parse(f, valid(f), "test list").records());
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void invalidUtf8IsReportedWithItsLine(ImportFormat f) {
        String part = mainPart(f);
        byte[] ok = valid(f).get(part);
        // replace the first byte of line 3 with 0xFF (never valid in UTF-8)
        int nl = 0, pos = -1;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] == '\n' && ++nl == 2) {
                pos = i + 1;
                break;
            }
        }
        byte[] bad = ok.clone();
        bad[pos] = (byte) 0xFF;
        ImportException e = fail(f, Map.of(part, bad));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_UTF8);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.part()).isEqualTo(part);
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void emptyFileIsEmptyFile(ImportFormat f) {
        assertThat(fail(f, Map.of(mainPart(f), new byte[0])).reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(fail(f, Map.of(mainPart(f), Fixtures.utf8("\r\n \u001a"))).reason()).isEqualTo(Reason.EMPTY_FILE);
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void fileCutOffIsTruncated(ImportFormat f) {
        String part = mainPart(f);
        String text = new String(valid(f).get(part), StandardCharsets.UTF_8);
        String cut;
        if (f == ImportFormat.OFAC_XML || f == ImportFormat.CSL_JSON) {
            cut = text.substring(0, text.length() * 2 / 3);
        } else {
            // a quoted field opened on the last line and never closed
            cut = text.stripTrailing().replace("\u001a", "") + "\r\n\"unterminated, quote";
        }
        ImportException e = fail(f, Map.of(part, Fixtures.utf8(cut)));
        assertThat(e.reason()).isEqualTo(Reason.TRUNCATED_FILE);
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void tooLargeAfterDecompressionIsTooLarge(ImportFormat f) throws Exception {
        byte[] bomb = gzip(new byte[4 * 1024 * 1024]); // 4 MiB of zeros, ~4 KiB compressed
        ImportException e = fail2(f, Map.of(mainPart(f), bomb), 1024 * 1024);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        ImportException plain = fail2(f, valid(f), 10);
        assertThat(plain.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    static ImportException fail2(ImportFormat f, Map<String, byte[]> parts, long cap) {
        try {
            ListParsers.parse(f, parts, "test list", cap);
            throw new AssertionError("expected TOO_LARGE");
        } catch (ImportException e) {
            return e;
        }
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void missingAndUnexpectedPartsAreRejected(ImportFormat f) {
        assertThat(fail(f, Map.of()).reason()).isEqualTo(Reason.MISSING_PART);
        Map<String, byte[]> extra = new HashMap<>(valid(f));
        extra.put("bogus", new byte[] {'x'});
        assertThat(fail(f, extra).reason()).isEqualTo(Reason.UNEXPECTED_PART);
    }

    @Test
    void brokenGzipIsInvalidGzipOrTruncated() throws Exception {
        byte[] gz = gzip(SharedData.bytes("lists/dod/section-1260h.csv"));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        assertThat(fail(ImportFormat.DOD_1260H_CSV, Fixtures.file(cut)).reason()).isEqualTo(Reason.TRUNCATED_FILE);
    }

    @Test
    void unknownFormatNameIsUnknownFormat() {
        assertThatThrownBy(() -> ImportFormat.fromName("SDN_ADVANCED_XML"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FORMAT));
        assertThatThrownBy(() -> ListParsers.parse(null, Map.of(), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FORMAT));
    }

    @Test
    void formatsDeclareTheirParts() throws Exception {
        assertThat(ImportFormat.fromName("ofac-sdn-csv")).isEqualTo(ImportFormat.OFAC_SDN_CSV);
        assertThat(ImportFormat.OFAC_SDN_CSV.parts()).extracting(ImportFormat.Part::name)
                .containsExactly("sdn", "add", "alt", "comments");
        assertThat(ImportFormat.OFAC_CONS_CSV.requiredPartNames()).containsExactly("prim");
        assertThat(ImportFormat.CSL_CSV.requiredPartNames()).containsExactly("file");
    }

    static byte[] gzip(byte[] b) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(b);
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
