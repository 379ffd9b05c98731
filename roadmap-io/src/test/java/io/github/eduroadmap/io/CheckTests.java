package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RoadmapMapper#check(Path)} refuses exactly what {@link RoadmapMapper#readDocument(Path)} refuses, with the
 * same message, and accepts what it reads.
 */
class CheckTests {

    static Stream<String> brokenInputs() throws IOException {
        return HostileInputTests.inputs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void refusesEachBrokenInputWithTheMessageOfReadingIt(String name) {
        Path file = HostileInputTests.DIR.resolve(name);
        RoadmapMapper mapper = RoadmapMapper.forPath(file);
        String base = name;
        if (base.startsWith("lenient-")) {
            mapper = mapper.lenient();
            base = base.substring("lenient-".length());
        }
        if (base.startsWith("limits-")) {
            mapper = mapper.withLimits(HostileInputTests.SMALL_LIMITS);
        }
        RoadmapMapper m = mapper;

        Throwable read = catchThrowable(() -> m.readDocument(file));
        Throwable checked = catchThrowable(() -> m.check(file));

        if (read == null) { // broken as one kind of document, valid as the other (roadmap-is-monitoring.yaml)
            assertThat(checked).as("checking %s", name).isNull();
            return;
        }
        assertThat(read).as("reading %s", name).isInstanceOf(RoadmapReadException.class);
        assertThat(checked)
                .as("checking %s", name)
                .isInstanceOf(RoadmapReadException.class)
                .hasMessage(read.getMessage());
    }

    @Test
    void namesTheKindOfEachValidDocument() {
        Path examples = Path.of("..", "examples");

        assertThat(RoadmapMapper.yaml().check(examples.resolve("roadmaps/primorsky-krai-2021-low-results.yaml")))
                .isEqualTo(RoadmapDocument.SCHEMA);
        assertThat(RoadmapMapper.yaml()
                        .check(examples.resolve("monitoring/primorsky-krai-2021-low-results-monitoring.yaml")))
                .isEqualTo(MonitoringDocument.SCHEMA);
    }

    @Test
    void acceptsTheSamplesInBothFormats(@TempDir Path dir) throws IOException {
        for (RoadmapMapper mapper : new RoadmapMapper[] {RoadmapMapper.json(), RoadmapMapper.yaml()}) {
            String ext = mapper.format().name().toLowerCase(java.util.Locale.ROOT);
            Path full = Files.writeString(dir.resolve("full." + ext), mapper.writeToString(Samples.full()));
            Path minimal = Files.writeString(dir.resolve("minimal." + ext), mapper.writeToString(Samples.minimal()));
            Path monitoring =
                    Files.writeString(dir.resolve("monitoring." + ext), mapper.writeToString(Samples.monitoring()));

            assertThat(mapper.check(full)).isEqualTo(RoadmapDocument.SCHEMA);
            assertThat(mapper.check(minimal)).isEqualTo(RoadmapDocument.SCHEMA);
            assertThat(mapper.check(monitoring)).isEqualTo(MonitoringDocument.SCHEMA);
        }
    }
}
