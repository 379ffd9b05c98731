package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.model.Roadmap;
import java.io.OutputStream;
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
import tools.jackson.databind.JsonNode;

/**
 * Writing roadmaps as JSON and YAML, beside Jackson writing its tree of the same document (pretty-printed JSON, YAML
 * with Jackson's defaults) and Jackson's {@code readTree} of the bytes written. One operation writes every roadmap of
 * the input to a stream that discards the bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx4g", "-Dfile.encoding=UTF-8"})
public class WriteBenchmarks {

    /** The input: {@code examples} or a number of activities. */
    @Param({"examples", "10", "100", "1000", "10000", "100000"})
    public String input;

    private Roadmap[] roadmaps;
    private byte[][] bytes;
    private JsonNode[] trees;

    /** Creates the benchmark. */
    public WriteBenchmarks() {}

    /**
     * Makes the roadmaps, and the bytes and trees of the format the benchmark writes.
     *
     * @param params which benchmark runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Corpus corpus = Corpus.of(input);
        roadmaps = corpus.roadmaps();
        boolean yaml = params.getBenchmark().contains("Yaml");
        bytes = yaml ? corpus.yaml() : corpus.json();
        trees = new JsonNode[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            trees[i] = yaml ? Baseline.yamlTree(bytes[i]) : Baseline.jsonTree(bytes[i]);
        }
    }

    /** Writes JSON. */
    @Benchmark
    public void writeJson() {
        for (Roadmap r : roadmaps) {
            Corpus.JSON.write(r, OutputStream.nullOutputStream());
        }
    }

    /** The baseline of {@link #writeJson}: Jackson writes its tree of the same document, pretty-printed. */
    @Benchmark
    public void writeJsonTree() {
        for (JsonNode t : trees) {
            Baseline.JSON_PRETTY.writeValue(OutputStream.nullOutputStream(), t);
        }
    }

    /**
     * The other baseline of {@link #writeJson}: Jackson's {@code readTree} of the bytes written.
     *
     * @param bh the sink
     */
    @Benchmark
    public void writeJsonReadTree(Blackhole bh) {
        for (byte[] b : bytes) {
            bh.consume(Baseline.jsonTree(b));
        }
    }

    /** Writes YAML. */
    @Benchmark
    public void writeYaml() {
        for (Roadmap r : roadmaps) {
            Corpus.YAML.write(r, OutputStream.nullOutputStream());
        }
    }

    /** The baseline of {@link #writeYaml}: Jackson writes its tree of the same document as YAML. */
    @Benchmark
    public void writeYamlTree() {
        for (JsonNode t : trees) {
            Baseline.YAML.writeValue(OutputStream.nullOutputStream(), t);
        }
    }

    /**
     * The other baseline of {@link #writeYaml}: Jackson's YAML {@code readTree} of the bytes written.
     *
     * @param bh the sink
     */
    @Benchmark
    public void writeYamlReadTree(Blackhole bh) {
        for (byte[] b : bytes) {
            bh.consume(Baseline.yamlTree(b));
        }
    }
}
