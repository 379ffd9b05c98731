package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MonitoringGeneratorTests {

    private static final RoadmapGenerator ROADMAPS = RoadmapGenerator.defaults();
    private static final MonitoringGenerator MONITORING = MonitoringGenerator.defaults();

    /** Finds the result a measurement refers to: by pointer or by activity id. */
    static Optional<ExpectedResult> result(Roadmap roadmap, String reference) {
        int at = reference.lastIndexOf("/results/");
        if (at < 0) {
            return Optional.empty();
        }
        int k = Integer.parseInt(reference.substring(at + "/results/".length()));
        Optional<Activity> activity = roadmap.activity(reference.substring(0, at));
        return activity.filter(a -> k < a.results().size()).map(a -> a.results().get(k));
    }

    @Nested
    class Reproducibility {

        @Test
        void givesEqualDocumentsForTheSameRoadmapAndSeed() {
            for (int i = 0; i < 100; i++) {
                Roadmap r = ROADMAPS.generate(RoadmapGenerator.caseSeed(3L, i));
                assertThat(MONITORING.generate(r, i)).isEqualTo(MONITORING.generate(r, i));
            }
        }

        @Test
        void givesDifferentDocumentsForDifferentSeeds() {
            Roadmap r = ROADMAPS.generate(12L, 60);
            Set<Monitoring> distinct = new HashSet<>();
            for (long seed = 0; seed < 100; seed++) {
                distinct.add(MONITORING.generate(r, seed));
            }
            assertThat(distinct).hasSize(100);
        }
    }

    @Nested
    class References {

        @Test
        void pointToActivitiesAndResultsThatExist() {
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long seed = RoadmapGenerator.caseSeed(5L, i);
                Roadmap r = ROADMAPS.generate(seed);
                Monitoring m = MONITORING.generate(r, seed);
                if (!m.roadmap().equals(r.id())) {
                    failures.add("seed " + seed + "L: names roadmap " + m.roadmap());
                }
                for (ActivityProgress p : m.progress()) {
                    if (r.activity(p.activity()).isEmpty()) {
                        failures.add("seed " + seed + "L: no activity " + p.activity());
                    }
                }
                for (IndicatorMeasurement x : m.measurements()) {
                    Optional<ExpectedResult> result = result(r, x.result());
                    if (result.isEmpty()) {
                        failures.add("seed " + seed + "L: no result " + x.result());
                    } else if (result.get().target().isPresent()
                            && result.get().target().get().unit() != x.unit()) {
                        failures.add("seed " + seed + "L: " + x.result() + " measured in another unit");
                    }
                    if (x.unit() == Unit.PERCENT
                            && (x.value().signum() < 0 || x.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
                        failures.add("seed " + seed + "L: percentage " + x.value());
                    }
                    if (!r.period().get().contains(x.date())) {
                        failures.add("seed " + seed + "L: measured outside the period on " + x.date());
                    }
                }
            }
            assertThat(failures).isEmpty();
        }

        @Test
        void useBothPointersAndIds() {
            Set<Boolean> byPointer = new HashSet<>();
            ROADMAPS.stream(6L, 40)
                    .forEach(x -> MONITORING
                            .generate(x, 1L)
                            .progress()
                            .forEach(p -> byPointer.add(p.activity().startsWith("/"))));
            assertThat(byPointer).containsExactlyInAnyOrder(true, false);
        }
    }

    @Nested
    class Reports {

        @Test
        void coverPeriodsOfTheReportingRequirementsOnTimeOrLate() {
            int onTime = 0;
            int late = 0;
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long seed = RoadmapGenerator.caseSeed(8L, i);
                Roadmap r = ROADMAPS.generate(seed);
                Monitoring m = MONITORING.generate(r, seed);
                DateRange period = r.period().get();
                for (ReportSubmission report : m.reports()) {
                    Optional<Occurrence> occurrence = r.reporting().stream()
                            .filter(req -> req.reporter()
                                    .map(report.reporter()::equals)
                                    .orElse(true))
                            .flatMap(req -> req.deadline().occurrences(period).stream())
                            .filter(o -> o.window().equals(report.period()))
                            .findFirst();
                    if (occurrence.isEmpty()) {
                        failures.add("seed " + seed + "L: no reporting period " + report.period());
                        continue;
                    }
                    long days = ChronoUnit.DAYS.between(occurrence.get().due(), report.submitted());
                    if (days <= 0) {
                        onTime++;
                    } else if (days >= MonitoringGenerator.LATE_BY_AT_LEAST_DAYS) {
                        late++;
                    } else {
                        failures.add("seed " + seed + "L: " + days + " days late, too few to be sure");
                    }
                    m.asOf().ifPresent(asOf -> {
                        if (report.submitted().isAfter(asOf)) {
                            failures.add("seed " + seed + "L: submitted after the document's date");
                        }
                    });
                }
            }
            assertThat(failures).isEmpty();
            assertThat(onTime).isGreaterThan(50);
            assertThat(late).isGreaterThan(50);
        }

        @Test
        void areAllOnTimeOrAllLateWhenConfiguredSo() {
            MonitoringGenerator punctual = MonitoringGenerator.builder()
                    .lateReports(0)
                    .missingReports(0)
                    .build();
            MonitoringGenerator tardy =
                    MonitoringGenerator.builder().lateReports(1).build();
            for (int i = 0; i < 50; i++) {
                Roadmap r = ROADMAPS.generate(i);
                DateRange period = r.period().get();
                for (ReportSubmission report : punctual.generate(r, i).reports()) {
                    assertThat(dueDates(r, report, period))
                            .anyMatch(due -> !report.submitted().isAfter(due));
                }
                for (ReportSubmission report : tardy.generate(r, i).reports()) {
                    assertThat(dueDates(r, report, period))
                            .anyMatch(due -> !report.submitted()
                                    .isBefore(due.plusDays(MonitoringGenerator.LATE_BY_AT_LEAST_DAYS)));
                }
            }
        }

        private List<java.time.LocalDate> dueDates(Roadmap r, ReportSubmission report, DateRange period) {
            List<java.time.LocalDate> due = new ArrayList<>();
            for (ReportingRequirement req : r.reporting()) {
                for (Occurrence o : req.deadline().occurrences(period)) {
                    if (o.window().equals(report.period())) {
                        due.add(o.due());
                    }
                }
            }
            return due;
        }
    }

    @Nested
    class Progress {

        @Test
        void showsEveryStatusOnceThereAreFourActivities() {
            for (int i = 0; i < 100; i++) {
                Roadmap r = ROADMAPS.generate(i, 4 + i);
                Set<ActivityStatus> statuses = EnumSet.noneOf(ActivityStatus.class);
                MONITORING.generate(r, i).progress().forEach(p -> statuses.add(p.status()));
                assertThat(statuses).as("seed %dL", i).containsExactlyInAnyOrder(ActivityStatus.values());
            }
        }

        @Test
        void scalesToAHundredThousandActivities() {
            Roadmap r = ROADMAPS.generate(1L, 100_000);
            Monitoring m = MONITORING.generate(r, 1L);
            assertThat(m.progress()).hasSizeGreaterThan(50_000);
            assertThat(r.activity(m.progress().get(m.progress().size() - 1).activity()))
                    .isPresent();
        }
    }

    @Nested
    class Configuration {

        @Test
        void refusesSharesOutsideZeroToOne() {
            assertThatThrownBy(() -> MonitoringGenerator.builder().lateReports(-0.1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lateReports is a share from 0 to 1, got -0.1");
            assertThatThrownBy(() -> MonitoringGenerator.builder().progress(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rebuildsItsConfiguration() {
            MonitoringGenerator g =
                    MonitoringGenerator.builder().measurements(0.9).build();
            assertThat(g.toBuilder().build()).isEqualTo(g).hasSameHashCodeAs(g);
            assertThat(g).isNotEqualTo(MonitoringGenerator.defaults());
        }
    }
}
