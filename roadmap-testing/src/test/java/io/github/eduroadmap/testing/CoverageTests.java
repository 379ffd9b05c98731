package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExtensionValue;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Across 50 roadmaps of the default generator (and a monitoring document of each), every variant of every closed
 * family of the model appears, and every optional part is both present and absent. The families are found by
 * reflection, so a new variant fails here until the generator makes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageTests {

    private static final int ROADMAPS = 50;

    private final Census census = new Census();

    @BeforeAll
    void generate() {
        RoadmapGenerator.defaults().stream(42L, ROADMAPS).forEach(r -> {
            census.add(r);
            census.add(MonitoringGenerator.defaults().generate(r, r.hashCode()));
        });
    }

    @Nested
    class ClosedFamilies {

        @Test
        void includeEveryKindOfDeadline() {
            assertThat(census.deadlines).containsExactlyInAnyOrder(Deadline.class.getPermittedSubclasses());
        }

        @Test
        void includeEveryKindOfExecutor() {
            assertThat(census.executors).containsExactlyInAnyOrder(Executor.class.getPermittedSubclasses());
        }

        @Test
        void includeEveryKindOfExtensionValueAtTheTopAndNested() {
            assertThat(census.extensions).containsExactlyInAnyOrder(ExtensionValue.class.getPermittedSubclasses());
            assertThat(census.nestedExtensions)
                    .containsExactlyInAnyOrder(ExtensionValue.class.getPermittedSubclasses());
        }

        @ParameterizedTest
        @MethodSource("io.github.eduroadmap.testing.CoverageTests#families")
        void includeEveryConstantOf(Class<? extends Enum<?>> family) {
            assertThat(census.enums).containsAll(Arrays.asList(family.getEnumConstants()));
        }
    }

    static List<Class<? extends Enum<?>>> families() {
        return Census.FAMILIES;
    }

    @Nested
    class OptionalParts {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "roadmap with approval",
                    "roadmap without approval",
                    "roadmap with programme",
                    "roadmap without programme",
                    "roadmap with time zone",
                    "roadmap without time zone",
                    "roadmap with territory",
                    "roadmap without territory",
                    "no goals",
                    "some goals",
                    "no objectives",
                    "some objectives",
                    "no organisations",
                    "some organisations",
                    "no terms",
                    "some terms",
                    "no participants",
                    "some participants",
                    "no reporting",
                    "some reporting",
                    "no context",
                    "some context",
                    "no columns",
                    "some columns",
                    "no notes",
                    "some notes",
                    "approval with number",
                    "approval without number",
                    "approval with date",
                    "approval without date",
                    "approval with date text",
                    "approval without date text",
                    "approval with signatory",
                    "approval without signatory",
                    "organisation with abbreviation",
                    "organisation without abbreviation",
                    "participant with head",
                    "participant without head",
                    "requirement with reporter",
                    "requirement without reporter",
                    "partition fact",
                    "non-partition fact",
                    "section with activities",
                    "section without activities",
                    "section with number",
                    "section without number",
                    "section with objective",
                    "section without objective",
                    "activity with deadline",
                    "activity without deadline",
                    "activity with number",
                    "activity without number",
                    "activity with id",
                    "activity without id",
                    "activity with objective",
                    "activity without objective",
                    "activity with notes",
                    "activity without notes",
                    "recurring with due rule",
                    "recurring without due rule",
                    "arrangement with party",
                    "arrangement without party",
                    "month with year",
                    "month without year",
                    "throughout a year",
                    "throughout the period",
                    "target with population",
                    "target without population",
                    "target with per",
                    "target without per",
                    "progress by pointer",
                    "progress by id",
                    "measurement by pointer",
                    "measurement by activity id",
                    "some reports",
                    "some measurements",
                    "extensions on Roadmap",
                    "extensions on Section",
                    "extensions on Activity",
                    "extensions on Organisation",
                    "extensions on ApprovalDocument"
                })
        void appearBothWays(String feature) {
            assertThat(census.features).contains(feature);
        }
    }

    @Nested
    class WordsAndTypedValues {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "throughout a year whose words do not name it",
                    "combined within combined",
                    "role whose words are an organisation key",
                    "organisation printed as its key",
                    "organisation in other words",
                    "result with an explicit target",
                    "result with a number and explicitly no target"
                })
        void disagreeWhereWritersMustKeepTheTypedForm(String feature) {
            assertThat(census.features).contains(feature);
        }
    }

    @Nested
    class Text {

        @ParameterizedTest
        @MethodSource("io.github.eduroadmap.testing.CoverageTests#textFeatures")
        void includes(String feature, Predicate<String> test) {
            assertThat(census.texts).as(feature).anyMatch(test);
        }

        @Test
        void isRussian() {
            long cyrillic = census.texts.stream()
                    .filter(t -> t.codePoints()
                            .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                    .count();
            assertThat(cyrillic).isGreaterThan(census.texts.size() * 9L / 10);
        }
    }

    static List<org.junit.jupiter.params.provider.Arguments> textFeatures() {
        return List.of(
                text("«» quotes", t -> t.contains("«") && t.contains("»")),
                text("\"straight\" quotes", t -> t.contains("\"")),
                text("'apostrophes'", t -> t.contains("'")),
                text("№", t -> t.contains("№")),
                text("dashes", t -> t.contains("–") || t.contains("—")),
                text("line breaks", t -> t.contains("\n")),
                text("a colon and a space", t -> t.contains(": ")),
                text("#", t -> t.contains("#")),
                text("a leading -", t -> t.startsWith("-")),
                text("emoji", t -> t.codePoints().anyMatch(c -> c > 0xFFFF)),
                text("a very long word", Pattern.compile("\\p{L}{100,}").asPredicate()),
                text("a look-alike of null", t -> t.equals("null") || t.equals("~")),
                text("a look-alike of a number", Pattern.compile("[-.0-9e]+").asMatchPredicate()),
                text("ё", t -> t.contains("ё") || t.contains("Ё")));
    }

    private static org.junit.jupiter.params.provider.Arguments text(String name, Predicate<String> test) {
        return org.junit.jupiter.params.provider.Arguments.argumentSet(name, name, test);
    }
}
