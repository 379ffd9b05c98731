package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaTests {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Schema ROADMAP = REGISTRY.getSchema(RoadmapSchemas.roadmap(), InputFormat.JSON);
    private static final Schema MONITORING = REGISTRY.getSchema(RoadmapSchemas.monitoring(), InputFormat.JSON);

    private static final String HEAD =
            "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"t\", \"level\": \"school\"";

    @Nested
    class WrittenDocuments {

        @Test
        void areAllValid() {
            List<Roadmap> roadmaps = new ArrayList<>(List.of(
                    Samples.full(),
                    Samples.minimal(),
                    RoadmapMapper.yaml()
                            .lenient()
                            .read(Path.of("src/test/resources/io/github/eduroadmap/io/lenient/portal-export.yaml"))));
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 50; i++) {
                String text = RoundTripTests.AwkwardText.next(random);
                roadmaps.add(Samples.minimal()
                        .withTitle(text)
                        .withSections(Section.builder()
                                .title(RoundTripTests.AwkwardText.next(random))
                                .addActivities(Activity.builder()
                                        .title(text)
                                        .deadline(Deadline.parse(text))
                                        .build())
                                .build()));
            }
            for (Roadmap r : roadmaps) {
                assertValid(ROADMAP, RoadmapMapper.json().writeToString(r), InputFormat.JSON);
                assertValid(ROADMAP, RoadmapMapper.yaml().writeToString(r), InputFormat.YAML);
            }
            Monitoring m = Samples.monitoring();
            assertValid(MONITORING, RoadmapMapper.json().writeToString(m), InputFormat.JSON);
            assertValid(MONITORING, RoadmapMapper.yaml().writeToString(m), InputFormat.YAML);
        }

        private void assertValid(Schema schema, String document, InputFormat format) {
            List<Error> errors = schema.validate(document, format);
            assertThat(errors).as("%s%n%s", errors, document).isEmpty();
        }
    }

    @Nested
    class InvalidDocuments {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.io.SchemaTests#invalidRoadmaps")
        void areRefusedByTheSchemaAndByTheReader(String why, String json) {
            assertThat(ROADMAP.validate(json, InputFormat.JSON)).as(why).isNotEmpty();
            assertThat(catchThrowable(() -> RoadmapMapper.json().read(json)))
                    .as(why)
                    .isInstanceOf(RoadmapReadException.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.io.SchemaTests#invalidMonitoringDocuments")
        void areRefusedByTheMonitoringSchemaAndByTheReader(String why, String json) {
            assertThat(MONITORING.validate(json, InputFormat.JSON)).as(why).isNotEmpty();
            assertThat(catchThrowable(() -> RoadmapMapper.json().readMonitoring(json)))
                    .as(why)
                    .isInstanceOf(RoadmapReadException.class);
        }
    }

    @Test
    void publishesBothSchemasAsResources() {
        assertThat(RoadmapSchemas.roadmapResource()).isNotNull();
        assertThat(RoadmapSchemas.monitoringResource()).isNotNull();
        assertThat(RoadmapSchemas.roadmap()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(RoadmapSchemas.monitoring()).contains("\"const\": \"monitoring/1\"");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalidRoadmaps() {
        return Stream.of(
                args("an unknown field", HEAD + ", \"portalId\": 1}"),
                args("a missing title", "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"level\": \"school\"}"),
                args("a missing schema", "{\"id\": \"x\", \"title\": \"t\", \"level\": \"school\"}"),
                args(
                        "another schema",
                        "{\"schema\": \"roadmap/2\", \"id\": \"x\", \"title\": \"t\", \"level\": \"school\"}"),
                args(
                        "a monitoring schema",
                        "{\"schema\": \"monitoring/1\", \"id\": \"x\", \"title\": \"t\", \"level\":" + " \"school\"}"),
                args(
                        "an unknown level",
                        "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"t\", \"level\":" + " \"regionl\"}"),
                args(
                        "a blank id",
                        "{\"schema\": \"roadmap/1\", \"id\": \" \", \"title\": \"t\", \"level\": \"school\"}"),
                args(
                        "an object for a text",
                        "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": {\"ru\": \"t\"},"
                                + " \"level\": \"school\"}"),
                args("a text for a list", HEAD + ", \"goals\": \"цель\"}"),
                args("a null item in a list", HEAD + ", \"goals\": [\"a\", null]}"),
                args("a text for a number", HEAD + ", \"context\": [{\"text\": \"t\", \"total\": \"16\"}]}"),
                args("month 13 in a date", HEAD + ", \"approval\": {\"kind\": \"order\", \"date\": \"2022-13-01\"}}"),
                args("the 30th of February", HEAD + ", \"approval\": {\"kind\": \"order\", \"date\": \"2022-02-30\"}}"),
                args("a five-digit year", HEAD + ", \"approval\": {\"kind\": \"order\", \"date\": \"99999-01-01\"}}"),
                args("a word for a date", HEAD + ", \"approval\": {\"kind\": \"order\", \"date\": \"yesterday\"}}"),
                args("a fifth quarter", HEAD + ", \"period\": \"2022-Q5\"}"),
                args("an unknown kind of approval", HEAD + ", \"approval\": {\"kind\": \"ukaz\"}}"),
                args("an unknown field in a territory", HEAD + ", \"territory\": {\"district\": \"x\"}}"),
                args(
                        "an unknown field in an activity",
                        HEAD + ", \"sections\": [{\"title\": \"s\", \"activities\":"
                                + " [{\"title\": \"a\", \"responsible\": \"МОУО\"}]}]}"),
                args(
                        "an activity without a title",
                        HEAD + ", \"sections\": [{\"title\": \"s\", \"activities\":" + " [{\"number\": \"1.\"}]}]}"),
                args("an unknown deadline type", deadline("{\"text\": \"еженедельно\", \"type\": \"weekly\"}")),
                args("a typed deadline without text", deadline("{\"type\": \"unparsed\"}")),
                args(
                        "a foreign field in a typed deadline",
                        deadline(
                                "{\"text\": \"1 марта\", \"type\": \"date\", \"date\": \"2022-03-01\", \"month\": \"2022-03\"}")),
                args(
                        "month 13 in a span",
                        deadline(
                                "{\"text\": \"x\", \"type\": \"month-span\", \"from\": \"2022-12\", \"to\": \"2022-13\"}")),
                args(
                        "a due day 32",
                        deadline(
                                "{\"text\": \"x\", \"type\": \"recurring\", \"frequency\": \"monthly\", \"dueDay\": 32}")),
                args(
                        "an unknown frequency",
                        deadline("{\"text\": \"x\", \"type\": \"recurring\", \"frequency\": \"weekly\"}")),
                args(
                        "a combined deadline of one part",
                        deadline("{\"text\": \"x\", \"type\": \"combined\", \"parts\": [\"март\"]}")),
                args("a date deadline without its date", deadline("{\"text\": \"x\", \"type\": \"date\"}")),
                args("an executor of two kinds", executors("{\"organisation\": \"МОУО\", \"role\": \"x\"}")),
                args("an executor of no kind", executors("{\"text\": \"МОУО\"}")),
                args("a role with a text", executors("{\"role\": \"МОУО\", \"text\": \"x\"}")),
                args("a list for an executor", executors("[\"МОУО\"]")),
                args(
                        "a target without a unit",
                        results(
                                "{\"text\": \"x\", \"target\": {\"text\": \"x\", \"comparison\": \"exactly\", \"value\": 1}}")),
                args(
                        "an unknown comparison",
                        results("{\"text\": \"x\", \"target\": {\"text\": \"x\", \"comparison\":"
                                + " \"about\", \"value\": 1, \"unit\": \"count\"}}")),
                args("a result without text", results("{\"target\": null}")));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalidMonitoringDocuments() {
        String head = "{\"schema\": \"monitoring/1\", \"roadmap\": \"x\"";
        return Stream.of(
                args("a missing roadmap", "{\"schema\": \"monitoring/1\"}"),
                args("a roadmap schema", "{\"schema\": \"roadmap/1\", \"roadmap\": \"x\"}"),
                args("an unknown field", head + ", \"exportedBy\": \"portal\"}"),
                args(
                        "a report without a period",
                        head + ", \"reports\": [{\"reporter\": \"МОУО\", \"submitted\":" + " \"2021-04-12\"}]}"),
                args(
                        "an unknown unit",
                        head + ", \"measurements\": [{\"result\": \"r\", \"value\": 1, \"unit\":"
                                + " \"percents\", \"date\": \"2021-06-30\"}]}"),
                args(
                        "a text value",
                        head + ", \"measurements\": [{\"result\": \"r\", \"value\": \"64\", \"unit\":"
                                + " \"percent\", \"date\": \"2021-06-30\"}]}"),
                args("an unknown status", head + ", \"progress\": [{\"activity\": \"a\", \"status\": \"finished\"}]}"),
                args("a bad asOf", head + ", \"asOf\": \"2021-12-32\"}"));
    }

    private static String deadline(String deadline) {
        return HEAD + ", \"sections\": [{\"title\": \"s\", \"activities\": [{\"title\": \"a\", \"deadline\": "
                + deadline + "}]}]}";
    }

    private static String executors(String executor) {
        return HEAD + ", \"sections\": [{\"title\": \"s\", \"activities\": [{\"title\": \"a\", \"executors\": ["
                + executor + "]}]}]}";
    }

    private static String results(String result) {
        return HEAD + ", \"sections\": [{\"title\": \"s\", \"activities\": [{\"title\": \"a\", \"results\": [" + result
                + "]}]}]}";
    }

    private static org.junit.jupiter.params.provider.Arguments args(String why, String json) {
        return org.junit.jupiter.params.provider.Arguments.of(why, json);
    }
}
