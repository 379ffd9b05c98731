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

    @Nested
    class WhatReadersAccept {

        @Test
        void readsAYamlDocumentWithMarkersNullsAndUnquotedScalars() {
            String yaml =
                    "\ufeff%YAML 1.2\n---\nschema: roadmap/1\nid: 2022\ntitle: True\nlevel: school\nprogramme: ~\n"
                            + "period: 2022\ngoals:\nnotes: [yes, 1_000, 0x1F, .5, null-ish]\n...\n";
            io.github.eduroadmap.model.Roadmap r = RoadmapMapper.yaml().read(yaml);
            assertThat(r.id()).isEqualTo(RoadmapId.of("2022"));
            assertThat(r.title()).isEqualTo("True");
            assertThat(r.programme()).isEmpty();
            assertThat(r.goals()).isEmpty();
            assertThat(r.period()).contains(io.github.eduroadmap.model.DateRange.ofYear(2022));
            assertThat(r.notes()).containsExactly("yes", "1_000", "0x1F", ".5", "null-ish");
        }

        @Test
        void readsAJsonDocumentWithAByteOrderMarkAndEscapes() {
            String json =
                    "\ufeff{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"\\u0434\\u043e\\u0440\\u043e\\u0433\\u0430\\n\","
                            + " \"level\": \"school\", \"programme\": 500, \"notes\": [true, 1.50, \"\\ud83d\\ude00\"]}";
            io.github.eduroadmap.model.Roadmap r = RoadmapMapper.json().read(json);
            assertThat(r.title()).isEqualTo("дорога\n");
            assertThat(r.programme()).contains("500");
            assertThat(r.notes()).containsExactly("true", "1.50", "😀");
            byte[] withBom = ("\ufeff" + RoadmapMapper.json().writeToString(r)).getBytes(StandardCharsets.UTF_8);
            assertThat(RoadmapMapper.json().read(new ByteArrayInputStream(withBom), "bom.json"))
                    .isEqualTo(r);
        }
    }

    @Nested
    class Streams {

        /** A stream that tells a wrong size, as some streams do. */
        private java.io.InputStream telling(byte[] bytes, int available) {
            return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int available() {
                    return available;
                }
            };
        }

        @Test
        void readsAStreamWhateverSizeItTells() {
            byte[] bytes = RoadmapMapper.json().writeToString(Samples.full()).getBytes(StandardCharsets.UTF_8);
            for (int told :
                    new int[] {0, 1, 100, bytes.length - 1, bytes.length, bytes.length + 1, Integer.MAX_VALUE}) {
                assertThat(RoadmapMapper.json().read(telling(bytes, told), "s.json"))
                        .as("told %d", told)
                        .isEqualTo(Samples.full());
            }
        }

        @Test
        void refusesAStreamPastTheLimitWhateverSizeItTells() {
            byte[] bytes = RoadmapMapper.yaml().writeToString(Samples.full()).getBytes(StandardCharsets.UTF_8);
            RoadmapMapper small =
                    RoadmapMapper.yaml().withLimits(ReadLimits.defaults().withMaxDocumentBytes(1000));
            for (int told : new int[] {0, 10, 999, 1000, 1001, bytes.length}) {
                assertThatThrownBy(() -> small.read(telling(bytes, told), "s.yaml"))
                        .as("told %d", told)
                        .isInstanceOf(RoadmapReadException.class)
                        .hasMessageContaining(": the document is larger than the limit of 1000 bytes;");
            }
        }
    }

    @Nested
    class BytesInMemory {

        @Test
        void readWhatTheStreamOfTheSameBytesReads() {
            for (RoadmapMapper mapper : new RoadmapMapper[] {RoadmapMapper.json(), RoadmapMapper.yaml()}) {
                byte[] roadmap = mapper.writeToString(Samples.full()).getBytes(StandardCharsets.UTF_8);
                byte[] monitoring = mapper.writeToString(Samples.monitoring()).getBytes(StandardCharsets.UTF_8);
                assertThat(mapper.read(roadmap, "r")).isEqualTo(Samples.full());
                assertThat(mapper.readMonitoring(monitoring, "m")).isEqualTo(Samples.monitoring());
                assertThat(mapper.readDocument(monitoring, "m"))
                        .isEqualTo(mapper.readDocument(new ByteArrayInputStream(monitoring), "m"));
                assertThat(mapper.readDocument(roadmap, "r"))
                        .isEqualTo(mapper.readDocument(new ByteArrayInputStream(roadmap), "r"));
            }
        }

        @Test
        void leaveTheBytesAsTheyWereAndAllowAByteOrderMark() {
            byte[] bytes =
                    ("\ufeff" + RoadmapMapper.json().writeToString(Samples.minimal())).getBytes(StandardCharsets.UTF_8);
            byte[] copy = bytes.clone();
            assertThat(RoadmapMapper.json().read(bytes, "bom.json")).isEqualTo(Samples.minimal());
            assertThat(bytes).isEqualTo(copy);
        }

        @Test
        void nameTheSourceAndPlaceOfAFault() {
            byte[] bytes = "{\"schema\": \"roadmap/1\",\n \"title\": 5x}".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> RoadmapMapper.json().read(bytes, "portal-upload.json"))
                    .isInstanceOfSatisfying(RoadmapReadException.class, e -> {
                        assertThat(e.source()).isEqualTo("portal-upload.json");
                        assertThat(e.line()).isEqualTo(2);
                    });
            byte[] overlong = "{\"title\": \"\u00c0\u0080\"}".getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> RoadmapMapper.json().readMonitoring(overlong, "m.json"))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessageContaining("invalid UTF-8: byte 0xC0");
        }

        @Test
        void refuseMoreBytesThanTheLimitAndNoBytes() {
            byte[] bytes = RoadmapMapper.yaml().writeToString(Samples.full()).getBytes(StandardCharsets.UTF_8);
            RoadmapMapper small =
                    RoadmapMapper.yaml().withLimits(ReadLimits.defaults().withMaxDocumentBytes(1000));
            assertThatThrownBy(() -> small.readDocument(bytes, "s.yaml"))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessageContaining(": the document is larger than the limit of 1000 bytes;");
            assertThatThrownBy(() -> RoadmapMapper.json().read((byte[]) null, "x"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("content");
        }
    }
}
