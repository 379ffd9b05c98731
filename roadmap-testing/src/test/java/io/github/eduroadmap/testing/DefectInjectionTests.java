package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties of issue 3's "Tests that must exist" over generated roadmaps with injected defects: for every defect,
 * planted with many seeds, the validator never throws nor fails inside, reports the planted code at the planted
 * pointer (for every code it knows), reports nothing new but the defect and its documented side effects, and every
 * pointer it reports resolves in the document as written by {@link RoadmapMapper#json()}.
 *
 * <p>The suite is complete when every code of the tables of {@code docs/validation.md} has a planting and every code
 * the validator knows is planted; a code the validator does not know yet is skipped by the first property and
 * named in {@link Census#skipped}.
 */
class DefectInjectionTests {

    static final long SEED = 20_230_301L;

    /** Plantings of each defect: 37 defects, so over 1,000 plantings and twice as many validations. */
    static final int PER_DEFECT = 30;

    /** Codes of the documented tables that no defect can be planted for, with the reason. */
    static final Map<String, String> UNPLANTABLE =
            Map.of("structure.invalid", "a constraint without a code of its own; none exists, so none can fail");

    /**
     * Failures known to come from outside this module, by defect and kind, with the reason: each must still occur
     * (the test fails once it is fixed, so that it is taken off this list), and no other failure may.
     */
    static final Map<String, String> KNOWN_ISSUES = Map.of();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<LocalDate, RoadmapValidator> VALIDATORS = new HashMap<>();

    static synchronized RoadmapValidator validatorAsOf(LocalDate asOf) {
        return VALIDATORS.computeIfAbsent(
                asOf,
                d -> RoadmapValidator.builder().asOf(d).locale(Locale.ENGLISH).build());
    }

    /** What the run over every defect found, for its assertions and its failure message. */
    static final class Census {
        /** Failures by defect and kind, each with its examples. */
        final Map<String, List<String>> failures = new TreeMap<>();

        final Map<Defect, Integer> planted = new EnumMap<>(Defect.class);
        final Map<Defect, Integer> found = new EnumMap<>(Defect.class);
        final Set<String> skipped = new TreeSet<>();
        int validations;
        int pointers;

        void fail(Planted p, long seed, String kind, String what) {
            failures.computeIfAbsent(p.defect().name() + ": " + kind, k -> new ArrayList<>())
                    .add(p + ", Defects.plant(" + p.defect().name() + ", " + seed + "L): " + what);
        }

        /** Returns the failures but the known issues, kind by kind, with the first examples of each. */
        String summary() {
            StringBuilder s = new StringBuilder();
            failures.forEach((kind, examples) -> {
                if (KNOWN_ISSUES.containsKey(kind)) {
                    return;
                }
                s.append(kind).append(" (").append(examples.size()).append(" times), e.g.\n");
                examples.stream()
                        .limit(3)
                        .forEach(e -> s.append("    ").append(e).append('\n'));
            });
            return s.toString();
        }
    }

    static Census run(long seed, int perDefect) {
        Census census = new Census();
        for (Defect defect : Defect.values()) {
            for (int i = 0; i < perDefect; i++) {
                long s = RoadmapGenerator.caseSeed(seed, i);
                check(Defects.plant(defect, s), s, census);
            }
        }
        return census;
    }

    static void check(Planted p, long seed, Census census) {
        census.planted.merge(p.defect(), 1, Integer::sum);
        RoadmapValidator validator = validatorAsOf(p.asOf());
        ValidationReport report;
        ValidationReport introduced;
        try {
            report = p.validate(validator);
            introduced = p.introduced(validator);
            census.validations += 2;
        } catch (RuntimeException e) {
            census.fail(p, seed, "the validator threw", e.toString());
            return;
        }
        for (Violation v : report.violations()) {
            if (v.code().equals("validator.rule-failed")) {
                census.fail(p, seed, "a rule failed", v.arguments().toString());
            }
        }
        boolean known = validator.rules().containsKey(p.code());
        if (known) {
            boolean found = report.violations().stream()
                    .anyMatch(v -> v.code().equals(p.code())
                            && v.document() == p.document()
                            && v.pointer().equals(p.pointer()));
            if (found) {
                census.found.merge(p.defect(), 1, Integer::sum);
            } else {
                census.fail(
                        p,
                        seed,
                        "not reported at its pointer",
                        "the report has " + report.withCodes(Set.of(p.code())).violations());
            }
            for (Violation v : introduced.violations()) {
                if (!p.expectedCodes().contains(v.code())) {
                    census.fail(p, seed, "an unrelated violation " + v.code(), v.toString());
                }
            }
        } else {
            census.skipped.add(p.code());
        }
        Map<Document, JsonNode> documents = new LinkedHashMap<>();
        documents.put(Document.ROADMAP, JSON.readTree(RoadmapMapper.json().writeToString(p.roadmap())));
        p.monitoring()
                .ifPresent(m -> documents.put(
                        Document.MONITORING, JSON.readTree(RoadmapMapper.json().writeToString(m))));
        if (!resolves(documents.get(p.document()), p.pointer())) {
            census.fail(p, seed, "the planted pointer does not resolve", "in the " + p.document() + " document");
        }
        for (Violation v : report.violations()) {
            census.pointers++;
            JsonNode document = documents.get(v.document());
            if (document == null || !resolves(document, v.pointer())) {
                census.fail(p, seed, "a pointer of " + v.code() + " does not resolve", v.document() + " " + v);
            }
        }
    }

    static boolean resolves(JsonNode document, Pointer pointer) {
        return !document.at(pointer.toString()).isMissingNode();
    }

    @Nested
    class OverEveryDefectWithManySeeds {

        @Test
        void theValidatorFindsEachAtItsPointerCausesNothingUnrelatedAndEveryPointerResolves() {
            Census census = run(SEED, PER_DEFECT);

            assertThat(census.summary()).as("failures by defect and kind").isEmpty();
            assertThat(census.failures.keySet())
                    .as("known issues that no longer occur: take them off KNOWN_ISSUES")
                    .containsAll(KNOWN_ISSUES.keySet());
            assertThat(census.validations).isGreaterThanOrEqualTo(2_000);
            assertThat(census.planted)
                    .hasSize(Defect.values().length)
                    .allSatisfy((d, n) -> assertThat(n).isEqualTo(PER_DEFECT));
            for (Defect d : Defect.values()) {
                if (!census.skipped.contains(d.code())) {
                    assertThat(census.found.get(d)).as("%s found", d).isEqualTo(PER_DEFECT);
                }
            }
        }
    }

    /**
     * Plantings the rules get wrong today, found by planting with more seeds than the property above uses. Each test
     * checks that the rule still gets them wrong, so that it fails once the rule is fixed: then delete the test, and
     * the property covers the case.
     */
    @Nested
    class TwoRequirementsOfOneReporter {

        /**
         * Regression: reporting.late and reporting.missing ({@code ReportingPlan}) once gave a report to the first
         * requirement that named its reporter, even when its period was exactly a period of another requirement of
         * the same reporter: monthly reports were crammed into a half-year's periods (false duplicates, false missing
         * months, late reports not reported). A report now goes to the requirement whose period it is.
         */
        @ParameterizedTest
        @CsvSource({
            "REPORTING_LATE, 4858657790420402514", // half-yearly and monthly, both by one authority
            "REPORTING_LATE, -3235198232475106544", // quarterly and by school quarters, both by ОМСУ
            "REPORTING_LATE, 3723223812651289879", // yearly and monthly, both by Комитет
            "REPORTING_MISSING, -1266222517805202410" // by school quarters (no reporter) and half-yearly by МОУО
        })
        void eachReportGoesToTheRequirementWhosePeriodItIs(Defect defect, long seed) {
            Planted planted = Defects.plant(defect, seed);
            assertThat(planted.roadmap().reporting()).hasSize(2);

            ValidationReport report = planted.validate(validatorAsOf(planted.asOf()));

            assertThat(report.violations())
                    .as("%s", planted)
                    .anyMatch(v -> v.code().equals(planted.code())
                            && v.document() == planted.document()
                            && v.pointer().equals(planted.pointer()))
                    .noneMatch(v -> v.code().equals("reporting.duplicate"));
        }
    }

    @Nested
    class Completeness {

        @Test
        void everyCodeOfTheDocumentedTablesHasAPlanting() throws IOException {
            Set<String> documented = documentedCodes();
            assertThat(documented).contains("numbering.gap", "reporting.late", "structure.blank");
            Set<String> unplanted = new TreeSet<>(documented);
            unplanted.removeAll(Defect.codes());
            unplanted.removeAll(UNPLANTABLE.keySet());
            assertThat(unplanted)
                    .as("codes of docs/validation.md without a planting")
                    .isEmpty();
        }

        @Test
        void everyCodeTheValidatorKnowsHasAPlanting() {
            Set<String> known =
                    new TreeSet<>(RoadmapValidator.builder().build().rules().keySet());
            known.removeAll(Defect.codes());
            known.removeAll(UNPLANTABLE.keySet());
            assertThat(known).as("codes of the validator without a planting").isEmpty();
        }

        @Test
        void everyPlantingHasADocumentedCode() throws IOException {
            assertThat(documentedCodes()).containsAll(Defect.codes());
        }

        /**
         * Returns the codes of the tables under "## Codes" of docs/validation.md: in each row, the first cell that
         * starts with a code, in backticks or not, maybe followed by its variants ("`reporting.late` (`moved`)").
         */
        private Set<String> documentedCodes() throws IOException {
            String doc = Files.readString(Path.of("..", "docs", "validation.md"), StandardCharsets.UTF_8);
            int from = doc.indexOf("\n## Codes");
            int to = doc.indexOf("\n## ", from + 1);
            Pattern code = Pattern.compile("`?([a-z]+(?:\\.[a-z]+(?:-[a-z]+)*)+)`?(?:\\s.*)?");
            Set<String> codes = new TreeSet<>();
            for (String line : doc.substring(from, to).split("\n")) {
                if (!line.startsWith("|") || line.startsWith("|---")) {
                    continue;
                }
                for (String cell : line.split("\\|")) {
                    Matcher m = code.matcher(cell.strip());
                    if (m.matches()) {
                        codes.add(m.group(1));
                        break;
                    }
                }
            }
            return codes;
        }
    }

    @Nested
    class Planting {

        @ParameterizedTest
        @EnumSource(Defect.class)
        void isReproducibleAndChangesTheDocuments(Defect defect) {
            Planted one = Defects.plant(defect, 11L);
            Planted again = Defects.plant(defect, 11L);

            assertThat(again).isEqualTo(one);
            assertThat(one.code()).isEqualTo(defect.code());
            assertThat(one.document()).isEqualTo(defect.document());
            assertThat(one.monitoring().isPresent()).isEqualTo(defect.needsMonitoring());
            assertThat(one.roadmap().equals(one.originalRoadmap())
                            && one.monitoring().equals(one.originalMonitoring()))
                    .as("the documents changed")
                    .isFalse();
            if (defect.needsMonitoring()) {
                assertThat(one.monitoring().get().asOf()).contains(one.asOf());
            }
        }

        @Test
        void intoARoadmapOfYourOwnFailsWhereItHasNoPlace() {
            Roadmap roadmap = RoadmapGenerator.defaults().generate(3L);
            List<Section> unnumbered = new ArrayList<>();
            for (Section s : roadmap.sections()) {
                List<io.github.eduroadmap.model.Activity> activities = new ArrayList<>();
                s.activities().forEach(a -> activities.add(a.withNumber(java.util.Optional.empty())));
                unnumbered.add(s.withActivities(activities));
            }
            Roadmap plain = roadmap.withSections(unnumbered);

            assertThat(Defects.tryPlant(plain, Defect.NUMBERING_GAP, 1L)).isEmpty();
            assertThatThrownBy(() -> Defects.plant(plain, Defect.NUMBERING_GAP, 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no place for NUMBERING_GAP [numbering.gap]")
                    .hasMessageContaining("numbered");
            assertThat(Defects.plant(plain, Defect.ACTIVITY_NO_EXECUTOR, 1L).originalRoadmap())
                    .isEqualTo(plain);
        }

        @Test
        void intoARoadmapAndMonitoringOfYourOwnKeepsTheMonitoringOfARoadmapDefect() {
            Roadmap roadmap = RoadmapGenerator.defaults().generate(5L);
            Monitoring monitoring = MonitoringGenerator.defaults().generate(roadmap, 5L);

            Planted planted = Defects.plant(roadmap, monitoring, Defect.ACTIVITY_NO_RESULT, 2L);

            assertThat(planted.monitoring()).contains(monitoring);
            assertThat(planted.originalRoadmap()).isEqualTo(roadmap);
            assertThat(planted.asOf()).isEqualTo(monitoring.asOf().orElse(planted.asOf()));
        }

        @Test
        void everyDefectComesPerDefectTimesInOrder() {
            List<Planted> all = Defects.every(9L, 2).collect(java.util.stream.Collectors.toList());

            assertThat(all).hasSize(2 * Defect.values().length);
            assertThat(all.get(0).defect()).isEqualTo(Defect.values()[0]);
            assertThat(all.get(1)).isEqualTo(Defects.plant(Defect.values()[0], RoadmapGenerator.caseSeed(9L, 1)));
            assertThatThrownBy(() -> Defects.every(9L, -1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void withACodeFindsItsDefects() {
            assertThat(Defect.withCode("percent.out-of-range"))
                    .containsExactly(
                            Defect.PERCENT_OUT_OF_RANGE_TARGET,
                            Defect.PERCENT_OUT_OF_RANGE_SHARE,
                            Defect.PERCENT_OUT_OF_RANGE_MEASUREMENT);
            assertThatThrownBy(() -> Defect.withCode("numbering.gapp"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("numbering.gap");
        }
    }
}
