package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.RoadmapId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoadmapMapperTests {

    @Nested
    class Configuration {

        @Test
        void derivesCopiesAndLeavesTheOriginalAsItWas() {
            RoadmapMapper json = RoadmapMapper.json();
            RoadmapMapper lenientYaml = json.lenient().withFormat(RoadmapFormat.YAML);
            assertThat(json.isStrict()).isTrue();
            assertThat(json.format()).isEqualTo(RoadmapFormat.JSON);
            assertThat(lenientYaml.isStrict()).isFalse();
            assertThat(lenientYaml.format()).isEqualTo(RoadmapFormat.YAML);
            assertThat(json.strict()).isSameAs(json);
            assertThat(json.withLimits(ReadLimits.defaults())).isSameAs(json);
            ReadLimits small = ReadLimits.defaults().withMaxNestingDepth(8);
            assertThat(lenientYaml.withLimits(small).limits()).isEqualTo(small);
            assertThat(lenientYaml.withLimits(small).isStrict()).isFalse();
            assertThat(RoadmapMapper.of(RoadmapFormat.YAML)).isSameAs(RoadmapMapper.yaml());
            assertThat(json.toString()).isEqualTo("RoadmapMapper[JSON, strict, " + ReadLimits.defaults() + "]");
        }

        @Test
        void documentsItsDefaultLimits() {
            assertThat(ReadLimits.defaults()).isEqualTo(new ReadLimits(64L * 1024 * 1024, 1024 * 1024, 64, 100));
        }

        @Test
        void refusesMeaninglessLimits() {
            assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentBytes(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(7))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxNestingDepth is 8 to 10000, got 7");
            assertThatThrownBy(() -> ReadLimits.defaults().withMaxStringLength(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReadLimits.defaults().withMaxNumberLength(-1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class EitherKindOfDocument {

        @Test
        void choosesByTheSchemaWhereverItStands() {
            String yaml = "roadmap: x\nreports:\n  - {period: 2021-Q1, reporter: МОУО, submitted: 2021-04-09}\n"
                    + "schema: monitoring/1\n";
            Document d = RoadmapMapper.yaml().readDocument(yaml);
            assertThat(d).isInstanceOf(MonitoringDocument.class);
            assertThat(d.schema()).isEqualTo("monitoring/1");
            assertThat(((MonitoringDocument) d).monitoring().reports()).hasSize(1);
            String json = "{\"level\": \"school\", \"title\": \"t\", \"id\": \"x\", \"schema\": \"roadmap/1\"}";
            assertThat(RoadmapMapper.json().readDocument(new StringReader(json), "r.json"))
                    .isEqualTo(new RoadmapDocument(Samples.minimal().withId(RoadmapId.of("x"))));
        }

        @Test
        void saysWhichKindItExpected() {
            String roadmap = RoadmapMapper.yaml().writeToString(Samples.minimal());
            assertThatThrownBy(() -> RoadmapMapper.yaml().readMonitoring(roadmap))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage("<string>:1:9 /schema: \"roadmap/1\" is a roadmap document; expected monitoring/1");
            assertThatThrownBy(() -> RoadmapMapper.yaml().readDocument("id: x\ntitle: t\nlevel: school\n"))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage("<string>:1:1: missing field \"schema\"; expected schema: roadmap/1 or monitoring/1");
        }

        @Test
        void writesEitherKindAsItsOwnKind() {
            Monitoring m = Samples.monitoring();
            for (RoadmapFormat f : RoadmapFormat.values()) {
                RoadmapMapper mapper = RoadmapMapper.of(f);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                mapper.write(new MonitoringDocument(m), out);
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(mapper.writeToString(m));
                assertThat(mapper.readDocument(new ByteArrayInputStream(out.toByteArray()), "m"))
                        .isEqualTo(new MonitoringDocument(m));
            }
        }
    }
}
