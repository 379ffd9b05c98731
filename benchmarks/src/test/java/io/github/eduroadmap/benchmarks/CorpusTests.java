package io.github.eduroadmap.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inputs of the benchmarks: the real roadmaps and generated ones, as models and bytes. */
class CorpusTests {

    @Test
    void theExamplesAreEveryRoadmapOfTheExamplesFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "roadmaps"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .containsExactlyInAnyOrderElementsOf(Corpus.EXAMPLE_FILES);
        }
        assertThat(Corpus.of(Corpus.EXAMPLES).roadmaps()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "100", "1000"})
    void aGeneratedInputHasExactlyItsActivities(String input) {
        assertThat(Corpus.of(input).activities()).isEqualTo(Integer.parseInt(input));
    }

    @Test
    void theBytesReadBackAsTheRoadmaps() {
        Corpus c = Corpus.of(Corpus.EXAMPLES);
        Roadmap[] roadmaps = c.roadmaps();
        for (int i = 0; i < roadmaps.length; i++) {
            assertThat(Corpus.JSON.read(new ByteArrayInputStream(c.json()[i]), "json"))
                    .isEqualTo(roadmaps[i]);
            assertThat(Corpus.YAML.read(new ByteArrayInputStream(c.yaml()[i]), "yaml"))
                    .isEqualTo(roadmaps[i]);
            assertThat(Corpus.JSON.readMonitoring(new ByteArrayInputStream(c.monitoringJson()[i]), "json"))
                    .isEqualTo(c.monitoring()[i]);
        }
    }

    @Test
    void theDeadlinePhrasesAreThoseOfTheRealRoadmapsAndEachParses() {
        var phrases = Corpus.of(Corpus.EXAMPLES).deadlinePhrases();

        assertThat(phrases).hasSizeGreaterThan(100).contains("Сентябрь - октябрь");
        assertThat(phrases).allSatisfy(p -> assertThat(Deadline.parse(p).text()).isEqualTo(p));
    }

    @Test
    void anInputIsTheExamplesOrANumber() {
        assertThatThrownBy(() -> Corpus.of("many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"examples\" or a number of activities");
    }
}
