package io.github.eduroadmap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The UTF-8 check before the JSON parser refuses exactly the lead bytes it should, at the first one, wherever it is. */
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
