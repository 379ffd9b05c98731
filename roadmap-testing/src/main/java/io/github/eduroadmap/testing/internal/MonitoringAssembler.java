package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a monitoring document together for a roadmap: reports for the periods of its reporting requirements, some on
 * time and some late, measurements of results that exist, and progress of activities that exist, in every status.
 */
public final class MonitoringAssembler {

    /** A late report comes at least this many days after its nominal due date, beyond any move to a working day. */
    public static final int LATE_BY_AT_LEAST = 12;

    /** The period assumed for a roadmap that states none. */
    public static final DateRange FALLBACK_PERIOD = DateRange.ofYear(2022);

    private static final long REPORTS = 1;
    private static final long MEASUREMENTS = 2;
    private static final long PROGRESS = 3;
    private static final long FRONT = 4;

    private final double late;
    private final double missing;
    private final double progress;
    private final double measurements;

    /**
     * Creates an assembler.
     *
     * @param late the share of reports that come late
     * @param missing the share of reporting periods without a report
     * @param progress the share of activities with a progress record
     * @param measurements the share of results with a measurement
     */
    public MonitoringAssembler(double late, double missing, double progress, double measurements) {
        this.late = late;
        this.missing = missing;
        this.progress = progress;
        this.measurements = measurements;
    }

    /**
     * Returns the monitoring document of a roadmap for a seed.
     *
     * @param roadmap the roadmap monitored
     * @param seed the seed
     * @return the monitoring document
     */
    public Monitoring monitoring(Roadmap roadmap, long seed) {
        Rng front = Rng.derive(seed, FRONT, 0, 0);
        DateRange period = roadmap.period().orElse(FALLBACK_PERIOD);
        LocalDate asOf = asOf(period, front);
        Monitoring.Builder b = Monitoring.builder().roadmap(roadmap.id());
        if (front.chance(0.7)) {
            b.title("Мониторинг исполнения «дорожной карты», " + period.start().getYear());
        }
        if (front.chance(0.8)) {
            b.asOf(asOf);
        }
        b.reports(reports(roadmap, period, asOf, Rng.derive(seed, REPORTS, 0, 0)));
        b.measurements(measurements(roadmap, period, asOf, Rng.derive(seed, MEASUREMENTS, 0, 0)));
        b.progress(progress(roadmap, period, asOf, Rng.derive(seed, PROGRESS, 0, 0)));
        if (front.chance(0.1)) {
            b.extensions(ExtensionGen.extensions(front));
        }
        return b.build();
    }

    /**
     * Returns the date of the monitoring document of a roadmap for a seed, stated in the document or not: no report
     * is submitted, no value measured and no progress recorded after it.
     *
     * @param roadmap the roadmap monitored
     * @param seed the seed
     * @return the date
     */
    public static LocalDate asOf(Roadmap roadmap, long seed) {
        return asOf(roadmap.period().orElse(FALLBACK_PERIOD), Rng.derive(seed, FRONT, 0, 0));
    }

    /** Draws the document's date: the first draw of the document's front stream. */
    private static LocalDate asOf(DateRange period, Rng front) {
        return period.end().plusDays(front.between(-60, 75));
    }

    private List<ReportSubmission> reports(Roadmap roadmap, DateRange period, LocalDate asOf, Rng rng) {
        List<ReportSubmission> reports = new ArrayList<>();
        boolean anyLate = false;
        boolean anyOnTime = false;
        Set<String> seen = new HashSet<>(); // one report per reporter and period, even where requirements overlap
        for (ReportingRequirement requirement : roadmap.reporting()) {
            String reporter = requirement.reporter().orElseGet(() -> defaultReporter(roadmap));
            for (Occurrence o : requirement.deadline().occurrences(period)) {
                if (!seen.add(reporter + "|" + o.window()) || !o.window().end().isBefore(asOf) || rng.chance(missing)) {
                    continue;
                }
                boolean isLate;
                if (late <= 0 || late >= 1) {
                    isLate = late >= 1;
                } else if (!anyOnTime || !anyLate) {
                    isLate = anyOnTime; // the first report submitted comes on time, the next one late
                } else {
                    isLate = rng.chance(late);
                }
                LocalDate submitted;
                if (isLate) {
                    submitted = o.due().plusDays(rng.between(LATE_BY_AT_LEAST, LATE_BY_AT_LEAST + 30));
                } else {
                    long slack = Math.max(0, ChronoUnit.DAYS.between(o.window().end(), o.due()));
                    submitted = o.due().minusDays(rng.nextInt((int) Math.min(slack, 12) + 1));
                }
                if (submitted.isAfter(asOf)) {
                    continue; // not yet submitted as of the document's date: missing
                }
                anyLate |= isLate;
                anyOnTime |= !isLate;
                ReportSubmission.Builder r = ReportSubmission.builder()
                        .period(o.window())
                        .reporter(reporter)
                        .submitted(submitted);
                requirement.recipient().ifPresent(x -> {
                    if (rng.chance(0.7)) {
                        r.recipient(x);
                    }
                });
                if (rng.chance(0.6)) {
                    r.document("исх. № " + rng.between(1, 999) + " от " + Words.date(submitted));
                }
                if (rng.chance(0.15)) {
                    r.note(TextGen.maybeStress(rng, rng.pick("отчет направлен повторно", "без приложений"), 0.3));
                }
                if (rng.chance(0.02)) {
                    r.extensions(ExtensionGen.extensions(rng));
                }
                reports.add(r.build());
            }
        }
        return reports;
    }

    /**
     * Returns who reports when a requirement does not say: a municipal authority of the glossary, or "МОУО".
     *
     * @param roadmap the roadmap
     * @return the reporter of its requirements that name none
     */
    public static String defaultReporter(Roadmap roadmap) {
        for (Organisation o : roadmap.organisations()) {
            if (o.kind() == OrganisationKind.MUNICIPAL_AUTHORITY || o.kind() == OrganisationKind.LOCAL_GOVERNMENT) {
                return o.key();
            }
        }
        return "МОУО";
    }

    private List<IndicatorMeasurement> measurements(Roadmap roadmap, DateRange period, LocalDate asOf, Rng rng) {
        List<IndicatorMeasurement> result = new ArrayList<>();
        LocalDate last = asOf.isBefore(period.end()) ? asOf : period.end();
        if (last.isBefore(period.start())) {
            return result;
        }
        long days = ChronoUnit.DAYS.between(period.start(), last);
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                List<ExpectedResult> results = activity.results();
                for (int k = 0; k < results.size(); k++) {
                    Optional<Target> target = results.get(k).target();
                    if (!rng.chance(target.isPresent() ? Math.min(1, measurements * 2) : measurements / 2)) {
                        continue;
                    }
                    String ref = activity.id().isPresent() && rng.chance(0.5)
                            ? activity.id().get() + "/results/" + k
                            : "/sections/" + s + "/activities/" + a + "/results/" + k;
                    Unit unit = target.map(Target::unit).orElseGet(() -> rng.pick(Unit.values()));
                    IndicatorMeasurement.Builder m = IndicatorMeasurement.builder()
                            .result(ref)
                            .unit(unit)
                            .value(value(rng, unit, target))
                            .date(period.start().plusDays(rng.nextInt((int) days + 1)));
                    if (rng.chance(0.4)) {
                        m.scope(rng.pick(Vocabulary.MUNICIPALITIES));
                    }
                    if (rng.chance(0.5)) {
                        m.source(rng.pick(Vocabulary.SOURCES));
                    }
                    result.add(m.build());
                }
            }
        }
        return result;
    }

    private static BigDecimal value(Rng rng, Unit unit, Optional<Target> target) {
        if (unit == Unit.PERCENT) {
            if (rng.chance(0.3)) {
                return BigDecimal.valueOf(rng.between(0, 1000)).divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY);
            }
            return BigDecimal.valueOf(rng.between(0, 100));
        }
        long around = target.map(t -> t.value().longValue()).orElse(20L);
        return BigDecimal.valueOf(Math.max(0, around + rng.between((int) -Math.min(around, 10), 10)));
    }

    private List<ActivityProgress> progress(Roadmap roadmap, DateRange period, LocalDate asOf, Rng rng) {
        List<ActivityProgress> result = new ArrayList<>();
        List<ActivityStatus> statuses =
                OrganisationGen.sample(rng, List.of(ActivityStatus.values()), ActivityStatus.values().length);
        LocalDate last = asOf.isBefore(period.end()) ? asOf : period.end();
        long days = Math.max(0, ChronoUnit.DAYS.between(period.start(), last));
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                boolean mustCover = result.size() < statuses.size();
                if (!mustCover && !rng.chance(progress)) {
                    continue;
                }
                Activity activity = activities.get(a);
                ActivityStatus status = mustCover ? statuses.get(result.size()) : rng.pick(statuses);
                String ref = activity.id().isPresent() && rng.chance(0.6)
                        ? activity.id().get()
                        : "/sections/" + s + "/activities/" + a;
                ActivityProgress.Builder p =
                        ActivityProgress.builder().activity(ref).status(status);
                if (rng.chance(0.7)) {
                    p.asOf(period.start().plusDays(rng.nextInt((int) days + 1)));
                }
                if (status == ActivityStatus.DONE || rng.chance(0.2)) {
                    p.evidence(OrganisationGen.sample(rng, Vocabulary.EVIDENCE, rng.between(0, 3)));
                }
                if (rng.chance(0.2)) {
                    p.note(TextGen.maybeStress(
                            rng,
                            rng.pick(
                                    "перенесено на следующий квартал",
                                    "выполнено частично:\nне все школы представили отчеты",
                                    "отменено приказом № 12"),
                            0.3));
                }
                if (rng.chance(0.02)) {
                    p.extensions(ExtensionGen.extensions(rng));
                }
                result.add(p.build());
            }
        }
        return result;
    }
}
