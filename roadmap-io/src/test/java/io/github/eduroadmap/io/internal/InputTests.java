package io.github.eduroadmap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 checks before the parsers refuse exactly what they should, at the first byte at fault, wherever it is: for
 * JSON the lead bytes the JSON parser would let through, for YAML also the characters YAML forbids.
 */
class InputTests {

    /** Whole sequences that are fine, as in the documents: ASCII, Cyrillic, "«", "–", "№", an emoji, line breaks. */
    private static final String[] FINE = {
        "61",
        "7B",
        "22",
        "20",
        "0A",
        "0D0A",
        "D0B0",
        "D18F",
        "C2AB",
        "E28093",
        "E28496",
        "F09F9880",
        "EFBFBD",
        "E1BFBF",
        "ED9FBF",
        "F48FBFBF",
        "F0908080"
    };

    /** Bytes after a lead, for leads the check may refuse depending on them. */
    private static final int[] SECONDS = {0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0x41};

    @Nested
    class LeadBytes {

        @Test
        void refusesEachLeadAtEachOffsetAsTheRulesSay() {
            int refused = 0;
            for (int offset = 0; offset < 70; offset++) {
                for (String filler : new String[] {"61", "D0B0"}) {
                    for (int lead = 0xC0; lead <= 0xFF; lead++) {
                        for (int second = -1; second < SECONDS.length; second++) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            while (out.size() < offset) {
                                out.writeBytes(HexFormat.of().parseHex(filler));
                            }
                            out.write(lead);
                            if (second >= 0) {
                                out.write(SECONDS[second]);
                                out.writeBytes("bc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            }
                            refused += agree(out.toByteArray()) ? 1 : 0;
                        }
                    }
                }
            }
            assertThat(refused).isPositive();
        }

        @Test
        void refusesTheFirstBadLeadOfRandomDocuments() {
            SplittableRandom random = new SplittableRandom(5L);
            int refused = 0;
            int runs = 50_000;
            for (int run = 0; run < runs; run++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write('{');
                int pieces = random.nextInt(120);
                for (int i = 0; i < pieces; i++) {
                    if (random.nextInt(60) == 0) {
                        out.write(0xC0 + random.nextInt(0x40));
                        out.write(SECONDS[random.nextInt(SECONDS.length)]);
                    } else {
                        out.writeBytes(HexFormat.of().parseHex(FINE[random.nextInt(FINE.length)]));
                    }
                }
                refused += agree(out.toByteArray()) ? 1 : 0;
            }
            assertThat(refused).isBetween(runs / 10, runs * 9 / 10);
        }
    }

    @Nested
    class YamlText {

        /** Sequences YAML text may hold, beside {@link #FINE}: tab, NEL, "é", the last two-byte letter. */
        private final String[] fine = {"09", "C285", "C3A9", "DFBF", "C2A0"};

        /**
         * Faults with the problem the check names, at the fault's first byte: controls, DEL, C1 controls, a
         * non-character, a lone continuation byte, a lead before ASCII, overlong forms, an encoded surrogate, bytes
         * that never lead.
         */
        private final String[][] faults = {
            {"00", "a control character U+0000 (NUL)"},
            {"01", "a control character U+0001"},
            {"0B", "a control character U+000B"},
            {"1F", "a control character U+001F"},
            {"7F", "a control character U+007F"},
            {"C280", "a control character U+0080"},
            {"C29F", "a control character U+009F"},
            {"EFBFBE", "a non-character U+FFFE"},
            {"EFBFBF", "a non-character U+FFFF"},
            {"80", "invalid UTF-8: byte 0x80"},
            {"BF", "invalid UTF-8: byte 0xBF"},
            {"D041", "invalid UTF-8: byte 0xD0"},
            {"DF20", "invalid UTF-8: byte 0xDF"},
            {"C080", "invalid UTF-8: byte 0xC0"},
            {"C1BF", "invalid UTF-8: byte 0xC1"},
            {"E08080", "invalid UTF-8: byte 0xE0"},
            {"EDA080", "invalid UTF-8: byte 0xED"},
            {"F5808080", "invalid UTF-8: byte 0xF5"},
            {"FF", "invalid UTF-8: byte 0xFF"}
        };

        @Test
        void refusesEachFaultAtEachOffsetAfterEachKindOfText() {
            for (int offset = 0; offset < 40; offset++) {
                for (String filler : new String[] {"61", "D0B0", "0A", "E28093"}) {
                    for (String[] fault : faults) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        while (out.size() < offset) {
                            out.writeBytes(HexFormat.of().parseHex(filler));
                        }
                        int at = out.size();
                        out.writeBytes(HexFormat.of().parseHex(fault[0]));
                        out.writeBytes("abcdefgh бвгд".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        yamlAgrees(out.toByteArray(), at, fault[1]);
                    }
                }
            }
        }

        @Test
        void findsTheOneFaultOfRandomDocumentsOrNone() {
            SplittableRandom random = new SplittableRandom(23L);
            for (int run = 0; run < 40_000; run++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int pieces = random.nextInt(100);
                int faultAt = random.nextBoolean() ? random.nextInt(pieces + 1) : -1;
                int at = -1;
                String problem = null;
                for (int i = 0; i <= pieces; i++) {
                    if (i == faultAt) {
                        String[] fault = faults[random.nextInt(faults.length)];
                        at = out.size();
                        problem = fault[1];
                        out.writeBytes(HexFormat.of().parseHex(fault[0]));
                    }
                    if (i < pieces) {
                        String piece = random.nextInt(4) == 0
                                ? fine[random.nextInt(fine.length)]
                                : FINE[random.nextInt(FINE.length)];
                        out.writeBytes(HexFormat.of().parseHex(piece));
                    }
                }
                yamlAgrees(out.toByteArray(), at, problem);
            }
        }

        @Test
        void refusesALeadCutOffByTheEnd() {
            for (int length = 0; length < 20; length++) {
                byte[] bytes = new byte[length + 1];
                java.util.Arrays.fill(bytes, (byte) 'a');
                bytes[length] = (byte) 0xD0;
                yamlAgrees(bytes, length, "invalid UTF-8: a sequence cut off by the end of the document");
            }
        }

        @Test
        void takesEightBytesAtATimeOnlyWhenEachIsFine() {
            assertThat(Input.fineYamlBytes(word("6162636465666768"))).isEqualTo(8);
            assertThat(Input.fineYamlBytes(word("D0B0D0B1200AD0B2"))).isEqualTo(8);
            assertThat(Input.fineYamlBytes(word("20D0B0D0B1200AD0")))
                    .as("a letter runs on")
                    .isEqualTo(7);
            assertThat(Input.fineYamlBytes(word("B0D0B1200AD0B2D0")))
                    .as("not at a boundary")
                    .isZero();
            assertThat(Input.fineYamlBytes(word("61C2AB6162636465")))
                    .as("C2: maybe a C1 control")
                    .isZero();
            assertThat(Input.fineYamlBytes(word("6162636465660B68"))).isZero();
            assertThat(Input.fineYamlBytes(word("616263646566677F"))).isZero();
        }

        /** The eight bytes of {@code hex}, the first in the lowest bits, as the check reads them. */
        private long word(String hex) {
            return java.nio.ByteBuffer.wrap(HexFormat.of().parseHex(hex))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .getLong();
        }

        /** Asserts the YAML check refuses the bytes at {@code at} with {@code problem}, or accepts them when -1. */
        private void yamlAgrees(byte[] bytes, int at, String problem) {
            Input input = Input.of(new ByteArrayInputStream(bytes), "t", 1 << 20);
            ReadFailure failure = catchThrowableOfType(ReadFailure.class, input::checkedAsYamlText);
            if (at < 0) {
                assertThat(failure).as(HexFormat.of().formatHex(bytes)).isNull();
                return;
            }
            int[] lc = input.lineColumn(at);
            assertThat(failure).as(HexFormat.of().formatHex(bytes)).isNotNull();
            assertThat(new Object[] {failure.line, failure.column, failure.problem})
                    .as(HexFormat.of().formatHex(bytes))
                    .containsExactly(lc[0], lc[1], problem);
        }
    }

    /** Asserts the check refuses the bytes exactly where {@link #firstBadLead} says; returns whether it refused. */
    private static boolean agree(byte[] bytes) {
        Input input = Input.of(new ByteArrayInputStream(bytes), "t", 1 << 20);
        int bad = firstBadLead(bytes);
        ReadFailure failure = catchThrowableOfType(ReadFailure.class, input::checkedAsJsonText);
        if (bad < 0) {
            assertThat(failure).as(HexFormat.of().formatHex(bytes)).isNull();
            return false;
        }
        int[] lc = input.lineColumn(bad);
        assertThat(failure).as(HexFormat.of().formatHex(bytes)).isNotNull();
        assertThat(new Object[] {failure.line, failure.column, failure.problem})
                .as(HexFormat.of().formatHex(bytes))
                .containsExactly(lc[0], lc[1], String.format("invalid UTF-8: byte 0x%02X", bytes[bad] & 0xFF));
        return true;
    }

    /**
     * Returns the offset of the first lead the JSON parser would let through wrongly, byte by byte: C0, C1, E0 before
     * 80-9F, ED before A0-BF, F0 before 80-8F, F4 before 90-BF, F5 to FF; or -1.
     */
    private static int firstBadLead(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            int next = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
            if (c == 0xC0
                    || c == 0xC1
                    || c == 0xE0 && next < 0xA0
                    || c == 0xED && next >= 0xA0
                    || c == 0xF0 && next < 0x90
                    || c == 0xF4 && next >= 0x90
                    || c >= 0xF5) {
                return i;
            }
        }
        return -1;
    }
}
