package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RoadmapValidator;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The budget on linear growth, measured in turns in one JVM: every operation validates the small input {@link #times}
 * times and the large input once (each with its monitoring document), timing each side by the clock into {@link
 * PairedBenchmarks.Clock}: the small one as the baseline, the large one as ours. {@link Budgets} takes the large
 * one's time over one small validation's, iteration by iteration.
 *
 * <p>Why in turns: measured in forks of their own a minute apart, the two validations see a machine whose speed drifts
 * by a third within seconds, and their ratio came out between 10.1 and 15.6 in five runs of nearly the same code. In
 * turns both see the same machine.
 *
 * <p>What differs from separate forks, and how it is kept small: validating the large roadmap clears the processor's
 * caches of the small one, which on its own would stay in them from one validation to the next. So each operation
 * first validates the small input once untimed, and only the validations after it count, as warm as in a fork of their
 * own (in a harness, the first validation of 10,000 activities after one of 100,000 took 48.8 ms, the next eleven 42.5
 * to 48.9). Both inputs share one heap; the large one is in the old generation after the warm-up, where a collection
 * of the young generation does not copy it.
 *
 * <p>What it does not remove: the small input fits in the processor's caches and its validation is bound by the
 * code the JIT compilers made, which differs from fork to fork, while the large one waits on memory whatever the
 * code; so the ratio still moves from fork to fork (2026-11-23: 11.5 to 13.0 in the iterations of one fork, 12.5 to
 * 16.4 in those of the other).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx4g", "-Dfile.encoding=UTF-8"})
public class GrowthBenchmarks {

    /** The small input, a number of activities. */
    @Param("10000")
    public String small;

    /** The large input, a number of activities. */
    @Param("100000")
    public String large;

    /** How many times an operation validates the small input: the large one's activities over the small one's. */
    int times;

    private Roadmap[] smallRoadmaps;
    private Monitoring[] smallMonitoring;
    private Roadmap[] largeRoadmaps;
    private Monitoring[] largeMonitoring;
    private RoadmapValidator validator;

    /** Creates the benchmark. */
    public GrowthBenchmarks() {}

    /** Makes both inputs and the validator. */
    @Setup(Level.Trial)
    public void setUp() {
        Corpus s = Corpus.of(small);
        Corpus l = Corpus.of(large);
        times = times(s.activities(), l.activities());
        smallRoadmaps = s.roadmaps();
        smallMonitoring = s.monitoring();
        largeRoadmaps = l.roadmaps();
        largeMonitoring = l.monitoring();
        validator = Corpus.validator();
    }

    /**
     * Returns how many small validations weigh one large one: the ratio of their activities, rounded, at least 1.
     *
     * @param small the small input's activities
     * @param large the large input's activities
     * @return the number of small validations an operation times
     */
    static int times(int small, int large) {
        return (int) Math.max(1, Math.round((double) large / small));
    }

    /**
     * Validates the small input once untimed, then {@link #times} times timed, then the large input once timed.
     *
     * @param clock the times of the two sides: the large input's as ours, the small input's as the baseline
     * @param bh the sink
     */
    @Benchmark
    public void validateInTurns(PairedBenchmarks.Clock clock, Blackhole bh) {
        // back into the caches that the large input cleared; not timed
        validate(smallRoadmaps, smallMonitoring, bh);
        long t0 = System.nanoTime();
        for (int i = 0; i < times; i++) {
            validate(smallRoadmaps, smallMonitoring, bh);
        }
        long t1 = System.nanoTime();
        validate(largeRoadmaps, largeMonitoring, bh);
        long t2 = System.nanoTime();
        clock.baselineNanos += t1 - t0;
        clock.candidateNanos += t2 - t1;
    }

    private void validate(Roadmap[] roadmaps, Monitoring[] monitoring, Blackhole bh) {
        for (int i = 0; i < roadmaps.length; i++) {
            bh.consume(validator.validate(roadmaps[i], monitoring[i]));
        }
    }
}
