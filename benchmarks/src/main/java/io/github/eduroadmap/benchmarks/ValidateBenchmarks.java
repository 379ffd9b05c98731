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
 * Validation with every rule, of a roadmap with its monitoring document: in memory, and read from JSON first; beside
 * Jackson's {@code readTree} of the same JSON bytes (the roadmap's and the monitoring document's). One operation checks
 * every roadmap of the input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx4g", "-Dfile.encoding=UTF-8"})
public class ValidateBenchmarks {

    /** The input: {@code examples} or a number of activities. */
    @Param({"examples", "10", "100", "1000", "10000", "100000"})
    public String input;

    private Roadmap[] roadmaps;
    private Monitoring[] monitoring;
    private byte[][] json;
    private byte[][] monitoringJson;
    private RoadmapValidator validator;

    /** Creates the benchmark. */
    public ValidateBenchmarks() {}

    /** Makes the documents and the validator. */
    @Setup(Level.Trial)
    public void setUp() {
        Corpus corpus = Corpus.of(input);
        roadmaps = corpus.roadmaps();
        monitoring = corpus.monitoring();
        json = corpus.json();
        monitoringJson = corpus.monitoringJson();
        validator = Corpus.validator();
    }

    /**
     * Validates roadmaps and their monitoring documents already in memory.
     *
     * @param bh the sink
     */
    @Benchmark
    public void validate(Blackhole bh) {
        for (int i = 0; i < roadmaps.length; i++) {
            bh.consume(validator.validate(roadmaps[i], monitoring[i]));
        }
    }

    /**
     * Validates roadmaps alone, without their monitoring documents (the rules on monitoring have nothing to check).
     *
     * @param bh the sink
     */
    @Benchmark
    public void validateRoadmap(Blackhole bh) {
        for (Roadmap r : roadmaps) {
            bh.consume(validator.validate(r));
        }
    }

    /**
     * Reads each roadmap and its monitoring document from JSON, then validates them.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readValidate(Blackhole bh) {
        for (int i = 0; i < json.length; i++) {
            Roadmap r = Corpus.JSON.read(json[i], "roadmap.json");
            Monitoring m = Corpus.JSON.readMonitoring(monitoringJson[i], "monitoring.json");
            bh.consume(validator.validate(r, m));
        }
    }

    /**
     * The baseline of {@link #readValidate}: Jackson's trees of the same bytes.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readJsonTree(Blackhole bh) {
        for (int i = 0; i < json.length; i++) {
            bh.consume(Baseline.jsonTree(json[i]));
            bh.consume(Baseline.jsonTree(monitoringJson[i]));
        }
    }
}
