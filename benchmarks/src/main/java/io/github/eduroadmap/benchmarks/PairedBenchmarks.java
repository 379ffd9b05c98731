package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.validation.RoadmapValidator;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The three budgets on throughput, each benchmark interleaved with its baseline in one JVM: every operation reads each
 * document of the input both ways, our reader and Jackson's {@code readTree}, in turns (the baseline first on every
 * other document, so that neither finds the bytes in the cache more often), and times each side by the clock into the
 * {@link Clock} counters. {@link Budgets} divides the two sums of each measured iteration.
 *
 * <p>Why: on a shared machine the speed of the processor drifts by a third within seconds (consecutive 2-second
 * iterations of one benchmark measured 8,500 and 15,000 operations per second). Measured in separate forks minutes
 * apart, a benchmark and its baseline see different machines, and a ratio's 99.9% interval is ±20 to ±30%. Taken in
 * turns a few hundred microseconds apart, both sides see the same machine, and the drift cancels in their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx4g", "-Dfile.encoding=UTF-8"})
public class PairedBenchmarks {

    /** The input: {@code examples} or a number of activities. */
    @Param({"examples", "10", "100", "1000", "10000", "100000"})
    public String input;

    private byte[][] json;
    private byte[][] monitoringJson;
    private byte[][] yaml;
    private RoadmapValidator validator;

    /** Creates the benchmark. */
    public PairedBenchmarks() {}

    /**
     * The clock time of each side in an iteration, in nanoseconds; JMH reports each public field as a secondary result
     * of the iteration, under its name.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Clock {

        /** Nanoseconds our side took in this iteration. */
        public long candidateNanos;

        /** Nanoseconds the baseline took in this iteration. */
        public long baselineNanos;

        /** Which side goes first on the next document. */
        private boolean baselineFirst;

        /** Creates the counters. */
        public Clock() {}

        /** Starts an iteration at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            candidateNanos = 0;
            baselineNanos = 0;
        }

        /**
         * Tells which side goes first, in turns.
         *
         * @return whether the baseline goes first this time
         */
        boolean baselineFirst() {
            baselineFirst = !baselineFirst;
            return baselineFirst;
        }
    }

    /**
     * Makes the bytes the benchmark reads, and only those.
     *
     * @param params which benchmark runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Corpus corpus = Corpus.of(input);
        if (params.getBenchmark().endsWith("Yaml")) {
            yaml = corpus.yaml();
        } else {
            json = corpus.json();
            monitoringJson = corpus.monitoringJson();
            validator = Corpus.validator();
        }
    }

    /**
     * Reads each JSON document into the model ({@link ReadBenchmarks#readJson}) and into Jackson's tree ({@link
     * ReadBenchmarks#readJsonTree}), in turns.
     *
     * @param clock the times of the two sides
     * @param bh the sink
     */
    @Benchmark
    public void readJson(Clock clock, Blackhole bh) {
        inTurns(clock, bh, json.length, i -> Corpus.JSON.read(json[i], "input.json"), i -> Baseline.jsonTree(json[i]));
    }

    /**
     * Reads each YAML document into the model ({@link ReadBenchmarks#readYaml}) and into Jackson's tree ({@link
     * ReadBenchmarks#readYamlTree}), in turns.
     *
     * @param clock the times of the two sides
     * @param bh the sink
     */
    @Benchmark
    public void readYaml(Clock clock, Blackhole bh) {
        inTurns(clock, bh, yaml.length, i -> Corpus.YAML.read(yaml[i], "input.yaml"), i -> Baseline.yamlTree(yaml[i]));
    }

    /**
     * Reads each roadmap and its monitoring document from JSON and validates them ({@link
     * ValidateBenchmarks#readValidate}), and reads the same bytes into Jackson's trees ({@link
     * ValidateBenchmarks#readJsonTree}), in turns.
     *
     * @param clock the times of the two sides
     * @param bh the sink
     */
    @Benchmark
    public void readValidate(Clock clock, Blackhole bh) {
        inTurns(
                clock,
                bh,
                json.length,
                i -> validator.validate(
                        Corpus.JSON.read(json[i], "roadmap.json"),
                        Corpus.JSON.readMonitoring(monitoringJson[i], "monitoring.json")),
                i -> new Object[] {Baseline.jsonTree(json[i]), Baseline.jsonTree(monitoringJson[i])});
    }

    /**
     * Runs both sides on each document, the baseline first on every other one, and adds each side's clock time to its
     * counter.
     */
    private static void inTurns(
            Clock clock, Blackhole bh, int documents, IntFunction<Object> ours, IntFunction<Object> baseline) {
        for (int i = 0; i < documents; i++) {
            boolean baselineFirst = clock.baselineFirst();
            long t0 = System.nanoTime();
            bh.consume(baselineFirst ? baseline.apply(i) : ours.apply(i));
            long t1 = System.nanoTime();
            bh.consume(baselineFirst ? ours.apply(i) : baseline.apply(i));
            long t2 = System.nanoTime();
            clock.baselineNanos += baselineFirst ? t1 - t0 : t2 - t1;
            clock.candidateNanos += baselineFirst ? t2 - t1 : t1 - t0;
        }
    }
}
