package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the deadline parser and the deadline algebra.
 *
 * <p>Each input may take 10 seconds: a slower one fails the regression run and is a timeout when fuzzing.
 *
 * <p>Without {@code JAZZER_FUZZ} each method runs once per file of its corpus in
 * {@code src/test/resources/io/github/eduroadmap/model/DeadlineFuzzTestsInputs/} (the files directly there are shared
 * by both methods, those in the method's own folder are its own). To fuzz, see {@code docs/testing.md}:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl roadmap-model -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='DeadlineFuzzTests#parsesAnyTextKeepingItsWords'}.
 */
@Timeout(10)
class DeadlineFuzzTests {

    /** The period of a phrase given without one: the three years of the seeds' roadmaps. */
    private static final DateRange DEFAULT_PERIOD = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));

    private static final long MIN_DAY = LocalDate.MIN.toEpochDay();

    private static final long MAX_DAY = LocalDate.MAX.toEpochDay();

    /**
     * Any text, read as UTF-8, parses without an exception into a deadline that keeps the text exactly; a combined
     * deadline's parts are pieces of the text, in order and without overlap; parsing is deterministic.
     *
     * @param input the phrase in UTF-8
     */
    @FuzzTest
    void parsesAnyTextKeepingItsWords(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Deadline d = Deadline.parse(text);

        assertThat(d.text()).isEqualTo(text);
        assertPartsArePiecesInOrder(d, text);
        assertThat(Deadline.parse(text)).isEqualTo(d);
        assertThat(d.isParsed()).isEqualTo(!(d instanceof Deadline.Unparsed));
    }

    /**
     * The deadline of any phrase answers its occurrences, due dates, latest due date, extent and whether it lies
     * within any period, far in the past or the future and ill-ordered ones included, without an exception; the
     * answers agree with each other.
     *
     * <p>The input is the phrase in UTF-8, then optionally a NUL and the bytes that choose the period (see
     * {@link #period(byte[])}); a phrase alone has the period 2021-2023.
     *
     * @param input the phrase, a NUL and the period's bytes
     */
    @FuzzTest
    void answersForAnyPeriod(byte[] input) {
        int nul = indexOf(input, (byte) 0);
        String text = new String(input, 0, nul < 0 ? input.length : nul, StandardCharsets.UTF_8);
        DateRange period = nul < 0 ? DEFAULT_PERIOD : period(Arrays.copyOfRange(input, nul + 1, input.length));
        Deadline d = Deadline.parse(text);

        List<Occurrence> occurrences = d.occurrences(period);
        List<LocalDate> due = d.dueDates(period);
        Optional<LocalDate> latest = d.latestDueDate(period);
        Optional<DateRange> extent = d.extent(period);
        boolean within = d.isWithin(period);

        assertThat(occurrences).isSorted();
        assertThat(due).isSorted().doesNotHaveDuplicates();
        assertThat(latest).isEqualTo(due.isEmpty() ? Optional.empty() : Optional.of(due.get(due.size() - 1)));
        assertThat(extent.isPresent()).isEqualTo(!occurrences.isEmpty());
        extent.ifPresent(e -> assertThat(e.isWellOrdered()).isTrue());
        assertThat(within).isEqualTo(extent.map(period::contains).orElse(true));
    }

    /**
     * A period from bytes: the first byte chooses how its two ends are read from the eight bytes after it (missing
     * bytes are zeros): near 2022 and at most some years long, anywhere in {@link LocalDate}'s range, or with an end
     * at its very edge; in each case the end may lie before the start.
     */
    static DateRange period(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(bytes, 9));
        int mode = b.get() & 0xff;
        int first = b.getInt();
        int second = b.getInt();
        LocalDate base = LocalDate.of(2022, 1, 1);
        switch (mode % 4) {
            case 0: {
                LocalDate start = base.plusDays(first % 20_000);
                return DateRange.of(start, start.plusDays(second % 5_000));
            }
            case 1: {
                LocalDate start = day((long) first * 1_000);
                return DateRange.of(start, day(start.toEpochDay() + second % 5_000));
            }
            case 2:
                return DateRange.of(day((long) first * 1_000), day((long) second * 1_000));
            default: {
                LocalDate edge = (mode & 4) == 0 ? LocalDate.MIN : LocalDate.MAX;
                LocalDate other = day(edge.toEpochDay() + (edge == LocalDate.MIN ? 1 : -1) * (long) (first & 0xffff));
                return (mode & 8) == 0 ? DateRange.of(edge, other) : DateRange.of(other, edge);
            }
        }
    }

    /** The day of an epoch day, kept within {@link LocalDate}'s range. */
    private static LocalDate day(long epochDay) {
        long clamped = Math.max(MIN_DAY, Math.min(MAX_DAY, epochDay));
        return LocalDate.MIN.with(ChronoField.EPOCH_DAY, clamped);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void assertPartsArePiecesInOrder(Deadline d, String text) {
        if (!(d instanceof Deadline.Combined)) {
            return;
        }
        List<Deadline> parts = ((Deadline.Combined) d).parts();
        assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
        int from = 0;
        for (Deadline part : parts) {
            assertThat(part.text()).isNotEmpty();
            int at = text.indexOf(part.text(), from);
            assertThat(at)
                    .as("part %s of %s, after %d", part.text(), text, from)
                    .isNotNegative();
            from = at + part.text().length();
        }
    }
}
