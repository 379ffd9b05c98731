package io.github.eduroadmap.benchmarks;

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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading roadmaps into the model, strictly, from JSON and from YAML, each beside Jackson's {@code readTree} of the
 * same bytes, both given the bytes in memory ({@code RoadmapMapper.read(byte[], String)} and {@code readTree(byte[])}).
 * One operation reads every document of the input (five for {@code examples}, one otherwise).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx4g", "-Dfile.encoding=UTF-8"})
public class ReadBenchmarks {

    /** The input: {@code examples} or a number of activities. */
    @Param({"examples", "10", "100", "1000", "10000", "100000"})
    public String input;

    private byte[][] json;
    private byte[][] yaml;

    /** Creates the benchmark. */
    public ReadBenchmarks() {}

    /**
     * Makes the bytes the benchmark reads, and only those.
     *
     * @param params which benchmark runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Corpus corpus = Corpus.of(input);
        if (params.getBenchmark().contains("Yaml")) {
            yaml = corpus.yaml();
        } else {
            json = corpus.json();
        }
    }

    /**
     * Reads JSON into the model.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readJson(Blackhole bh) {
        for (byte[] b : json) {
            bh.consume(Corpus.JSON.read(b, "input.json"));
        }
    }

    /**
     * The baseline of {@link #readJson}: Jackson's tree of the same bytes.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readJsonTree(Blackhole bh) {
        for (byte[] b : json) {
            bh.consume(Baseline.jsonTree(b));
        }
    }

    /**
     * Reads YAML into the model.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readYaml(Blackhole bh) {
        for (byte[] b : yaml) {
            bh.consume(Corpus.YAML.read(b, "input.yaml"));
        }
    }

    /**
     * The baseline of {@link #readYaml}: Jackson's tree of the same bytes.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readYamlTree(Blackhole bh) {
        for (byte[] b : yaml) {
            bh.consume(Baseline.yamlTree(b));
        }
    }
}
