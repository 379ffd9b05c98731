package io.github.eduroadmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed documents imported from their text as it is in examples/seeds, against the hand-made transcriptions
 * in examples/roadmaps.
 */
class SeedImportTests {

    static final Path SEEDS = Path.of("..", "examples", "seeds");
    static final Path ROADMAPS = Path.of("..", "examples", "roadmaps");

    static Roadmap imported(String seed) {
        return RoadmapImporter.create().read(SEEDS.resolve(seed)).roadmap();
    }

    static ImportResult result(String seed) {
        return RoadmapImporter.create().read(SEEDS.resolve(seed));
    }

    static Roadmap transcribed(String yaml) {
        return RoadmapMapper.yaml().read(ROADMAPS.resolve(yaml));
    }

    /** The pointer of a difference line: what stands before ": ". */
    static String pointer(String difference) {
        return difference.substring(0, difference.indexOf(": "));
    }

    /**
     * A seed, its transcription, and the differences expected to remain, by pointer, each with its reason.
     *
     * @param seed the seed file
     * @param yaml the transcription
     * @param inTheTable differences of sections and activities (number, title, objective, deadline, executors,
     *     results)
     * @param aroundTheTable differences of everything else
     */
    record Transcription(String seed, String yaml, Map<String, String> inTheTable, Map<String, String> aroundTheTable) {
        @Override
        public String toString() {
            return seed;
        }
    }

    private static final String SENTENCES_ON_ONE_LINE =
            "004's transcriber keeps two sentences printed on one line as one"
                    + " result (\"... учителей математики. Трансляция опыта\"), while 000's splits them; the importer splits a result"
                    + " cell at every sentence end, as 000's transcription does";

    static Stream<Transcription> transcriptions() {
        Map<String, String> none = Map.of();
        Map<String, String> mikhailovsky = new LinkedHashMap<>();
        mikhailovsky.put(
                "/territory",
                "the region (Амурская область) is not printed: the transcriber inferred it from"
                        + " с. Поярково and ГАУ ДПО «АМИРО»; the importer leaves it empty");
        mikhailovsky.put("/timeZone", "follows from the region above, which is not printed");
        Map<String, String> ulchsky = new LinkedHashMap<>();
        ulchsky.put(
                "/terms/0",
                "the transcriber put the meaning of ШНОР in the nominative; the importer keeps the printed"
                        + " words (\"общеобразовательным организациям с низкими результатами обучения\")");
        ulchsky.put("/terms/1", "likewise for ШНСУ; the printed words after \"и (или)\" lack the head noun");
        ulchsky.put("/terms/2", "likewise for Проект (\"краевого проекта ...\" as printed)");
        Map<String, String> quality = new LinkedHashMap<>();
        for (String p : List.of(
                "/sections/2/activities/6/results (count)",
                "/sections/2/activities/6/results/0",
                "/sections/2/activities/7/results (count)",
                "/sections/2/activities/7/results/1",
                "/sections/2/activities/8/results (count)",
                "/sections/2/activities/8/results/0",
                "/sections/4/activities/6/results (count)",
                "/sections/4/activities/6/results/0")) {
            quality.put(p, SENTENCES_ON_ONE_LINE);
        }
        Map<String, String> qualityAround = new LinkedHashMap<>();
        qualityAround.put(
                "/period",
                "no period is printed: the transcriber took 2022-12/2023-11 from the seeds' README,"
                        + " the importer takes the years its deadlines name, 2022-2023, and warns");
        qualityAround.put(
                "/organisations/3",
                "РЭК's name: the transcriber put it in the nominative, the importer keeps"
                        + " the printed words (\"региональной экспертной комиссии ...\")");
        qualityAround.put("/terms/0", "ШНОР's meaning likewise (\"школ с низкими ...\" as printed)");
        qualityAround.put(
                "/context/0",
                "the transcriber paraphrased the share's label (\"неудовлетворительные результаты у"
                        + " выпускников ... (ГИА – 9)\"); the importer takes the words after the percentage");
        qualityAround.put("/context/1", "likewise for ГИА – 11");
        qualityAround.put("/context/6", "likewise: the transcriber's label is \"школы ...\" (nominative)");
        return Stream.of(
                new Transcription(
                        "000_fb2531e3bb46fa4a.txt", "primorsky-krai-2022-weakly-involved-schools.yaml", none, none),
                new Transcription("001_43de54d881a5ee30.txt", "mikhailovsky-district-2022.yaml", none, mikhailovsky),
                new Transcription("003_b1f5877a31b3f702.txt", "ulchsky-district-2022.yaml", none, ulchsky),
                new Transcription(
                        "004_e0e09935226b7453.txt",
                        "primorsky-krai-2022-2023-education-quality.yaml",
                        quality,
                        qualityAround));
    }

    @Nested
    class AgainstTheHandMadeTranscriptions {

        @ParameterizedTest
        @MethodSource("io.github.eduroadmap.imports.SeedImportTests#transcriptions")
        void givesTheSameSectionsAndActivitiesFieldByField(Transcription t) {
            List<String> differences = RoadmapDifferences.of(transcribed(t.yaml()), imported(t.seed()));

            TreeSet<String> pointers =
                    differences.stream().map(SeedImportTests::pointer).collect(Collectors.toCollection(TreeSet::new));
            assertThat((Iterable<String>) pointers)
                    .as("differences of %s (expected only: %s)", t.seed(), t.inTheTable())
                    .containsExactlyInAnyOrderElementsOf(
                            new TreeSet<>(t.inTheTable().keySet()));
        }

        @ParameterizedTest
        @MethodSource("io.github.eduroadmap.imports.SeedImportTests#transcriptions")
        void givesTheSameTextAroundTheTableButForTheListedDifferences(Transcription t) {
            List<String> differences = RoadmapDifferences.aroundTheTable(transcribed(t.yaml()), imported(t.seed()));

            TreeSet<String> pointers =
                    differences.stream().map(SeedImportTests::pointer).collect(Collectors.toCollection(TreeSet::new));
            assertThat((Iterable<String>) pointers)
                    .as("differences of %s: %s", t.seed(), differences)
                    .containsExactlyInAnyOrderElementsOf(
                            new TreeSet<>(t.aroundTheTable().keySet()));
        }

        @Test
        void givesEveryActivityOfTheOcrSeedInItsSection() {
            Roadmap expected = transcribed("primorsky-krai-2021-low-results.yaml");
            Roadmap actual = imported("002_e8b8425e262cf782.txt");

            assertThat(counts(actual)).isEqualTo(counts(expected)).containsExactly(4, 17, 4, 3);
            assertThat(actual.sections())
                    .extracting(Section::number)
                    .isEqualTo(expected.sections().stream().map(Section::number).collect(Collectors.toList()));
            assertThat(actual.sections())
                    .extracting(Section::title)
                    .isEqualTo(expected.sections().stream().map(Section::title).collect(Collectors.toList()));
            assertThat(actual.activities())
                    .extracting(a -> a.deadline().map(d -> d.text()).orElse(""))
                    .as("the deadlines' words, which start the rows")
                    .containsExactlyElementsOf(expected.activities().stream()
                            .map(a -> a.deadline().map(d -> d.text()).orElse(""))
                            .map(SeedImportTests::oneLinePieces)
                            .collect(Collectors.toList()));
        }
    }

    /**
     * The first row of "Задача 3" prints its deadline in two pieces with other words between (lines 396 and 402);
     * the importer takes the first piece, the transcriber joined both.
     */
    static String oneLinePieces(String deadline) {
        return deadline.equals("О 1 А О  О  Л Л 1 \\jl.0j.202l") ? "О 1 А О  О  Л Л 1" : deadline;
    }

    static List<Integer> counts(Roadmap r) {
        return r.sections().stream().map(s -> s.activities().size()).collect(Collectors.toList());
    }

    @Nested
    class BrokenLayouts {

        @Test
        void importsEveryActivityOfTheOcrText() {
            assertThat(imported("002_e8b8425e262cf782.txt").activities()).hasSize(28);
        }

        @Test
        void importsEveryActivityOfThePdfText() {
            Roadmap r = imported("004_e0e09935226b7453.txt");

            assertThat(r.activities()).hasSize(41);
            assertThat(counts(r)).containsExactly(5, 6, 12, 4, 7, 1, 1, 3, 2);
        }

        @Test
        void namesTheUncertainRowsOfTheOcrText() {
            List<ImportWarning> warnings = result("002_e8b8425e262cf782.txt").warnings();

            assertThat(rows(warnings, "import.garbled-header")).containsExactly(77);
            assertThat(rows(warnings, "import.unparsed-deadline")).containsExactly(396);
            assertThat(rows(warnings, "import.uncertain-row")).containsExactly(396);
            assertThat(rows(warnings, "import.ocr-noise")).containsExactly(160, 321, 345);
            assertThat(rows(warnings, "import.executor-split")).contains(313);
            assertThat(rows(warnings, "import.uncertain-column"))
                    .as("the rows whose columns are interleaved")
                    .contains(84, 123, 136, 157, 175, 189, 232, 268, 313, 405, 418)
                    .doesNotContain(395, 447);
        }

        @Test
        void namesTheUncertainRowsOfThePdfText() {
            List<ImportWarning> warnings = result("004_e0e09935226b7453.txt").warnings();

            assertThat(rows(warnings, "import.unnumbered-row"))
                    .as("the rows printed without their numbers 12 and 19")
                    .containsExactly(245, 362);
            assertThat(rows(warnings, "import.page-break-joined"))
                    .as("cells cut by a page break")
                    .containsExactly(466, 567);
            assertThat(rows(warnings, "import.joined-continuation")).containsExactly(668);
            assertThat(rows(warnings, "import.uncertain-column")).containsOnly(31);
            assertThat(rows(warnings, "import.executor-split")).containsExactly(123, 257, 485, 523, 543, 558, 570, 651);
            assertThat(rows(warnings, "import.period-inferred")).hasSize(1);
        }

        @Test
        void namesTheRowsJoinedInTheTabSeparatedText() {
            List<ImportWarning> warnings = result("001_43de54d881a5ee30.txt").warnings();

            assertThat(rows(warnings, "import.joined-continuation")).containsExactly(54, 73, 84, 96);
            assertThat(rows(warnings, "import.executor-split")).containsExactly(82, 85, 86);
        }
    }

    static List<Integer> rows(List<ImportWarning> warnings, String code) {
        return warnings.stream()
                .filter(w -> w.code().equals(code))
                .map(ImportWarning::row)
                .distinct()
                .collect(Collectors.toList());
    }

    @Nested
    class TextAroundTheTable {

        @Test
        void readsTheCoverLetterOfSeed000() {
            Roadmap r = imported("000_fb2531e3bb46fa4a.txt");

            assertThat(r.approval()).hasValueSatisfying(a -> {
                assertThat(a.kind()).isEqualTo(ApprovalKind.LETTER);
                assertThat(a.number()).contains("23/6045");
                assertThat(a.date()).contains(LocalDate.of(2022, 6, 29));
                assertThat(a.issuer()).contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ПРИМОРСКОГО КРАЯ");
                assertThat(a.addressee()).contains("ФГБУ «Федеральный институт оценки качества образования»");
                assertThat(a.signatory())
                        .contains(Person.of("М.В. Шкуратская", "Заместитель министра образования Приморского края"));
                assertThat(a.body())
                        .contains(
                                "На № _____ от _____", "Приложение: на 2 л. в 1 экз.", "Жаравина К.А. 8 423 240 28 69");
            });
            assertThat(r.goals())
                    .containsExactly(
                            "организация региональной системы работы с образовательными организациями проекта «500 +» слабо вовлеченными в проект.");
            assertThat(r.objectives())
                    .extracting(o -> o.id() + " " + o.number().orElse("") + " " + o.title())
                    .containsExactly(
                            "1 1. Обеспечить информационно - методическую поддержку школам проекта «500+», слабо вовлеченным в проект",
                            "2 2. Обеспечить создание на муниципальном уровне условий для повышения мотивации участия в проекте «500+»",
                            "3 3. Организация сетевого партнерства образовательных учреждений");
            assertThat(r.context().get(0).total())
                    .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("16"));
            assertThat(r.context().get(0).partition()).isTrue();
        }

        @Test
        void readsTheOrderOfSeed001() {
            Roadmap r = imported("001_43de54d881a5ee30.txt");

            assertThat(r.approval()).hasValueSatisfying(a -> {
                assertThat(a.kind()).isEqualTo(ApprovalKind.ORDER);
                assertThat(a.number()).contains("234");
                assertThat(a.date()).contains(LocalDate.of(2022, 4, 20));
                assertThat(a.place()).contains("с. Поярково");
                assertThat(a.signatory()).contains(Person.of("О.В. Шатохина", "Начальник"));
                assertThat(a.title())
                        .contains(
                                "Об утверждении муниципальной «дорожной карты» по реализации Проекта «500+» на территории Михайловского района в 2022 году");
            });
            assertThat(r.goals()).isEmpty();
            assertThat(r.objectives()).isEmpty();
            assertThat(r.participants()).hasSize(5);
        }

        @Test
        void readsTheOrderOfTheOcrSeed002() {
            Roadmap r = imported("002_e8b8425e262cf782.txt");

            assertThat(r.approval()).hasValueSatisfying(a -> {
                assertThat(a.kind()).isEqualTo(ApprovalKind.ORDER);
                assertThat(a.number()).contains("£/(?£L");
                assertThat(a.date()).isEmpty();
                assertThat(a.dateText()).contains("« » Q_ 2021");
                assertThat(a.place()).contains("г. Владивосток");
                assertThat(a.signatory())
                        .contains(
                                Person.of(
                                        "Н.В. Бондаренко",
                                        "Заместитель председателя Правительства Приморского края - министр образования Приморского края"));
                assertThat(a.body()).contains("j * CJL Jfi& x / J T )");
            });
            assertThat(r.goals())
                    .containsExactly(
                            "повышение качества образования в общеобразовательных организациях, показывающих низкие результаты обучающихся и работающих в сложных условиях.");
            assertThat(r.objectives())
                    .extracting(o -> o.title())
                    .containsExactly(
                            "принятие управленческих решений, направленных на улучшение качества образования",
                            "развитие кадрового потенциала школ",
                            "организация сетевого партнерства образовательных учреждений",
                            "укрепление взаимодействия школ с родителями, социокультурными организациями, общественностью");
            assertThat(r.reporting()).singleElement().satisfies(rr -> {
                assertThat(rr.deadline().text())
                        .isEqualTo("ежемесячно в срок до 10 числа месяца, следующего за отчетным");
                assertThat(rr.reporter()).contains("МОУО");
                assertThat(rr.recipient()).contains("министерство образования Приморского края");
            });
        }

        @Test
        void readsTheGoalOfSeed003WhichHasNoApproval() {
            Roadmap r = imported("003_b1f5877a31b3f702.txt");

            assertThat(r.approval()).isEmpty();
            assertThat(r.goals())
                    .singleElement()
                    .asString()
                    .startsWith("Цель Проекта: создание в каждом муниципальном образовании");
            assertThat(r.objectives()).isEmpty();
        }

        @Test
        void readsTheCoverLetterOfSeed004WithItsStampAfterTheTable() {
            Roadmap r = imported("004_e0e09935226b7453.txt");

            assertThat(r.approval()).hasValueSatisfying(a -> {
                assertThat(a.kind()).isEqualTo(ApprovalKind.LETTER);
                assertThat(a.number()).contains("23/11459");
                assertThat(a.date()).contains(LocalDate.of(2022, 11, 30));
                assertThat(a.issuer()).contains("Министерство образования Приморского края");
                assertThat(a.signatory()).contains(Person.of("А. Ю. Меховская", "Заместитель министра"));
            });
            assertThat(r.title())
                    .isEqualTo("региональный план мероприятий по повышению качества образования в Приморском крае");
            assertThat(r.objectives())
                    .hasSize(10)
                    .allSatisfy(o -> assertThat(o.number()).isEmpty());
            assertThat(r.notes()).contains("Для решения поставленных задач сформирован план мероприятий:");
            assertThat(r.context()).hasSize(7);
        }

        @Test
        void infersTheMetadataFromTheWords() {
            Roadmap r = imported("003_b1f5877a31b3f702.txt");

            assertThat(r.period()).map(p -> p.start().getYear()).contains(2022);
            assertThat(r.territory().region()).contains("Хабаровский край");
            assertThat(r.territory().municipality()).contains("Ульчский муниципальный район");
            assertThat(r.programme()).contains("Эффективная школа");
            assertThat(r.timeZone()).map(Object::toString).isEqualTo(Optional.of("Asia/Vladivostok"));
            assertThat(r.id().value()).isEqualTo("003_b1f5877a31b3f702");
        }
    }
}
