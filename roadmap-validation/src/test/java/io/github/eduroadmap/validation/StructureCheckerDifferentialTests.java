package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.MonitoringDocument;
import io.github.eduroadmap.io.RoadmapDocument;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.BeanValidationTests.Case;
import io.github.eduroadmap.validation.internal.StructureDefects;
import io.github.eduroadmap.validation.internal.StructureDifferential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's structure checker reports exactly what Hibernate Validator reported (its oracle,
 * {@link io.github.eduroadmap.validation.internal.HibernateValidatorOracle}): the same violations, each with the same
 * code, severity, document, pointer, message and arguments, in Russian and English, for the example roadmaps and
 * their monitoring document, the fixtures of the tests, the inputs of the reader's tests, and roadmaps with structure
 * defects planted at random.
 */
class StructureCheckerDifferentialTests {

    static final Path EXAMPLES = Path.of("..", "examples");

    static final Path READER_INPUTS = Path.of("..", "roadmap-io", "src", "test", "resources");

    static List<Roadmap> exampleRoadmaps() throws IOException {
        List<Roadmap> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("roadmaps"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                found.add(RoadmapMapper.yaml().read(p));
            }
        }
        assertThat(found).hasSize(5);
        return found;
    }

    static Monitoring exampleMonitoring() {
        return RoadmapMapper.yaml()
                .readMonitoring(
                        EXAMPLES.resolve("monitoring").resolve("primorsky-krai-2021-low-results-monitoring.yaml"));
    }

    static void assertSame(String name, Roadmap roadmap, Optional<Monitoring> monitoring) {
        assertThat(StructureDifferential.differences(roadmap, monitoring))
                .as(name)
                .isEmpty();
    }

    @Nested
    class Examples {

        @Test
        void theFiveRoadmapsWithAndWithoutTheMonitoringDocument() throws IOException {
            Monitoring m = exampleMonitoring();
            for (Roadmap r : exampleRoadmaps()) {
                assertSame(r.title(), r, Optional.empty());
                assertSame(r.title(), r, Optional.of(m));
            }
        }

        @Test
        void theExamplesWithDefectsPlanted() throws IOException {
            Monitoring m = exampleMonitoring();
            List<Roadmap> roadmaps = exampleRoadmaps();
            Random random = new Random(20_251_122L);
            int violations = 0;
            for (int i = 0; i < 250; i++) {
                Roadmap r = StructureDefects.plant(roadmaps.get(i % roadmaps.size()), random, 1 + random.nextInt(6));
                Monitoring planted = StructureDefects.plant(m, random, random.nextInt(4));
                assertSame("planted #" + i, r, Optional.of(planted));
                violations += StructureDifferential.count(r, Optional.of(planted));
            }
            assertThat(violations).as("violations compared").isGreaterThan(500);
        }
    }

    @Nested
    class Fixtures {

        static Stream<Case> cases() {
            return Stream.concat(
                    SpringStyleTests.everyBrokenFixture(),
                    Stream.of(
                            BeanValidationTests.roadmapCase(
                                    "valid fixture", io.github.eduroadmap.validation.Fixtures.roadmap(), ""),
                            BeanValidationTests.roadmapCase(
                                    "three times the same objective",
                                    io.github.eduroadmap.validation.Fixtures.roadmap()
                                            .withObjectives(
                                                    io.github.eduroadmap.validation.Fixtures.roadmap()
                                                            .objectives()
                                                            .get(0),
                                                    io.github.eduroadmap.validation.Fixtures.roadmap()
                                                            .objectives()
                                                            .get(0),
                                                    io.github.eduroadmap.validation.Fixtures.roadmap()
                                                            .objectives()
                                                            .get(0)),
                                    ""),
                            BeanValidationTests.roadmapCase(
                                    "one broken objective and one blank person in several places", shared(), "")));
        }

        /** The same broken instances in several places: each place is checked, as Hibernate Validator does. */
        static Roadmap shared() {
            Roadmap r = io.github.eduroadmap.validation.Fixtures.roadmap();
            Objective broken = r.objectives().get(0).withTitle(" ").withNumber("1\n");
            Person blank = Person.named("");
            Section section = r.sections().get(0);
            Activity activity = section.activities().get(0).withTitle("").withId("x\n");
            return r.withObjectives(broken, broken, broken)
                    .withApproval(r.approval().get().withSignatory(blank))
                    .withParticipants(r.participants().get(0).withHead(blank))
                    .withSections(section.withActivities(activity, activity), section.withActivities(activity));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void everyBrokenFixtureOfTheTests(Case c) {
            assertSame(
                    c.name(),
                    c.roadmap(),
                    Optional.of(c.monitoring().orElse(io.github.eduroadmap.validation.Fixtures.monitoring())));
        }

        @Test
        void sharedInstancesAreCheckedInEveryPlace() {
            // 3 objectives x 2, 2 persons, 3 activities x 2, and the duplicate activity ids
            assertThat(StructureDifferential.count(shared(), Optional.empty())).isGreaterThanOrEqualTo(14);
        }

        @Test
        void theFixturesWithDefectsPlanted() {
            Random random = new Random(7L);
            for (int i = 0; i < 250; i++) {
                Roadmap r = StructureDefects.plant(
                        io.github.eduroadmap.validation.Fixtures.roadmap(), random, 1 + random.nextInt(8));
                Monitoring m = StructureDefects.plant(
                        io.github.eduroadmap.validation.Fixtures.monitoring(), random, random.nextInt(5));
                assertSame("planted #" + i, r, Optional.of(m));
            }
        }
    }

    @Test
    void everyDocumentTheReadersTestsRead() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(READER_INPUTS)) {
            inputs = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        int read = 0;
        for (Path p : inputs) {
            io.github.eduroadmap.io.Document d;
            try {
                d = RoadmapMapper.forPath(p).lenient().readDocument(p);
            } catch (RuntimeException e) {
                continue; // an input the reader refuses has no model to check
            }
            read++;
            if (d instanceof RoadmapDocument) {
                assertSame(p.toString(), ((RoadmapDocument) d).roadmap(), Optional.empty());
            } else {
                Roadmap any = io.github.eduroadmap.validation.Fixtures.roadmap();
                assertSame(p.toString(), any, Optional.of(((MonitoringDocument) d).monitoring()));
            }
        }
        assertThat(read).as("documents read of " + inputs.size()).isGreaterThan(10);
    }
}
