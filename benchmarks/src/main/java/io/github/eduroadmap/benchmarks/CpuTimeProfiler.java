package io.github.eduroadmap.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Measures throughput in processor time: operations per second of processor time the benchmark's JVM used during an
 * iteration (every thread: the benchmark's, the garbage collector's, the compiler's), reported as the secondary result
 * {@value #NAME}; and the milliseconds the JIT compilers worked during the iteration, as {@value #COMPILING}, which
 * tells whether the iteration was in the steady state (near 0) or still warming up.
 *
 * <p>On a machine shared with other work, wall-clock throughput measures the scheduler as much as the code: a
 * benchmark that waits for a processor is slow by the clock but has done no more work. Processor time counts only
 * the work done, so a benchmark and its baseline measured minutes apart under different loads still compare.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The name of the secondary result. */
    public static final String NAME = "cpu";

    /** The name of the secondary result of the compilers' time. */
    public static final String COMPILING = "compiling";

    private static final CompilationMXBean COMPILERS = ManagementFactory.getCompilationMXBean();

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long start;
    private long compilingStart;

    /** Creates the profiler; JMH does so in each benchmark JVM. */
    public CpuTimeProfiler() {}

    @Override
    public String getDescription() {
        return "throughput in processor time of the whole JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = OS.getProcessCpuTime();
        compilingStart = compilingMillis();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long used = OS.getProcessCpuTime() - start;
        long ops = result.getMetadata().getAllOps();
        double perCpuSecond = used <= 0 ? Double.NaN : ops / (used / 1e9);
        double compiling = compilingMillis() - compilingStart;
        return List.of(
                new ScalarResult(NAME, perCpuSecond, "ops/cpu-s", AggregationPolicy.AVG),
                new ScalarResult(COMPILING, compiling, "ms", AggregationPolicy.AVG));
    }

    /** The compilers' accumulated time in milliseconds, or 0 when the JVM does not tell. */
    private static long compilingMillis() {
        return COMPILERS != null && COMPILERS.isCompilationTimeMonitoringSupported()
                ? COMPILERS.getTotalCompilationTime()
                : 0;
    }
}
