package io.github.eduroadmap.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.benchmarks.Budgets.Measured;
import io.github.eduroadmap.benchmarks.Budgets.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The arithmetic of the budgets: ratios against the baseline, their errors and the verdicts. */
class BudgetsTests {

    static Measured measured(double score, double error) {
        return new Measured("B.m", "1000", score, error, "ops/s");
    }

    @Nested
    class AThroughputBudget {

        @Test
        void isMetAtTheBound() {
            Outcome o = Outcome.atLeast("read", "1000", measured(80, 0), measured(100, 0), 0.8);

            assertThat(o.met()).isTrue();
            assertThat(o.ratio()).startsWith("0.800");
        }

        @Test
        void isMissedBelowTheBound() {
            Outcome o = Outcome.atLeast("read", "1000", measured(79, 1), measured(100, 1), 0.8);

            assertThat(o.met()).isFalse();
        }

        @Test
        void addsTheRelativeErrorsInQuadrature() {
            Outcome o = Outcome.atLeast("read", "1000", measured(50, 3), measured(100, 4), 0.5);

            // 0.5 * sqrt(0.06^2 + 0.04^2) = 0.036
            assertThat(o.ratio()).isEqualTo("0.500 ± 0.036");
        }

        @Test
        void showsNoErrorWhenJmhHasNone() {
            Outcome o = Outcome.atLeast("read", "1000", measured(50, Double.NaN), measured(100, 4), 0.5);

            assertThat(o.ratio()).isEqualTo("0.500");
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
    }

    @Test
    void showsTheRatioByTheClockBesideTheRatioInProcessorTime() {
        Measured measured = new Measured("B.m", "1000", 40, 0, "ops/cpu-s", 30, 0, Double.NaN);
        Measured baseline = new Measured("B.b", "1000", 100, 0, "ops/cpu-s", 50, 0, Double.NaN);

        Outcome o = Outcome.atLeast("read", "1000", measured, baseline, 0.5);

        assertThat(o.ratio()).isEqualTo("0.400 ± 0.000 (clock: 0.600 ± 0.000)");
        assertThat(o.met()).as("the verdict is on processor time").isFalse();
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
