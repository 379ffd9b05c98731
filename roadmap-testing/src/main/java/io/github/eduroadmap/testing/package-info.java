/**
 * Seeded generators of valid roadmaps and monitoring documents, for property tests of anything that reads, writes,
 * converts or validates them: ours and users'; defects planted at known places; and assertions on validation
 * reports.
 *
 * <p>Put the artifact in the test scope:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>io.github.eduroadmap</groupId>
 *   <artifactId>roadmap-testing</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>A {@link io.github.eduroadmap.testing.RoadmapGenerator} makes a roadmap from a seed and a
 * {@link io.github.eduroadmap.testing.MonitoringGenerator} a monitoring document for it; the same seed gives an
 * equal document on every run. The JUnit 5 argument sources
 * {@link io.github.eduroadmap.testing.GeneratedRoadmaps @GeneratedRoadmaps} and
 * {@link io.github.eduroadmap.testing.GeneratedMonitoring @GeneratedMonitoring} feed them to parameterized tests,
 * naming each case by its seed:
 *
 * <pre>{@code
 * import io.github.eduroadmap.model.Roadmap;
 * import io.github.eduroadmap.testing.GeneratedRoadmaps;
 * import io.github.eduroadmap.testing.RoadmapGenerator;
 * import org.junit.jupiter.params.ParameterizedTest;
 *
 * class PortalStorageTests {
 *
 *     @ParameterizedTest
 *     @GeneratedRoadmaps(count = 100, seed = 42)
 *     void storesAndLoadsEveryRoadmap(Roadmap roadmap) {
 *         storage.save(roadmap);
 *         assertThat(storage.load(roadmap.id())).isEqualTo(roadmap);
 *     }
 *     // A failure reads "[17] seed -4962768465676381896L"; reproduce it alone with
 *     // RoadmapGenerator.defaults().generate(-4962768465676381896L)
 *     // or @GeneratedRoadmaps(seeds = -4962768465676381896L).
 *
 *     @Test
 *     void storesALargeRoadmap() {
 *         Roadmap big = RoadmapGenerator.defaults().generate(1L, 100_000);
 *         assertThat(storage.save(big).activityCount()).isEqualTo(100_000);
 *     }
 * }
 * }</pre>
 *
 * <p>Without JUnit, {@link io.github.eduroadmap.testing.RoadmapGenerator#stream(long, int)} gives the same cases as
 * a stream.
 *
 * <p>{@link io.github.eduroadmap.testing.Defects} plants a {@link io.github.eduroadmap.testing.Defect} (one for every
 * code of the validator) into a generated roadmap, or into your own, and says where the validator is to report it;
 * {@link io.github.eduroadmap.testing.ReportAssertions#assertThat(io.github.eduroadmap.validation.ValidationReport)}
 * checks a report, with no assertion library needed at run time:
 *
 * <pre>{@code
 * Planted planted = Defects.plant(Defect.ACTIVITY_NO_EXECUTOR, 42L);
 * RoadmapValidator validator = RoadmapValidator.builder().asOf(planted.asOf()).build();
 * ReportAssertions.assertThat(planted.validate(validator))
 *         .hasViolation(planted)                      // activity.no-executor at e.g. /sections/1/activities/3
 *         .withSeverity(Severity.ERROR);
 * assertThat(portal.upload(planted.roadmap()).isRefused()).isTrue();
 * }</pre>
 */
package io.github.eduroadmap.testing;
