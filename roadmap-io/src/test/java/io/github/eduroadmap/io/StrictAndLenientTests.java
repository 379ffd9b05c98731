package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StrictAndLenientTests {

    private static final Path DIR = Path.of("src/test/resources/io/github/eduroadmap/io/lenient");
    private static final Path EXPORT = DIR.resolve("portal-export.yaml");
    private static final Path MONITORING = DIR.resolve("portal-monitoring.json");

    @Nested
    class Strict {

        @Test
        void isTheDefault() {
            assertThat(RoadmapMapper.yaml().isStrict()).isTrue();
            assertThat(RoadmapMapper.json().lenient().strict().isStrict()).isTrue();
        }

        @Test
        void refusesTheFirstUnknownFieldAndListsTheAllowedOnes() {
            assertThatThrownBy(() -> RoadmapMapper.yaml().read(EXPORT))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage(EXPORT
                            + ":6:1 /portalId: unknown field \"portalId\" in a roadmap; expected one of schema, id,"
                            + " title, level, territory, programme, period, timeZone, approval, goals, objectives,"
                            + " organisations, terms, participants, reporting, context, columns, sections, notes,"
                            + " extensions");
            assertThatThrownBy(() -> RoadmapMapper.json().readMonitoring(MONITORING))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage(MONITORING
                            + ":4:3 /exportedBy: unknown field \"exportedBy\" in a monitoring document; expected"
                            + " one of schema, roadmap, title, asOf, reports, measurements, progress, extensions");
        }
    }

    @Nested
    class Lenient {

        @Test
        void keepsUnknownFieldsInTheExtensionsOfTheObjectTheyAppearIn() {
            Roadmap r = RoadmapMapper.yaml().lenient().read(EXPORT);
            assertThat(r.extensions())
                    .containsEntry("portalId", ExtensionValue.of(new BigDecimal("4711")))
                    .containsEntry(
                            "portalTags",
                            new ExtensionValue.ListValue(List.of(
                                    ExtensionValue.of("эффективная школа"), ExtensionValue.of(new BigDecimal("2022")))))
                    .containsEntry("exportedAt", ExtensionValue.of("2022-05-01T10:00:00+10:00"));
            assertThat(r.approval().get().extensions())
                    .containsOnly(Map.entry("scanUrl", ExtensionValue.of("https://example.org/scan.pdf")));
            assertThat(r.objectives().get(0).extensions())
                    .containsOnly(Map.entry("weight", ExtensionValue.of(new BigDecimal("0.5"))));
            assertThat(r.organisations().get(0).extensions())
                    .containsOnly(Map.entry("inn", ExtensionValue.of("2710001234")));
            assertThat(r.participants().get(0).extensions()).containsKey("portalSchoolId");
            assertThat(r.reporting().get(0).extensions()).containsKey("channel");
            assertThat(r.context().get(0).extensions()).containsOnly(Map.entry("verified", ExtensionValue.of(false)));
            assertThat(r.sections().get(0).extensions())
                    .containsOnly(Map.entry("colour", ExtensionValue.of("#00ff00")));
            Activity a = r.sections().get(0).activities().get(0);
            assertThat(a.extensions())
                    .containsEntry("responsible", ExtensionValue.of("Иванова И.И."))
                    .containsEntry("budget", ExtensionValue.of(new BigDecimal("12500.00")));
            assertThat(a.extensions().get("checklist"))
                    .isEqualTo(new ExtensionValue.ListValue(List.of(
                            new ExtensionValue.MapValue(
                                    Map.of("step", ExtensionValue.of("пригласить"), "done", ExtensionValue.of(true))),
                            new ExtensionValue.MapValue(Map.of(
                                    "step", ExtensionValue.of("провести"), "done", new ExtensionValue.Null())))));
        }

        @Test
        void writesWhatItKeptSoThatAStrictReaderReadsTheSameRoadmap() {
            for (RoadmapFormat format : RoadmapFormat.values()) {
                Roadmap lenientlyRead = RoadmapMapper.yaml().lenient().read(EXPORT);
                String written = RoadmapMapper.of(format).writeToString(lenientlyRead);
                assertThat(RoadmapMapper.of(format).read(written)).isEqualTo(lenientlyRead);
                RoundTrips.assertRoundTrips(lenientlyRead);
            }
            Monitoring m = RoadmapMapper.json().lenient().readMonitoring(MONITORING);
            assertThat(m.extensions()).containsOnly(Map.entry("exportedBy", ExtensionValue.of("portal")));
            assertThat(m.reports().get(0).extensions()).containsKey("inbox");
            assertThat(m.measurements().get(0).extensions()).containsKey("checkedBy");
            assertThat(m.progress().get(0).extensions()).containsKey("attachments");
            RoundTrips.assertRoundTrips(m);
        }

        @Test
        void readsTheSameFileAsAnyDocument() {
            assertThat(RoadmapMapper.yaml().lenient().readDocument(EXPORT))
                    .isEqualTo(
                            new RoadmapDocument(RoadmapMapper.yaml().lenient().read(EXPORT)));
            assertThat(RoadmapMapper.json().lenient().readDocument(MONITORING))
                    .isEqualTo(new MonitoringDocument(
                            RoadmapMapper.json().lenient().readMonitoring(MONITORING)));
        }

        @Test
        void stillRefusesUnknownFieldsOfObjectsThatKeepNoExtensions() {
            String yaml = "schema: roadmap/1\nid: x\ntitle: t\nlevel: school\nterritory:\n  region: Приморский край\n"
                    + "  district: Михайловский\n";
            assertThatThrownBy(() -> RoadmapMapper.yaml().lenient().read(yaml))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage("<string>:7:3 /territory/district: unknown field \"district\" in a territory, which"
                            + " keeps no extensions; expected one of region, municipality");
        }
    }
}
