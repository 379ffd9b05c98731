package io.github.eduroadmap.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds generated roadmaps with a monitoring document of each to a {@code @ParameterizedTest}: case {@code i} is the
 * roadmap of seed {@code s = }{@link RoadmapGenerator#caseSeed(long, int) caseSeed(seed, i)} and the monitoring
 * document {@link MonitoringGenerator#generate(io.github.eduroadmap.model.Roadmap, long) generate(roadmap, s)}.
 *
 * <p>The test method takes a {@link io.github.eduroadmap.model.Roadmap}, a
 * {@link io.github.eduroadmap.model.Monitoring} and, if it wants it, the case's seed as a third {@code long}
 * parameter. Each case is named by its seed, as with {@link GeneratedRoadmaps}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GeneratedMonitoring(count = 100, seed = 7)
 * void findsEveryLateReport(Roadmap roadmap, Monitoring monitoring) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GeneratedMonitoringProvider.class)
public @interface GeneratedMonitoring {

    /**
     * Returns how many cases to generate.
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
     * Returns the seeds of the cases to run instead of {@link #count()} derived ones.
     *
     * @return the cases' own seeds; none by default
     */
    long[] seeds() default {};

    /**
     * Returns the name of a static method of the test class, without parameters, that returns the
     * {@link RoadmapGenerator} to use.
     *
     * @return the method's name; empty (the default) for {@link RoadmapGenerator#defaults()}
     */
    String generator() default "";

    /**
     * Returns the name of a static method of the test class, without parameters, that returns the
     * {@link MonitoringGenerator} to use.
     *
     * @return the method's name; empty (the default) for {@link MonitoringGenerator#defaults()}
     */
    String monitoringGenerator() default "";
}
