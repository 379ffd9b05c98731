package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.internal.Rng;
import io.github.eduroadmap.testing.internal.RoadmapAssembler;
import io.github.eduroadmap.testing.internal.Settings;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates valid roadmaps from a seed: the same seed and configuration give an equal roadmap on every run and JDK.
 *
 * <pre>{@code
 * RoadmapGenerator roadmaps = RoadmapGenerator.builder().sections(1, 8).activitiesPerSection(0, 12).build();
 * Roadmap one = roadmaps.generate(42L);
 * roadmaps.stream(42L, 100).forEach(r -> assertThat(mapper.read(mapper.write(r))).isEqualTo(r));
 * Roadmap big = roadmaps.generate(7L, 100_000);   // exactly 100,000 activities, for benchmarks
 * }</pre>
 *
 * <p>A generated roadmap is valid as far as the model can tell: every objective id referred to exists; every
 * organisation executor names an organisation of the glossary by key; every deadline is well ordered and lies
 * within the period, which is always present; sections and activities are numbered without gaps in one style (or
 * not at all); every activity has at least one executor and one result; activity ids are unique; every objective
 * is served by an activity; the shares of a partition sum to 100 and agree with its total; reporters and
 * participants' organisations are organisation keys; participants' names are distinct.
 *
 * <p>Across a few dozen roadmaps every variant of every closed family of the model appears, and every optional part
 * is both present and absent: deadlines of every kind (built with the factories of
 * {@link io.github.eduroadmap.model.Deadline}, or with the words of the seed documents, or with words that do not
 * say what the typed value says, as writers must then keep the typed form), executors of every kind (including a
 * role whose words are an organisation's key), results read from their words or with an explicit target or
 * explicitly none, extension data of every kind. Text is the Russian of the seed documents with «», "№", dashes and
 * line breaks, and now and then (see {@link Builder#stressText(double)}) characters that stress writers: quotes,
 * colons, {@code #}, a leading {@code -}, emoji, very long words, words that read as another scalar ({@code null},
 * {@code 234}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapGenerator {

    private static final RoadmapGenerator DEFAULTS = new Builder().build();

    private final Settings settings;
    private final RoadmapAssembler assembler;

    private RoadmapGenerator(Settings settings) {
        this.settings = settings;
        this.assembler = new RoadmapAssembler(settings);
    }

    /**
     * Returns the generator with the default configuration: 1 to 8 sections of 0 to 12 activities, 1 to 4 executors
     * and 1 to 3 results per activity, 3% of free text stressed.
     *
     * @return the default generator
     */
    public static RoadmapGenerator defaults() {
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
        return new Builder(settings);
    }

    /**
     * Returns the seed of case {@code index} of a run seeded with {@code seed}: the seed that
     * {@link #stream(long, int)} and the JUnit sources use for that case, so that {@code generate(caseSeed(s, i))}
     * gives case {@code i} alone.
     *
     * @param seed the seed of the run
     * @param index the case's index, from 0
     * @return the case's seed
     */
    public static long caseSeed(long seed, int index) {
        return Rng.mix(seed + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    /**
     * Returns the roadmap of a seed.
     *
     * @param seed the seed
     * @return the roadmap, equal for equal seeds and configurations
     */
    public Roadmap generate(long seed) {
        return assembler.roadmap(seed);
    }

    /**
     * Returns the roadmap of a seed with exactly {@code activityCount} activities, for benchmarks and size tests.
     *
     * <p>Generation takes time linear in the number of activities, some 15 microseconds of processor time each: a
     * roadmap of 100,000 activities takes one to two seconds. The activities are spread evenly over as many sections as it takes to keep each section within this
     * generator's {@link Builder#activitiesPerSection(int, int) greatest section size}.
     *
     * @param seed the seed
     * @param activityCount the number of activities, 0 or more
     * @return the roadmap
     * @throws IllegalArgumentException if {@code activityCount} is negative
     */
    public Roadmap generate(long seed, int activityCount) {
        return withActivities(activityCount).generate(seed);
    }

    /**
     * Returns a generator like this one whose roadmaps have exactly {@code activityCount} activities.
     *
     * @param activityCount the number of activities, 0 or more
     * @return the generator
     * @throws IllegalArgumentException if {@code activityCount} is negative
     */
    public RoadmapGenerator withActivities(int activityCount) {
        return toBuilder().activities(activityCount).build();
    }

    /**
     * Returns {@code count} roadmaps; roadmap {@code i} is {@code generate(caseSeed(seed, i))}, so a failing case can
     * be reproduced alone.
     *
     * @param seed the seed of the run
     * @param count how many roadmaps
     * @return the roadmaps, generated lazily in order
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Stream<Roadmap> stream(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        return IntStream.range(0, count).mapToObj(i -> generate(caseSeed(seed, i)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoadmapGenerator && ((RoadmapGenerator) other).settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        Settings s = settings;
        return "RoadmapGenerator[sections=" + s.minSections() + ".." + s.maxSections()
                + (s.activities() >= 0
                        ? ", activities=" + s.activities()
                        : ", activitiesPerSection=" + s.minActivities() + ".." + s.maxActivities())
                + ", executorsPerActivity=" + s.minExecutors() + ".." + s.maxExecutors()
                + ", resultsPerActivity=" + s.minResults() + ".." + s.maxResults()
                + ", stressText=" + s.stress() + "]";
    }

    /** Configures a {@link RoadmapGenerator}; every setting has a default. */
    public static final class Builder {

        private int minSections = 1;
        private int maxSections = 8;
        private int minActivities = 0;
        private int maxActivities = 12;
        private int minExecutors = 1;
        private int maxExecutors = 4;
        private int minResults = 1;
        private int maxResults = 3;
        private int activities = -1;
        private double stress = 0.03;

        private Builder() {}

        private Builder(Settings s) {
            minSections = s.minSections();
            maxSections = s.maxSections();
            minActivities = s.minActivities();
            maxActivities = s.maxActivities();
            minExecutors = s.minExecutors();
            maxExecutors = s.maxExecutors();
            minResults = s.minResults();
            maxResults = s.maxResults();
            activities = s.activities();
            stress = s.stress();
        }

        /**
         * Sets how many sections a roadmap has.
         *
         * @param min the least, 0 or more
         * @param max the greatest, at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         */
        public Builder sections(int min, int max) {
            range("sections", min, max, 0);
            minSections = min;
            maxSections = max;
            return this;
        }

        /**
         * Sets how many activities a section has. With an exact {@link #activities(int) total}, only {@code max}
         * counts: it bounds the size of a section.
         *
         * @param min the least, 0 or more
         * @param max the greatest, at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         */
        public Builder activitiesPerSection(int min, int max) {
            range("activitiesPerSection", min, max, 0);
            minActivities = min;
            maxActivities = max;
            return this;
        }

        /**
         * Sets how many executors an activity has; a valid activity has at least one.
         *
         * @param min the least, 1 or more
         * @param max the greatest, at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or {@code min} is less than 1
         */
        public Builder executorsPerActivity(int min, int max) {
            range("executorsPerActivity", min, max, 1);
            minExecutors = min;
            maxExecutors = max;
            return this;
        }

        /**
         * Sets how many expected results an activity has; a valid activity has at least one.
         *
         * @param min the least, 1 or more
         * @param max the greatest, at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or {@code min} is less than 1
         */
        public Builder resultsPerActivity(int min, int max) {
            range("resultsPerActivity", min, max, 1);
            minResults = min;
            maxResults = max;
            return this;
        }

        /**
         * Sets the exact number of activities of every roadmap, spread evenly over the sections; sections are added
         * beyond {@link #sections(int, int)} when the greatest section size would otherwise be exceeded.
         *
         * @param count the number of activities, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Builder activities(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("activities must be 0 or more, got " + count);
            }
            activities = count;
            return this;
        }

        /**
         * Sets how often a free-text field (a title, a result's words, a note) is given characters that stress
         * writers: quotes, colons, {@code #}, a leading {@code -}, emoji, very long words, look-alikes of other
         * scalars. The words of the seed documents keep their «», "№", dashes and line breaks whatever this is.
         *
         * @param rate the probability per field, 0 (never) to 1 (always); 0.03 by default
         * @return this builder
         * @throws IllegalArgumentException if {@code rate} is not within 0 to 1
         */
        public Builder stressText(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("stressText is a probability from 0 to 1, got " + rate);
            }
            stress = rate;
            return this;
        }

        /**
         * Returns the generator.
         *
         * @return the generator
         */
        public RoadmapGenerator build() {
            return new RoadmapGenerator(new Settings(
                    minSections,
                    maxSections,
                    minActivities,
                    maxActivities,
                    minExecutors,
                    maxExecutors,
                    minResults,
                    maxResults,
                    activities,
                    stress));
        }

        private static void range(String what, int min, int max, int least) {
            if (min < least || max < min) {
                throw new IllegalArgumentException(
                        what + " needs " + least + " <= min <= max, got min=" + min + ", max=" + max);
            }
        }
    }
}
