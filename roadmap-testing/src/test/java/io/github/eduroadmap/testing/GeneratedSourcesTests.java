package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** {@link GeneratedRoadmaps} and {@link GeneratedMonitoring} in parameterized tests. */
class GeneratedSourcesTests {

    @Nested
    class GeneratedRoadmapsSource {

        @ParameterizedTest
        @GeneratedRoadmaps(count = 5, seed = 42)
        void givesTheRoadmapOfEachCaseSeed(Roadmap roadmap, long seed, TestInfo info) {
            assertThat(roadmap).isEqualTo(RoadmapGenerator.defaults().generate(seed));
            assertThat(info.getDisplayName()).endsWith("seed " + seed + "L");
        }

        @ParameterizedTest
        @GeneratedRoadmaps(count = 3, activities = 30, generator = "oneSection")
        void usesTheGeneratorOfTheTestClass(Roadmap roadmap) {
            assertThat(roadmap.sections()).hasSize(3); // 30 activities need 3 sections of at most 10
            assertThat(roadmap.activities()).hasSize(30);
        }

        static RoadmapGenerator oneSection() {
            return RoadmapGenerator.builder()
                    .sections(1, 1)
                    .activitiesPerSection(1, 10)
                    .build();
        }
    }

    @Nested
    class GeneratedMonitoringSource {

        @ParameterizedTest
        @GeneratedMonitoring(count = 4, seed = 9, monitoringGenerator = "punctual")
        void givesEachRoadmapWithItsMonitoring(Roadmap roadmap, Monitoring monitoring, long seed) {
            assertThat(roadmap).isEqualTo(RoadmapGenerator.defaults().generate(seed));
            assertThat(monitoring).isEqualTo(punctual().generate(roadmap, seed));
        }

        static MonitoringGenerator punctual() {
            return MonitoringGenerator.builder().lateReports(0).build();
        }
    }

    @Nested
    class DisplayNames {

        @Test
        void nameEachCaseByItsSeedInOrder() {
            Events tests = run(Fixture.class).testEvents();
            List<String> names = tests.started().stream()
                    .map(e -> e.getTestDescriptor().getDisplayName())
                    .collect(Collectors.toList());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                expected.add("[" + (i + 1) + "] seed " + RoadmapGenerator.caseSeed(1234L, i) + "L");
            }
            expected.add("[1] seed 77L");
            expected.add("[2] seed -5L");
            assertThat(names).containsExactlyInAnyOrderElementsOf(expected); // methods run in an unstated order
            assertThat(names).containsSubsequence(expected.subList(0, 3)).containsSubsequence(expected.subList(3, 5));
        }

        @Test
        void nameTheReproducerOfAFailure() {
            Events tests = run(FailingFixture.class).testEvents();
            long seed = RoadmapGenerator.caseSeed(1L, 1);
            List<Event> failed = tests.failed().stream().collect(Collectors.toList());
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).getTestDescriptor().getDisplayName()).isEqualTo("[2] seed " + seed + "L");
            assertThat(RoadmapGenerator.defaults().generate(seed).sections().size())
                    .isNotEqualTo(-1);
        }

        @Test
        void reportsAMissingGeneratorMethod() {
            Events tests = run(MisconfiguredFixture.class).allEvents();
            assertThat(tests.failed().stream()
                            .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                                    .map(Throwable::getMessage)
                                    .orElse(""))
                            .collect(Collectors.toList()))
                    .anySatisfy(message -> assertThat(message)
                            .contains("@GeneratedRoadmaps(generator) = \"nowhere\"")
                            .contains("has no method nowhere()"));
        }

        private static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> fixture) {
            return EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(fixture))
                    .execute();
        }
    }

    /** Run by {@link DisplayNames} through the test kit only. */
    static class Fixture {

        @ParameterizedTest
        @GeneratedRoadmaps(count = 3, seed = 1234)
        void derived(Roadmap roadmap) {}

        @ParameterizedTest
        @GeneratedRoadmaps(seeds = {77L, -5L})
        void replayed(Roadmap roadmap) {}
    }

    /** Fails on its second case only. */
    static class FailingFixture {

        @ParameterizedTest
        @GeneratedRoadmaps(count = 3, seed = 1)
        void failsOnTheSecondCase(Roadmap roadmap, long seed) {
            assertThat(seed).isNotEqualTo(RoadmapGenerator.caseSeed(1L, 1));
        }
    }

    /** Names a generator method that does not exist. */
    static class MisconfiguredFixture {

        @ParameterizedTest
        @GeneratedRoadmaps(count = 1, generator = "nowhere")
        void neverRuns(Roadmap roadmap) {}
    }
}
