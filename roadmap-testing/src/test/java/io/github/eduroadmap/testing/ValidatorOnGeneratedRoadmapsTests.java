package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Rule;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The validator over generated roadmaps and their monitoring documents: it never throws nor fails inside, finds no
 * structural defect in a roadmap the generator promises is valid, and gives one validator's reports alike from one
 * thread and from eight at once.
 *
 * <p>These tests live here, beside the generators, because the validator must not depend on this module: this
 * module depends on the validator for its report assertions and planted defects.
 */
class ValidatorOnGeneratedRoadmapsTests {

    static final long SEED = 20_220_420L;
    static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    /** The codes of Bean Validation, which a valid generated roadmap must not have. */
    static boolean structural(Violation v) {
        return v.code().startsWith("structure.") || v.code().equals("percent.out-of-range");
    }

    record Pair(Roadmap roadmap, Monitoring monitoring) {}

    /** A user's rule with arguments of several kinds: activities whose titles are long. */
    static final class LongTitles implements Rule {
        @Override
        public String code() {
            return "acme.long-title";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public String messageBundle() {
            return "io.github.eduroadmap.testing.LongTitles";
        }

        @Override
        public void check(RuleContext context) {
            List<Section> sections = context.roadmap().sections();
            for (int s = 0; s < sections.size(); s++) {
                List<Activity> activities = sections.get(s).activities();
                for (int a = 0; a < activities.size(); a++) {
                    int length = activities.get(a).title().length();
                    if (length > 80) {
                        Map<String, Object> args = new LinkedHashMap<>();
                        args.put("length", length);
                        args.put("limit", 80);
                        args.put("asOf", context.asOf());
                        context.report(Pointer.activity(s, a).add("title"), args);
                    }
                }
            }
        }
    }

    /**
     * Returns generated roadmaps and their monitoring, three in four with a structural defect planted: a blank title,
     * an objective given twice, a programme on two lines.
     */
    static List<Pair> pairs(long seed, int count) {
        List<Pair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Roadmap r = RoadmapGenerator.defaults().generate(RoadmapGenerator.caseSeed(seed, i));
            Monitoring m = MonitoringGenerator.defaults().generate(r, RoadmapGenerator.caseSeed(seed, i));
            if (i % 4 == 0) {
                r = r.withTitle(" ");
            } else if (i % 4 == 1 && !r.objectives().isEmpty()) {
                List<Objective> twice = new ArrayList<>(r.objectives());
                twice.add(r.objectives().get(0));
                r = r.withObjectives(twice);
            } else if (i % 4 == 2) {
                r = r.withProgramme("500+\nЭффективная школа");
            }
            pairs.add(new Pair(r, m));
        }
        return pairs;
    }

    /** Validates case {@code i}: the even ones with their monitoring document, the odd ones alone. */
    static ValidationReport validate(RoadmapValidator validator, List<Pair> pairs, int i) {
        Pair p = pairs.get(i);
        return i % 2 == 0 ? validator.validate(p.roadmap(), p.monitoring()) : validator.validate(p.roadmap());
    }

    @Nested
    class OverAThousandRoadmaps {

        @Test
        void neverThrowsNorFailsInsideAndFindsNoStructuralDefect() {
            RoadmapValidator validator = RoadmapValidator.builder()
                    .asOf(AS_OF)
                    .locale(Locale.ENGLISH)
                    .build();
            for (int i = 0; i < 1000; i++) {
                long seed = RoadmapGenerator.caseSeed(SEED, i);
                Roadmap r = RoadmapGenerator.defaults().generate(seed);
                Monitoring m = MonitoringGenerator.defaults().generate(r, seed);
                for (ValidationReport report : List.of(validator.validate(r), validator.validate(r, m))) {
                    assertThat(report.violations())
                            .as("case %d (seed %d)", i, seed)
                            .noneMatch(v -> v.code().equals("validator.rule-failed"))
                            .noneMatch(ValidatorOnGeneratedRoadmapsTests::structural);
                }
            }
            assertThat(validator.rules()).containsKeys("structure.blank", "structure.duplicate-id");
        }
    }

    @Nested
    class FromEightThreads {

        @Test
        void oneValidatorGivesTheSameReportsAsFromOneThread() throws Exception {
            RoadmapValidator validator = RoadmapValidator.builder()
                    .asOf(AS_OF)
                    .severity("structure.blank", Severity.WARNING)
                    .addRule(new LongTitles())
                    .build();
            List<Pair> pairs = pairs(SEED + 1, 120);
            List<ValidationReport> sequential = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                sequential.add(validate(validator, pairs, i));
            }
            assertThat(sequential.stream().flatMap(r -> r.violations().stream()).map(Violation::code))
                    .contains("structure.blank", "structure.duplicate-id", "structure.not-one-line", "acme.long-title");
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<ValidationReport>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < pairs.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(t));
                    futures.add(pool.submit(() -> {
                        start.await();
                        ValidationReport[] reports = new ValidationReport[pairs.size()];
                        for (int i : order) {
                            reports[i] = validate(validator, pairs, i);
                        }
                        return List.of(reports);
                    }));
                }
                start.countDown();
                for (Future<List<ValidationReport>> f : futures) {
                    List<ValidationReport> concurrent = f.get(5, TimeUnit.MINUTES);
                    for (int i = 0; i < pairs.size(); i++) {
                        assertThat(concurrent.get(i)).as("case %d", i).isEqualTo(sequential.get(i));
                        assertThat(concurrent.get(i).toJson())
                                .isEqualTo(sequential.get(i).toJson());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
