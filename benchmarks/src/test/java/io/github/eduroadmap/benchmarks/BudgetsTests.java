package io.github.eduroadmap.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.eduroadmap.benchmarks.Budgets.Measured;
import io.github.eduroadmap.benchmarks.Budgets.Outcome;
import io.github.eduroadmap.benchmarks.Budgets.Turns;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The arithmetic of the budgets: ratios against the baseline, their errors and the verdicts. */
class BudgetsTests {

    static Measured measured(double score, double error) {
        return new Measured("B.m", "1000", score, error, "ops/s");
    }

    static Turns turns(long[] candidate, long[] baseline) {
        long[] ops = new long[candidate.length];
        java.util.Arrays.fill(ops, 10);
        return new Turns("PairedBenchmarks.readJson", candidate, baseline, ops);
    }

    @Nested
    class AThroughputBudgetInTurns {

        @Test
        void isMetAtTheBound() {
            Outcome o = Outcome.inTurns(
                    "read", "1000", turns(new long[] {1000, 2000, 500}, new long[] {800, 1600, 400}), 0.8);

            assertThat(o.met()).isTrue();
            assertThat(o.ratio()).isEqualTo("0.800 ± 0.000 (clock, 3 iterations in turns)");
        }

        @Test
        void isMissedBelowTheBound() {
            Outcome o = Outcome.inTurns("read", "1000", turns(new long[] {1000, 1000}, new long[] {790, 790}), 0.8);

            assertThat(o.met()).isFalse();
        }

        @Test
        void averagesTheRatiosOfTheIterationsNotTheirTimes() {
            // iteration ratios 0.5 and 2.0: their mean is 1.25, where the summed times would give 300 / 300 = 1.0
            assertThat(turns(new long[] {200, 100}, new long[] {100, 200}).ratio())
                    .isCloseTo(1.25, within(1e-12));
            // 0.5 and 1.0
            assertThat(turns(new long[] {200, 100}, new long[] {100, 100}).ratio())
                    .isCloseTo(0.75, within(1e-12));
        }

        @Test
        void hasAnErrorFromTheSpreadOfTheIterations() {
            Turns steady = turns(new long[] {100, 100, 100, 100}, new long[] {90, 90, 90, 90});
            Turns spread = turns(new long[] {100, 100, 100, 100}, new long[] {80, 100, 80, 100});

            assertThat(steady.error()).isZero();
            // mean 0.9, standard deviation 0.1155, n 4: t(0.9995, 3) = 12.92, so 12.92 * 0.1155 / 2 = 0.746
            assertThat(spread.error()).isCloseTo(0.746, within(0.001));
            assertThat(turns(new long[] {100, 100}, new long[] {90, 80}).error())
                    .isNaN();
        }

        @Test
        void showsEachSidesTimeAnOperation() {
            Outcome o = Outcome.inTurns(
                    "read", "1000", turns(new long[] {30_000, 50_000}, new long[] {20_000, 20_000}), 0.5);

            // 80,000 ns over 20 operations: 4 µs; 40,000 ns: 2 µs
            assertThat(o.measured()).isEqualTo("PairedBenchmarks.readJson, ours: 4.00 µs an operation");
            assertThat(o.baseline()).isEqualTo("in turns, the baseline: 2.00 µs an operation");
        }

        @Test
        void refusesMeasurementsThatDoNotPair() {
            assertThatThrownBy(() -> new Turns("B.m", new long[] {1, 2}, new long[] {1}, new long[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2 candidate times, 1 baseline times");
            assertThatThrownBy(() -> turns(new long[] {1, 0}, new long[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("PairedBenchmarks.readJson: iteration 2 has no time on one side");
            assertThatThrownBy(() -> turns(new long[0], new long[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class ARatioInSeparateForks {

        @Test
        void isReportedWithNoVerdict() {
            Outcome o = Outcome.reported("read, separate forks", "1000", measured(10, 0), measured(100, 0));

            assertThat(o.met()).isTrue();
            assertThat(o.bound()).isEqualTo("none");
            assertThat(o.ratio()).startsWith("0.100");
        }

        @Test
        void addsTheRelativeErrorsInQuadrature() {
            Outcome o = Outcome.reported("read", "1000", measured(50, 3), measured(100, 4));

            // 0.5 * sqrt(0.06^2 + 0.04^2) = 0.036
            assertThat(o.ratio()).isEqualTo("0.500 ± 0.036");
        }

        @Test
        void showsNoErrorWhenJmhHasNone() {
            Outcome o = Outcome.reported("read", "1000", measured(50, Double.NaN), measured(100, 4));

            assertThat(o.ratio()).isEqualTo("0.500");
        }
    }

    @Nested
    class TheGrowthBudgetInTurns {

        /** Turns of {@link GrowthBenchmarks}: the large input as ours, {@code times} small ones as the baseline. */
        private Turns growth(long[] large, long[] small) {
            long[] ops = new long[large.length];
            java.util.Arrays.fill(ops, 10);
            return new Turns("GrowthBenchmarks.validateInTurns", large, small, ops);
        }

        @Test
        void takesTheLargeTimeOverOneSmallValidationIterationByIteration() {
            // ten small validations took 1,000 ns in each iteration, the large one 1,000, 1,100 and 1,300 ns:
            // 10, 11 and 13 times one small validation
            Turns t = growth(new long[] {1000, 1100, 1300}, new long[] {1000, 1000, 1000});

            assertThat(t.growth(10)).isCloseTo(34.0 / 3, within(1e-12));
            // standard deviation 1.528, n 3: t(0.9995, 2) = 31.6, so 31.6 * 1.528 / sqrt(3) = 27.9
            assertThat(t.growthError(10)).isCloseTo(27.9, within(0.1));
        }

        @Test
        void isMetAtTheBoundAndMissedAboveIt() {
            Turns atBound = growth(new long[] {1100, 1100, 1100}, new long[] {1000, 1000, 1000});
            Turns above = growth(new long[] {1101, 1101, 1101}, new long[] {1000, 1000, 1000});

            Outcome met = Outcome.growthInTurns("linear", "10000", "100000", atBound, 10, 11);
            assertThat(met.met()).isTrue();
            assertThat(met.bound()).isEqualTo("<= 11.0");
            assertThat(met.ratio()).isEqualTo("11.0 ± 0.000 (clock, 3 iterations in turns)");
            assertThat(Outcome.growthInTurns("linear", "10000", "100000", above, 10, 11)
                            .met())
                    .isFalse();
        }

        @Test
        void showsTheTimeOfOneValidationOfEachInput() {
            // 2 s of large validations over 20 operations: 100 ms each; 0.2 s of small ones over 20 operations of
            // 10 validations: 1 ms each
            Outcome o = Outcome.growthInTurns(
                    "linear",
                    "10000",
                    "100000",
                    growth(new long[] {1_000_000_000, 1_000_000_000}, new long[] {100_000_000, 100_000_000}),
                    10,
                    11);

            assertThat(o.input()).isEqualTo("100000");
            assertThat(o.measured())
                    .isEqualTo("GrowthBenchmarks.validateInTurns, 100000 activities: 100 ms a validation");
            assertThat(o.baseline()).isEqualTo("in turns, 10000 activities: 1.00 ms a validation");
        }

        @Test
        void weighsTheLargeInputByAsManySmallOnesAsItHasActivitiesOver() {
            assertThat(GrowthBenchmarks.times(10_000, 100_000)).isEqualTo(10);
            assertThat(GrowthBenchmarks.times(10_000, 15_000)).isEqualTo(2);
            assertThat(GrowthBenchmarks.times(100, 10)).isEqualTo(1);
        }
    }

    @Nested
    class ATimeBudget {

        @Test
        void comparesTimesThatIsInverseThroughputs() {
            // 100,000 activities at 2 ops/s, 10,000 at 25 ops/s: 12.5 times the time
            Outcome o = Outcome.atMost("linear", "100000", measured(2, 0), measured(25, 0), 11);

            assertThat(o.ratio()).startsWith("12.5");
            assertThat(o.met()).isFalse();
        }

        @Test
        void isMetBelowTheBound() {
            Outcome o = Outcome.atMost("linear", "100000", measured(2.5, 0), measured(25, 0), 11);

            assertThat(o.met()).isTrue();
        }

        @Test
        void isShownWithoutAVerdictWhenMeasuredInSeparateForks() {
            Outcome o = Outcome.atMost("linear, separate forks", "100000", measured(2, 0), measured(25, 0), 11)
                    .withoutVerdict();

            assertThat(o.met()).isTrue();
            assertThat(o.bound()).isEqualTo("none");
            assertThat(o.ratio()).startsWith("12.5");
        }
    }

    @Test
    void showsTheRatioByTheClockBesideTheRatioInProcessorTimeInSeparateForks() {
        Measured measured = new Measured("B.m", "1000", 40, 0, "ops/cpu-s", 30, 0, Double.NaN);
        Measured baseline = new Measured("B.b", "1000", 100, 0, "ops/cpu-s", 50, 0, Double.NaN);

        Outcome o = Outcome.reported("read", "1000", measured, baseline);

        assertThat(o.ratio()).isEqualTo("0.400 ± 0.000 (clock: 0.600 ± 0.000)");
    }

    @Test
    void showsHowLongTheCompilersWorkedInAnIteration() {
        Measured measured = new Measured("B.m", "1000", 40, 0, "ops/cpu-s", 30, 0, 12.5);

        assertThat(measured.toString()).endsWith("; compiling 12.5 ms an iteration");
        assertThat(new Measured("B.m", "1000", 40, 0, "ops/s").toString()).doesNotContain("compiling");
    }

    @Test
    void numbersKeepThreeSignificantDigits() {
        assertThat(Budgets.number(1234.5)).isEqualTo("1235");
        assertThat(Budgets.number(12.345)).isEqualTo("12.3");
        assertThat(Budgets.number(1.2345)).isEqualTo("1.23");
        assertThat(Budgets.number(0.12345)).isEqualTo("0.123");
    }
}
