package io.github.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's reports on the five real roadmaps and the monitoring example, against golden files reviewed by
 * reading the documents. A golden file starts with comment lines ({@code #}) saying what each finding is in the
 * document; the rest is the report as text. A mismatch fails and prints the command that accepts the new report
 * (comments are kept); a missing golden file fails; nothing is recorded unless asked for with
 * {@code -Dgolden.accept=true}.
 */
class GoldenReportsTests {

    /** The day the golden reports are made as of: after every period, so overdue and missing things show. */
    static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

    /**
     * A golden report.
     *
     * @param roadmap the example roadmap
     * @param monitoring its monitoring document, if any
     * @param language ru or en
     * @param golden the golden file
     * @param asOf the day of the check
     */
    record Case(String roadmap, Optional<String> monitoring, String language, String golden, LocalDate asOf) {
        @Override
        public String toString() {
            return golden;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String name : List.of(
                "primorsky-krai-2022-weakly-involved-schools",
                "mikhailovsky-district-2022",
                "primorsky-krai-2021-low-results",
                "ulchsky-district-2022",
                "primorsky-krai-2022-2023-education-quality")) {
            cases.add(new Case(
                    "roadmaps/" + name + ".yaml", Optional.empty(), "ru", "roadmaps/" + name + ".report.txt", AS_OF));
        }
        String monitoring = "monitoring/primorsky-krai-2021-low-results-monitoring.yaml";
        for (String language : List.of("ru", "en")) {
            cases.add(new Case(
                    "roadmaps/primorsky-krai-2021-low-results.yaml",
                    Optional.of(monitoring),
                    language,
                    "monitoring/primorsky-krai-2021-low-results-monitoring.report." + language + ".txt",
                    LocalDate.of(2022, 1, 14)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReportIsTheReviewedGoldenReport(Case c) throws IOException {
        Roadmap roadmap = RoadmapMapper.yaml().read(Path.of(c.roadmap()));
        RoadmapValidator validator = RoadmapValidator.builder()
                .asOf(c.asOf())
                .locale(Locale.forLanguageTag(c.language()))
                .build();
        ValidationReport report = c.monitoring().isPresent()
                ? validator.validate(
                        roadmap,
                        RoadmapMapper.yaml()
                                .readMonitoring(Path.of(c.monitoring().get())))
                : validator.validate(roadmap);
        String actual = report.toText();

        Path golden = Path.of(c.golden());
        String accept = "./mvnw -q -pl examples -am test -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest=GoldenReportsTests -Dgolden.accept=true";
        List<String> comments = Files.isRegularFile(golden) ? comments(golden) : List.of();
        if (Boolean.getBoolean("golden.accept")) {
            List<String> lines = new ArrayList<>(comments);
            lines.add(actual);
            Files.writeString(golden, String.join("\n", lines).replaceAll("\n+$", "\n"), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(golden)) {
            fail(
                    "no golden report %s; review the report below against the document and accept it with%n  %s%n%n%s",
                    golden, accept, actual);
        }
        assertThat(comments)
                .as("%s starts with comments saying what each finding is", golden)
                .isNotEmpty();
        String expected = Files.readAllLines(golden, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        if (!expected.equals(actual)) {
            System.err.println(
                    "golden report " + golden + " differs; if the new report is right, accept it with\n  " + accept);
        }
        assertThat(actual)
                .as("report against %s (accept with: %s)", golden, accept)
                .isEqualTo(expected);
    }

    private static List<String> comments(Path golden) throws IOException {
        return Files.readAllLines(golden, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("#"))
                .collect(Collectors.toList());
    }
}
