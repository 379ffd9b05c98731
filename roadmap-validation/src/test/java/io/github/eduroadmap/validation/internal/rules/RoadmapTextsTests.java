package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.Fixtures.activity;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.internal.Memo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The texts of a roadmap as the text rules read them: the text, its field, its pointer and the quick checks. */
class RoadmapTextsTests {

    private static final RoadmapMapper YAML = RoadmapMapper.yaml().lenient();

    /** The five examples and the fuzz tests' inputs, which between them fill every kind of field. */
    static Stream<Path> documents() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(
                Path.of("..", "examples", "roadmaps"),
                Path.of(
                        "src",
                        "test",
                        "resources",
                        "io",
                        "github",
                        "eduroadmap",
                        "validation",
                        "RoadmapValidatorFuzzTestsInputs"))) {
            try (Stream<Path> files = Files.list(dir)) {
                // a fuzz input "-with-monitoring" holds the monitoring after the roadmap, not a document of its own
                files.filter(f ->
                                f.toString().endsWith(".yaml") && !f.toString().endsWith("-with-monitoring.yaml"))
                        .sorted()
                        .forEach(all::add);
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(9);
        return all.stream();
    }

    private static RoadmapTexts texts(Roadmap roadmap) {
        return RoadmapTexts.of(new MemoContext(roadmap, new Memo()));
    }

    @Nested
    class Pointers {

        @ParameterizedTest
        @MethodSource("io.github.eduroadmap.validation.internal.rules.RoadmapTextsTests#documents")
        void pointEachTextInTheSerializedDocument(Path document) throws IOException {
            Roadmap roadmap = YAML.read(document);
            JsonMapper mapper = JsonMapper.builder().build();
            JsonNode json = mapper.readTree(RoadmapMapper.json().writeToString(roadmap));
            RoadmapTexts texts = texts(roadmap);
            assertThat(texts.size()).isPositive();
            for (int i = 0; i < texts.size(); i++) {
                String pointer = texts.where(i).toString();
                JsonNode node = json.at(pointer);
                if (node.isObject()) {
                    // an executor or a deadline is an object with its text beside what was read from it
                    assertThat(mapper.convertValue(node, Map.class)).as(pointer).containsValue(texts.text(i));
                } else {
                    assertThat(node.asString()).as(pointer).isEqualTo(texts.text(i));
                }
            }
        }

        @Test
        void findTheSectionOfAnActivityPastSectionsWithoutActivities() {
            Roadmap r = roadmap()
                    .addSections(
                            section("1."),
                            section("2.", activity("2.1", "Первое"), activity("2.2", "Второе")),
                            section("3."),
                            section("4."),
                            section("5.", activity("5.1", "Третье")),
                            section("6."))
                    .build();
            RoadmapTexts texts = texts(r);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.field(i) == RoadmapTexts.Field.ACTIVITY_TITLE) {
                    titles.add(texts.where(i) + " " + texts.text(i));
                }
            }
            assertThat(titles)
                    .containsExactly(
                            "/sections/1/activities/0/title Первое",
                            "/sections/1/activities/1/title Второе",
                            "/sections/4/activities/0/title Третье");
        }
    }

    @Nested
    class Checks {

        private final Roadmap roadmap = roadmap()
                .title("Дорожная карта")
                .addSections(section(
                        "1.",
                        activity("1.1", "Семинар для ШНОР"),
                        activity("1.2", "Проект «Точка роста»"),
                        activity("1.3", "Посещение МОУ «Нижнеильиновская СОШ»"),
                        activity("1.4", "Совещание")))
                .build();

        private List<String> passing(RoadmapTexts texts, RoadmapTexts.Check check) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.passes(i, check)) {
                    found.add(texts.text(i));
                }
            }
            return found;
        }

        @Test
        void areMadeForTheRulesThatRun() {
            Memo memo = new Memo(Set.of("text.unbalanced-quotes", "participant.spelling", "abbreviation.undefined"));
            RoadmapTexts texts = RoadmapTexts.of(new MemoContext(roadmap, memo));
            assertThat(passing(texts, RoadmapTexts.Check.QUOTES))
                    .containsExactly("Проект «Точка роста»", "Посещение МОУ «Нижнеильиновская СОШ»");
            assertThat(passing(texts, RoadmapTexts.Check.SCHOOL_NAMES))
                    .containsExactly("Посещение МОУ «Нижнеильиновская СОШ»");
            assertThat(passing(texts, RoadmapTexts.Check.ABBREVIATIONS))
                    .containsExactly("Семинар для ШНОР", "Посещение МОУ «Нижнеильиновская СОШ»");
        }

        @Test
        void areMadeOnlyForTheRulesThatRun() {
            Memo memo = new Memo(Set.of("text.unbalanced-quotes"));
            RoadmapTexts texts = RoadmapTexts.of(new MemoContext(roadmap, memo));
            assertThat(passing(texts, RoadmapTexts.Check.QUOTES)).hasSize(2);
            assertThat(passing(texts, RoadmapTexts.Check.ABBREVIATIONS)).isEmpty();
        }

        @Test
        void areMadeOnlyWhenARuleAsksWhenTheRulesAreNotKnown() {
            RoadmapTexts texts = texts(roadmap);
            assertThat(passing(texts, RoadmapTexts.Check.QUOTES)).isEmpty();
            assertThat(passing(
                            RoadmapTexts.of(new MemoContext(roadmap, new Memo()), RoadmapTexts.Check.QUOTES),
                            RoadmapTexts.Check.QUOTES))
                    .hasSize(2);
        }

        @Test
        void areMadeWhenARuleAsksThatWasNotSaidToRun() {
            Memo memo = new Memo(Set.of("text.unbalanced-quotes"));
            RoadmapTexts first = RoadmapTexts.of(new MemoContext(roadmap, memo));
            RoadmapTexts texts = RoadmapTexts.of(new MemoContext(roadmap, memo), RoadmapTexts.Check.ABBREVIATIONS);
            assertThat(texts).isSameAs(first);
            assertThat(passing(texts, RoadmapTexts.Check.ABBREVIATIONS))
                    .containsExactly("Семинар для ШНОР", "Посещение МОУ «Нижнеильиновская СОШ»");
            assertThat(passing(texts, RoadmapTexts.Check.QUOTES)).hasSize(2);
        }

        @Test
        void agreeWithTheTestsOfTheRulesOnEveryTextOfTheDocuments() throws IOException {
            for (Path document : documents().toList()) {
                Memo memo = new Memo(Set.of("text.unbalanced-quotes", "participant.spelling"));
                RoadmapTexts texts =
                        RoadmapTexts.of(new MemoContext(YAML.read(document), memo), RoadmapTexts.Check.ABBREVIATIONS);
                for (int i = 0; i < texts.size(); i++) {
                    String text = texts.text(i);
                    assertThat(texts.passes(i, RoadmapTexts.Check.QUOTES))
                            .as(text)
                            .isEqualTo(text.indexOf('«') >= 0 || text.indexOf('»') >= 0);
                    assertThat(texts.passes(i, RoadmapTexts.Check.SCHOOL_NAMES))
                            .as(text)
                            .isEqualTo(SchoolNames.mayHaveNames(text));
                    assertThat(texts.passes(i, RoadmapTexts.Check.ABBREVIATIONS))
                            .as(text)
                            .isEqualTo(Abbreviations.mayHoldAbbreviation(text));
                }
            }
        }
    }
}
