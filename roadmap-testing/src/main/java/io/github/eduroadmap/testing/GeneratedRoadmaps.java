package io.github.eduroadmap.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds generated roadmaps to a {@code @ParameterizedTest}: {@link #count()} cases, case {@code i} being the roadmap
 * of {@link RoadmapGenerator#caseSeed(long, int) caseSeed(seed, i)}.
 *
 * <p>The test method takes a {@link io.github.eduroadmap.model.Roadmap} and, if it wants it, the case's seed as a
 * second {@code long} parameter. Each case is named by its seed, e.g. {@code [17] seed -4962768465676381896L}, so a
 * failure names its reproducer: {@code RoadmapGenerator.defaults().generate(-4962768465676381896L)}, or
 * {@code @GeneratedRoadmaps(seeds = -4962768465676381896L)} to rerun that case alone.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GeneratedRoadmaps(count = 100, seed = 42)
 * void roundTripsThroughYaml(Roadmap roadmap) {
 *     assertThat(RoadmapMapper.yaml().read(RoadmapMapper.yaml().writeToString(roadmap))).isEqualTo(roadmap);
 * }
 *
 * @ParameterizedTest
 * @GeneratedRoadmaps(count = 3, activities = 10_000, generator = "flat")
 * void validatesLargeRoadmaps(Roadmap roadmap, long seed) { ... }
 *
 * static RoadmapGenerator flat() {
 *     return RoadmapGenerator.builder().sections(1, 1).build();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GeneratedRoadmapsProvider.class)
public @interface GeneratedRoadmaps {

    /**
     * Returns how many roadmaps to generate.
     *
     * @return the number of cases; 50 by default
     */
    int count() default 50;

    /**
     * Returns the seed of the run, from which each case's seed is derived.
     *
     * @return the seed; 42 by default
     */
    long seed() default 42L;

    /**
     * Returns the seeds of the cases to run instead of {@link #count()} derived ones: the seeds failing cases were
     * named by.
     *
     * @return the cases' own seeds; none by default
     */
    long[] seeds() default {};

    /**
     * Returns the exact number of activities of every roadmap, as {@link RoadmapGenerator#withActivities(int)}.
     *
     * @return the number of activities, or -1 (the default) to leave it to the generator
     */
    int activities() default -1;

    /**
     * Returns the name of a static method of the test class, without parameters, that returns the
     * {@link RoadmapGenerator} to use.
     *
     * @return the method's name; empty (the default) for {@link RoadmapGenerator#defaults()}
     */
    String generator() default "";
}
