package io.github.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.io.RoadmapSchemas;
import io.github.eduroadmap.model.Roadmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example roadmap reads strictly, round-trips exactly in JSON and YAML, and satisfies the published schema. */
class ExampleRoadmapsTests {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()))
            .getSchema(RoadmapSchemas.roadmap(), InputFormat.JSON);

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("roadmaps"))) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(list).hasSize(5);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsStrictlyAndRoundTripsInJsonAndYaml(Path example) {
        Roadmap roadmap = RoadmapMapper.yaml().read(example);
        assertThat(roadmap.id().value() + ".yaml")
                .isEqualTo(example.getFileName().toString());
        assertThat(RoadmapMapper.json().read(RoadmapMapper.json().writeToString(roadmap)))
                .isEqualTo(roadmap);
        assertThat(RoadmapMapper.yaml().read(RoadmapMapper.yaml().writeToString(roadmap)))
                .isEqualTo(roadmap);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void satisfiesThePublishedSchemaAsWrittenByHandAndAsWrittenByTheMapper(Path example) throws IOException {
        String source = Files.readString(example, StandardCharsets.UTF_8);
        assertNoErrors(SCHEMA.validate(source, InputFormat.YAML), example + " as written by hand");
        Roadmap roadmap = RoadmapMapper.yaml().read(example);
        assertNoErrors(
                SCHEMA.validate(RoadmapMapper.json().writeToString(roadmap), InputFormat.JSON), example + " as JSON");
        assertNoErrors(
                SCHEMA.validate(RoadmapMapper.yaml().writeToString(roadmap), InputFormat.YAML), example + " as YAML");
    }

    private static void assertNoErrors(List<Error> errors, String what) {
        assertThat(errors).as(what).isEmpty();
    }
}
