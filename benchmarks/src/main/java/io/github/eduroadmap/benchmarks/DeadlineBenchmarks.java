package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.model.Deadline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * Parsing the deadline phrases of the five real roadmaps, one phrase per operation in turn (operations per second are
 * phrases per second), beside Jackson's {@code readTree} of each phrase as a JSON string.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class DeadlineBenchmarks {

    private String[] phrases;
    private byte[][] jsonPhrases;
    private int next;

    /** Creates the benchmark. */
    public DeadlineBenchmarks() {}

    /** Collects the phrases. */
    @Setup(Level.Trial)
    public void setUp() {
        List<String> all = Corpus.of(Corpus.EXAMPLES).deadlinePhrases();
        phrases = all.toArray(new String[0]);
        jsonPhrases = new byte[phrases.length][];
        for (int i = 0; i < phrases.length; i++) {
            jsonPhrases[i] = Baseline.JSON.writeValueAsString(phrases[i]).getBytes(StandardCharsets.UTF_8);
        }
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == phrases.length ? 0 : i + 1;
        return i;
    }

    /**
     * Parses the next phrase.
     *
     * @return the deadline
     */
    @Benchmark
    public Deadline parse() {
        return Deadline.parse(phrases[nextIndex()]);
    }

    /**
     * The baseline of {@link #parse}: Jackson's tree of the next phrase as a JSON string.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode readJsonTree() {
        return Baseline.jsonTree(jsonPhrases[nextIndex()]);
    }

    /**
     * Returns how many phrases there are.
     *
     * @return the count
     */
    public static int phraseCount() {
        return Corpus.of(Corpus.EXAMPLES).deadlinePhrases().size();
    }
}
