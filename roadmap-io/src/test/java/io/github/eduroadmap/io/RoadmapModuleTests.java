package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class RoadmapModuleTests {

    private static final JsonMapper JSON =
            JsonMapper.builder().addModule(new RoadmapModule()).build();
    private static final YAMLMapper YAML =
            YAMLMapper.builder().addModule(new RoadmapModule()).build();

    /** A type of the application that holds a roadmap among its own fields. */
    record Upload(String uploader, Roadmap roadmap, List<Monitoring> reports) {}

    @Nested
    class InAnApplicationsOwnMapper {

        @Test
        void readsWhatTheFacadeWrites() {
            for (ObjectMapper m : List.of(JSON, YAML)) {
                RoadmapMapper facade = m == JSON ? RoadmapMapper.json() : RoadmapMapper.yaml();
                assertThat(m.readValue(facade.writeToString(Samples.full()), Roadmap.class))
                        .isEqualTo(Samples.full());
                assertThat(m.readValue(facade.writeToString(Samples.monitoring()), Monitoring.class))
                        .isEqualTo(Samples.monitoring());
            }
        }

        @Test
        void writesWhatTheFacadeReadsAndTheSameTreeAsTheFacade() {
            String mine = JSON.writeValueAsString(Samples.full());
            assertThat(RoadmapMapper.json().read(mine)).isEqualTo(Samples.full());
            assertThat(JSON.readTree(mine))
                    .isEqualTo(JSON.readTree(RoadmapMapper.json().writeToString(Samples.full())));
            String yaml = YAML.writeValueAsString(Samples.full());
            assertThat(RoadmapMapper.yaml().read(yaml)).isEqualTo(Samples.full());
            String pretty = JSON.rebuild()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsString(Samples.monitoring());
            assertThat(RoadmapMapper.json().readMonitoring(pretty)).isEqualTo(Samples.monitoring());
        }

        @Test
        void readsAndWritesARoadmapInsideTheApplicationsOwnTypes() {
            Upload upload = new Upload("portal", Samples.full(), List.of(Samples.monitoring()));
            String json = JSON.writeValueAsString(upload);
            assertThat(JSON.readValue(json, Upload.class)).isEqualTo(upload);
        }

        @Test
        void givesTheSameErrorsAsTheFacade() {
            String bad = "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"t\", \"level\": \"regionl\"}";
            RoadmapReadException viaFacade = (RoadmapReadException)
                    catchThrowable(() -> RoadmapMapper.json().read(bad));
            Throwable viaModule = catchThrowable(() -> JSON.readValue(bad, Roadmap.class));
            assertThat(viaModule).isInstanceOf(RoadmapReadException.class);
            RoadmapReadException e = (RoadmapReadException) viaModule;
            assertThat(e.pointer()).isEqualTo(viaFacade.pointer());
            assertThat(e.problem()).isEqualTo(viaFacade.problem());
            assertThat(e.expected()).isEqualTo(viaFacade.expected());
            assertThat(e.line()).isEqualTo(viaFacade.line());
            assertThat(e.column()).isEqualTo(viaFacade.column());
            assertThat(e.getMessage())
                    .isEqualTo("<input>:1:59 /level: \"regionl\" is not a level; expected one of federal, regional,"
                            + " municipal, school");
        }

        @Test
        void pointsIntoTheApplicationsDocument() {
            String json =
                    "{\"uploader\": \"p\", \"roadmap\": {\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"t\","
                            + " \"level\": \"school\", \"sections\": [{\"title\": \"s\", \"activities\": [{\"number\": 1}]}]},"
                            + " \"reports\": []}";
            Throwable t = catchThrowable(() -> JSON.readValue(json, Upload.class));
            RoadmapReadException e =
                    t instanceof RoadmapReadException ? (RoadmapReadException) t : (RoadmapReadException) t.getCause();
            assertThat(e.pointer()).isEqualTo("/roadmap/sections/0/activities/0");
            assertThat(e.problem()).isEqualTo("missing field \"title\"");
        }

        @Test
        void refusesYamlAliasesInTheApplicationsYamlMapper() {
            String yaml = "schema: roadmap/1\nid: &i x\ntitle: *i\nlevel: school\n";
            assertThatThrownBy(() -> YAML.readValue(yaml, Roadmap.class))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessageContaining("/title: an alias \"*i\"");
        }

        @Test
        void isStrictUnlessMadeLenient() {
            String json =
                    "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"t\", \"level\": \"school\", \"x\": 1}";
            assertThatThrownBy(() -> JSON.readValue(json, Roadmap.class))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessageContaining("unknown field \"x\" in a roadmap");
            JsonMapper lenient = JsonMapper.builder()
                    .addModule(new RoadmapModule().lenient())
                    .build();
            assertThat(lenient.readValue(json, Roadmap.class).extensions()).containsKey("x");
            assertThat(new RoadmapModule().isStrict()).isTrue();
            assertThat(new RoadmapModule().lenient().isStrict()).isFalse();
        }
    }
}
