package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.internal.MonitoringAssembler;
import java.util.Objects;

/**
 * Generates a monitoring document for a roadmap from a seed: the same roadmap, seed and configuration give an equal
 * document.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapGenerator.defaults().generate(42L);
 * Monitoring monitoring = MonitoringGenerator.defaults().generate(roadmap, 42L);
 * }</pre>
 *
 * <p>The document names the roadmap by its id and holds:
 *
 * <ul>
 *   <li>reports for the periods (the occurrences within the roadmap period) of the roadmap's reporting
 *       requirements that ended before the document's date, by the requirement's reporter; some periods have no
 *       report; the first report submitted is on time (on or before its nominal due date) and the next one late (at
 *       least {@value #LATE_BY_AT_LEAST_DAYS} days after it, so
 *       that no move of a due date to a working day makes it on time), the rest either way;
 *   <li>measurements of expected results that exist, referred to by a pointer
 *       {@code /sections/i/activities/j/results/k} or by {@code <activity id>/results/k}, in the target's unit
 *       when the result has one; percentages lie within 0 to 100;
 *   <li>progress records of activities that exist, referred to by id or by pointer {@code /sections/i/activities/j};
 *       every {@link io.github.eduroadmap.model.ActivityStatus} appears once the roadmap has as many activities.
 * </ul>
 *
 * <p>A roadmap without a period is monitored as if its period were the year 2022. Instances are immutable and
 * thread-safe.
 */
public final class MonitoringGenerator {

    /**
     * How many days after its nominal due date a late report comes at the earliest: more than any move of a due
     * date to the next working day can add, so that a validator with a production calendar also finds it late.
     */
    public static final int LATE_BY_AT_LEAST_DAYS = MonitoringAssembler.LATE_BY_AT_LEAST;

    private static final MonitoringGenerator DEFAULTS = new Builder().build();

    private final double late;
    private final double missing;
    private final double progress;
    private final double measurements;
    private final MonitoringAssembler assembler;

    private MonitoringGenerator(double late, double missing, double progress, double measurements) {
        this.late = late;
        this.missing = missing;
        this.progress = progress;
        this.measurements = measurements;
        this.assembler = new MonitoringAssembler(late, missing, progress, measurements);
    }

    /**
     * Returns the generator with the default configuration: a quarter of reports late, a tenth of reporting periods
     * without a report, progress for 60% of activities, measurements for 30% of results.
     *
     * @return the default generator
     */
    public static MonitoringGenerator defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder that starts from the default configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from this generator's configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.late = late;
        b.missing = missing;
        b.progress = progress;
        b.measurements = measurements;
        return b;
    }

    /**
     * Returns the monitoring document of a roadmap for a seed.
     *
     * @param roadmap the roadmap monitored, generated or not
     * @param seed the seed
     * @return the document, equal for equal roadmaps, seeds and configurations
     * @throws NullPointerException if {@code roadmap} is null
     */
    public Monitoring generate(Roadmap roadmap, long seed) {
        return assembler.monitoring(Objects.requireNonNull(roadmap, "roadmap"), seed);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MonitoringGenerator)) {
            return false;
        }
        MonitoringGenerator o = (MonitoringGenerator) other;
        return late == o.late && missing == o.missing && progress == o.progress && measurements == o.measurements;
    }

    @Override
    public int hashCode() {
        return Objects.hash(late, missing, progress, measurements);
    }

    @Override
    public String toString() {
        return "MonitoringGenerator[lateReports=" + late + ", missingReports=" + missing + ", progress=" + progress
                + ", measurements=" + measurements + "]";
    }

    /** Configures a {@link MonitoringGenerator}; every setting has a default. */
    public static final class Builder {

        private double late = 0.25;
        private double missing = 0.1;
        private double progress = 0.6;
        private double measurements = 0.3;

        private Builder() {}

        /**
         * Sets the share of reports that come late. With 0 every report is on time, with 1 every report is late;
         * in between, the first report is on time and the second late.
         *
         * @param share 0 to 1; 0.25 by default
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is not within 0 to 1
         */
        public Builder lateReports(double share) {
            late = share("lateReports", share);
            return this;
        }

        /**
         * Sets the share of reporting periods for which no report was submitted.
         *
         * @param share 0 to 1; 0.1 by default
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is not within 0 to 1
         */
        public Builder missingReports(double share) {
            missing = share("missingReports", share);
            return this;
        }

        /**
         * Sets the share of activities with a progress record, beyond the first four, which always have one so that
         * every status appears.
         *
         * @param share 0 to 1; 0.6 by default
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is not within 0 to 1
         */
        public Builder progress(double share) {
            progress = share("progress", share);
            return this;
        }

        /**
         * Sets the share of expected results measured; results with a target are measured twice as often, results
         * without half as often.
         *
         * @param share 0 to 1; 0.3 by default
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is not within 0 to 1
         */
        public Builder measurements(double share) {
            measurements = share("measurements", share);
            return this;
        }

        /**
         * Returns the generator.
         *
         * @return the generator
         */
        public MonitoringGenerator build() {
            return new MonitoringGenerator(late, missing, progress, measurements);
        }

        private static double share(String what, double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(what + " is a share from 0 to 1, got " + share);
            }
            return share;
        }
    }
}
