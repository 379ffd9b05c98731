package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the JSON and YAML readers, strict and lenient.
 *
 * <p>Whatever the bytes, {@code read}, {@code readMonitoring} and {@code readDocument} either read a value or refuse
 * the bytes with a {@link RoadmapReadException} that says where; nothing else escapes (an
 * {@link java.io.UncheckedIOException} cannot come from bytes in memory, so it fails the test too). What a mapper
 * reads, every format writes and reads back equal.
 *
 * <p>Each input may take 10 seconds: a slower one fails the regression run and is a timeout when fuzzing.
 *
 * <p>Without {@code JAZZER_FUZZ} each method runs once per file of its corpus in
 * {@code src/test/resources/io/github/eduroadmap/io/RoadmapMapperFuzzTestsInputs/} (the files directly there are
 * shared by both methods: a JSON document is YAML too). To fuzz, see {@code docs/testing.md}.
 */
@Timeout(10)
class RoadmapMapperFuzzTests {

    private static final String SOURCE = "fuzzed";

    /**
     * JSON bytes, read by the strict and the lenient JSON mapper.
     *
     * @param input the bytes
     */
    @FuzzTest
    void readsAnyJsonOrRefusesIt(byte[] input) {
        readsOrRefuses(RoadmapMapper.json(), input);
    }

    /**
     * YAML bytes, read by the strict and the lenient YAML mapper.
     *
     * @param input the bytes
     */
    @FuzzTest
    void readsAnyYamlOrRefusesIt(byte[] input) {
        readsOrRefuses(RoadmapMapper.yaml(), input);
    }

    private static void readsOrRefuses(RoadmapMapper mapper, byte[] input) {
        for (RoadmapMapper m : List.of(mapper.strict(), mapper.lenient())) {
            Roadmap roadmap = read(input, b -> m.read(new ByteArrayInputStream(b), SOURCE));
            if (roadmap != null) {
                for (RoadmapFormat format : RoadmapFormat.values()) {
                    RoadmapMapper to = m.withFormat(format);
                    assertThat(to.read(to.writeToString(roadmap))).isEqualTo(roadmap);
                }
            }
            Monitoring monitoring = read(input, b -> m.readMonitoring(new ByteArrayInputStream(b), SOURCE));
            if (monitoring != null) {
                for (RoadmapFormat format : RoadmapFormat.values()) {
                    RoadmapMapper to = m.withFormat(format);
                    assertThat(to.readMonitoring(to.writeToString(monitoring))).isEqualTo(monitoring);
                }
            }
            Document document = read(input, b -> m.readDocument(new ByteArrayInputStream(b), SOURCE));
            if (document != null) {
                // the document reader agrees with the reader of its kind
                if (document instanceof RoadmapDocument) {
                    assertThat(((RoadmapDocument) document).roadmap()).isEqualTo(roadmap);
                } else {
                    assertThat(((MonitoringDocument) document).monitoring()).isEqualTo(monitoring);
                }
                for (RoadmapFormat format : RoadmapFormat.values()) {
                    RoadmapMapper to = m.withFormat(format);
                    assertThat(to.readDocument(to.writeToString(document))).isEqualTo(document);
                }
            }
        }
    }

    /** Reads, or returns null for a refusal that says where. */
    private static <T> T read(byte[] input, Function<byte[], T> reader) {
        try {
            T value = reader.apply(input);
            assertThat(value).isNotNull();
            return value;
        } catch (RoadmapReadException e) {
            assertThat(e.source()).isEqualTo(SOURCE);
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.pointer().isEmpty() || e.pointer().startsWith("/"))
                    .as("pointer %s", e.pointer())
                    .isTrue();
            assertThat(e.getMessage()).startsWith(SOURCE + ":" + e.line() + ":" + e.column());
            return null;
        }
    }
}
