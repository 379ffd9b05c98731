package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.internal.MonitoringAssembler;
import io.github.eduroadmap.testing.internal.Planter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Plants {@linkplain Defect defects} into valid roadmaps and monitoring documents at known places, for tests of
 * anything that handles validation reports: a portal that shows them, a service that refuses a roadmap with errors,
 * a rule of your own.
 *
 * <pre>{@code
 * import static io.github.eduroadmap.testing.ReportAssertions.assertThat;
 *
 * @Test
 * void showsAGapInTheNumbering() {
 *     Planted planted = Defects.plant(Defect.NUMBERING_GAP, 42L);          // a generated roadmap with the defect
 *     RoadmapValidator validator = RoadmapValidator.builder().asOf(planted.asOf()).locale(Locale.ENGLISH).build();
 *     ValidationReport report = planted.validate(validator);
 *
 *     assertThat(report).hasViolation(planted).withSeverity(Severity.WARNING);
 *     assertThat(portal.render(report)).contains(planted.pointer().toString());
 * }
 *
 * @Test
 * void refusesEveryDefectOfTheMonitoringDocument() {
 *     Defects.every(7L, 3).filter(p -> p.defect().needsMonitoring()).forEach(planted -> ...);
 * }
 * }</pre>
 *
 * <p>A planted defect is exactly that defect: the validator reports its code at its pointer, and besides the
 * violations the original documents already had, at most the {@linkplain Defect#sideEffects() side effects} its
 * constant documents ({@link Planted#introduced(io.github.eduroadmap.validation.RoadmapValidator)} gives the new
 * violations). Generated roadmaps are valid as far as the model can tell, yet hold the kind of words real documents
 * hold: undefined abbreviations, unbalanced quotes, unparsed deadlines; a report of the original documents is
 * seldom empty.
 *
 * <p>Everything is reproducible: the same defect, seed and configuration plant the same defect at the same place.
 * With a generator, the roadmap of the seed is used when it has a place where the defect causes nothing else, and
 * otherwise the roadmap of the first derived seed ({@link RoadmapGenerator#caseSeed(long, int)}) that has one. Defects
 * of the monitoring document go into a monitoring document generated for the roadmap with every report on time and
 * none missing ({@link MonitoringGenerator} with {@code lateReports(0)} and {@code missingReports(0)}), dated.
 */
public final class Defects {

    /** How many roadmaps a generator is asked for, at most, to find an ideal place for a defect. */
    private static final int ATTEMPTS = 200;

    private static final MonitoringGenerator CLEAN_MONITORING =
            MonitoringGenerator.builder().lateReports(0).missingReports(0).build();

    private Defects() {}

    /**
     * Plants a defect into a roadmap of the default generator.
     *
     * @param defect the defect
     * @param seed the seed of the roadmap and of the place
     * @return what was planted where
     */
    public static Planted plant(Defect defect, long seed) {
        return plant(RoadmapGenerator.defaults(), defect, seed);
    }

    /**
     * Plants a defect into a roadmap of a generator.
     *
     * @param roadmaps the generator
     * @param defect the defect
     * @param seed the seed of the roadmap and of the place
     * @return what was planted where
     * @throws IllegalStateException if no roadmap of the generator has a place for the defect (a generator of
     *     roadmaps without activities has none for {@link Defect#NUMBERING_GAP})
     */
    public static Planted plant(RoadmapGenerator roadmaps, Defect defect, long seed) {
        Objects.requireNonNull(roadmaps, "roadmaps");
        Objects.requireNonNull(defect, "defect");
        Planted fallback = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long s = attempt == 0 ? seed : RoadmapGenerator.caseSeed(seed, attempt);
            Roadmap roadmap = roadmaps.generate(s);
            Optional<Monitoring> monitoring = Optional.empty();
            LocalDate asOf = Planter.periodOf(roadmap).end().plusDays(1);
            if (defect.needsMonitoring()) {
                asOf = MonitoringAssembler.asOf(roadmap, s);
                monitoring = Optional.of(CLEAN_MONITORING.generate(roadmap, s).withAsOf(asOf));
            }
            Optional<Planted> ideal = plant(roadmap, monitoring, asOf, defect, seed, true);
            if (ideal.isPresent()) {
                return ideal.get();
            }
            if (fallback == null) {
                fallback = plant(roadmap, monitoring, asOf, defect, seed, false).orElse(null);
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("none of " + ATTEMPTS + " roadmaps of " + roadmaps + " from seed " + seed
                    + " has a place for " + defect);
        }
        return fallback;
    }

    /**
     * Plants a defect into a roadmap of your own. A defect of the monitoring document goes into a monitoring
     * document generated for the roadmap from the seed, with every report on time.
     *
     * @param roadmap the roadmap, valid as far as you know
     * @param defect the defect
     * @param seed the seed of the place (and of the monitoring document)
     * @return what was planted where
     * @throws IllegalArgumentException if the roadmap has no place for the defect: no numbered activities for
     *     {@link Defect#NUMBERING_GAP}, no activity for {@link Defect#ACTIVITY_NO_EXECUTOR}
     */
    public static Planted plant(Roadmap roadmap, Defect defect, long seed) {
        return tryPlant(roadmap, defect, seed).orElseThrow(() -> noPlace(roadmap, defect));
    }

    /**
     * Plants a defect into a roadmap of your own checked with its monitoring document. A defect of the roadmap
     * leaves the monitoring document as it is; the roadmap is then to be validated with it.
     *
     * @param roadmap the roadmap
     * @param monitoring its monitoring document
     * @param defect the defect
     * @param seed the seed of the place
     * @return what was planted where; validate as of {@link Planted#asOf()}: the monitoring document's date, or the
     *     last date it records
     * @throws IllegalArgumentException if the documents have no place for the defect
     */
    public static Planted plant(Roadmap roadmap, Monitoring monitoring, Defect defect, long seed) {
        return tryPlant(roadmap, monitoring, defect, seed).orElseThrow(() -> noPlace(roadmap, defect));
    }

    /**
     * Plants a defect into a roadmap of your own, if it has a place for it.
     *
     * @param roadmap the roadmap
     * @param defect the defect
     * @param seed the seed of the place (and of the monitoring document)
     * @return what was planted where, or empty when the roadmap has no place for the defect
     */
    public static Optional<Planted> tryPlant(Roadmap roadmap, Defect defect, long seed) {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(defect, "defect");
        if (defect.needsMonitoring()) {
            LocalDate asOf = MonitoringAssembler.asOf(roadmap, seed);
            Monitoring monitoring = CLEAN_MONITORING.generate(roadmap, seed).withAsOf(asOf);
            return plant(roadmap, Optional.of(monitoring), asOf, defect, seed, false);
        }
        return plant(roadmap, Optional.empty(), Planter.periodOf(roadmap).end().plusDays(1), defect, seed, false);
    }

    /**
     * Plants a defect into a roadmap of your own checked with its monitoring document, if they have a place for it.
     *
     * @param roadmap the roadmap
     * @param monitoring its monitoring document
     * @param defect the defect
     * @param seed the seed of the place
     * @return what was planted where, or empty when the documents have no place for the defect
     */
    public static Optional<Planted> tryPlant(Roadmap roadmap, Monitoring monitoring, Defect defect, long seed) {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(defect, "defect");
        return plant(roadmap, Optional.of(monitoring), dateOf(roadmap, monitoring), defect, seed, false);
    }

    /**
     * Returns every defect planted {@code perDefect} times into roadmaps of the default generator: defect by defect
     * in declaration order, the {@code i}th time with the seed {@link RoadmapGenerator#caseSeed(long, int)
     * caseSeed(seed, i)}.
     *
     * @param seed the seed of the run
     * @param perDefect how many times each defect is planted
     * @return the planted defects, planted lazily
     * @throws IllegalArgumentException if {@code perDefect} is negative
     */
    public static Stream<Planted> every(long seed, int perDefect) {
        if (perDefect < 0) {
            throw new IllegalArgumentException("perDefect must be 0 or more, got " + perDefect);
        }
        return Arrays.stream(Defect.values())
                .flatMap(d ->
                        IntStream.range(0, perDefect).mapToObj(i -> plant(d, RoadmapGenerator.caseSeed(seed, i))));
    }

    private static Optional<Planted> plant(
            Roadmap roadmap,
            Optional<Monitoring> monitoring,
            LocalDate asOf,
            Defect defect,
            long seed,
            boolean idealOnly) {
        return new Planter(roadmap, monitoring, asOf)
                .plant(defect.name(), seed, idealOnly)
                .map(r -> new Planted(
                        defect, r.roadmap(), r.monitoring(), r.document(), r.pointer(), asOf, roadmap, monitoring));
    }

    /** Returns the date of a monitoring document: its own, or the last date it records, or the period's end. */
    private static LocalDate dateOf(Roadmap roadmap, Monitoring monitoring) {
        if (monitoring.asOf().isPresent()) {
            return monitoring.asOf().get();
        }
        LocalDate last = Planter.periodOf(roadmap).end();
        for (ReportSubmission r : monitoring.reports()) {
            last = r.submitted().isAfter(last) ? r.submitted() : last;
        }
        for (IndicatorMeasurement m : monitoring.measurements()) {
            last = m.date().isAfter(last) ? m.date() : last;
        }
        for (ActivityProgress p : monitoring.progress()) {
            if (p.asOf().isPresent() && p.asOf().get().isAfter(last)) {
                last = p.asOf().get();
            }
        }
        return last;
    }

    private static IllegalArgumentException noPlace(Roadmap roadmap, Defect defect) {
        return new IllegalArgumentException("the roadmap " + roadmap.id().value() + " has no place for " + defect + " ["
                + defect.code() + "]: " + need(defect));
    }

    /** Returns what a roadmap needs for a defect to be planted. */
    private static String need(Defect defect) {
        switch (defect) {
            case NUMBERING_GAP:
            case NUMBERING_DUPLICATE:
            case NUMBERING_MISSING:
            case NUMBERING_STYLE:
                return "it needs activities numbered 1, 2, 3 ... in a section";
            case OBJECTIVE_NO_ACTIVITY:
                return "it needs a section or activity that names its objective";
            case REPORTING_LATE:
            case REPORTING_MISSING:
            case REPORTING_DUPLICATE:
                return "it needs a report of a reporting requirement whose due date has passed";
            case ACTIVITY_OVERDUE:
            case COVERAGE_BELOW_TARGET:
                return "it needs an activity due before the as-of date";
            case DEADLINE_CHRONOLOGY:
                return "it needs a section of two activities or more";
            default:
                return "it needs an activity";
        }
    }
}
