package io.github.eduroadmap.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The smoke pass of the build: every benchmark runs one short iteration in this JVM with the smallest input, and the
 * budgets run end to end. It proves that they execute; it measures nothing, and no time is asserted.
 */
class BenchmarksSmokeTests {

    static Stream<Class<?>> benchmarkClasses() {
        return Stream.of(
                ReadBenchmarks.class,
                ValidateBenchmarks.class,
                WriteBenchmarks.class,
                DeadlineBenchmarks.class,
                ImportBenchmarks.class,
                PairedBenchmarks.class);
    }

    static Set<String> benchmarkMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("benchmarkClasses")
    void everyBenchmarkOfAClassRunsOnce(Class<?> type) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include("^" + type.getName().replace(".", "\\.") + "\\.")
                        .param("input", "10")
                        .forks(0)
                        .warmupIterations(0)
                        .measurementIterations(1)
                        .measurementTime(TimeValue.milliseconds(20))
                        .shouldFailOnError(true)
                        .verbosity(VerboseMode.SILENT)
                        .build())
                .run();

        assertThat(results)
                .extracting(r ->
                        r.getParams().getBenchmark().substring(type.getName().length() + 1))
                .containsExactlyInAnyOrderElementsOf(benchmarkMethods(type));
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore())
                        .as(r.getParams().getBenchmark())
                        .isPositive());
    }

    @Nested
    class TheBudgets {

        @Test
        void runEndToEndAndTabulateEveryBudget() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = Budgets.run(new String[] {"--smoke"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String out = bytes.toString(StandardCharsets.UTF_8);

            assertThat(code).as(out).isIn(Budgets.MET, Budgets.MISSED);
            assertThat(out)
                    .contains("| read JSON / JSON readTree | 10 |")
                    .contains("| read YAML / YAML readTree | 10 |")
                    .contains("| read JSON + validate / JSON readTree | 10 |")
                    .contains("| read JSON / JSON readTree, separate forks | 10 |")
                    .contains("| read YAML / YAML readTree, separate forks | 10 |")
                    .contains("| read JSON + validate / JSON readTree, separate forks | 10 |")
                    .contains("PairedBenchmarks.readYaml, ours: ")
                    .contains(
                            "| validate time 100 / time 10 | 100 | GrowthBenchmarks.validateInTurns, 100 activities: ")
                    .contains("| validate time 100 / time 10, separate forks | 100 |")
                    .contains("| heap validating 10 activities / JSON bytes | 10 | peak after GC ")
                    .contains("| import CSV / Jackson CSV rows | 10 |")
                    .contains("| import XLSX / POI reading every cell | 10 |")
                    .contains("| deadline phrases parsed / JSON readTree of each phrase | seed phrases |")
                    .contains("processors")
                    .contains("JDK: ");
        }

        @Test
        void refuseAnUnknownOption() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code =
                    Budgets.run(new String[] {"--input", "10"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(code).isEqualTo(Budgets.USAGE);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("unknown option --input");
        }

        @Test
        void refuseAnUnknownWayOfMeasuringSeparately() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = Budgets.run(
                    new String[] {"--separate", "yes"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(code).isEqualTo(Budgets.USAGE);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--separate takes forks or none, got yes");
        }

        @Test
        void refuseAnUnknownInput() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = Budgets.run(
                    new String[] {"--inputs", "10,12"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(code).isEqualTo(Budgets.USAGE);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("unknown input 12");
        }
    }

    @Test
    void theBenchmarksCoverEveryInput() {
        assertThat(List.of(ReadBenchmarks.class, ValidateBenchmarks.class, WriteBenchmarks.class))
                .allSatisfy(type -> assertThat(type.getField("input")
                                .getAnnotation(org.openjdk.jmh.annotations.Param.class)
                                .value())
                        .containsExactlyElementsOf(Corpus.INPUTS));
    }
}
