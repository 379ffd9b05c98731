package io.github.eduroadmap.imports.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.interpret.Interpreter;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.imports.internal.text.TextReader;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.testing.RoadmapGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableLayoutTests {

    static final Path ROADMAPS = Path.of("..", "examples", "roadmaps");

    static Roadmap back(Roadmap r) {
        return back(TableLayout.of(r));
    }

    static Roadmap back(SourceDocument doc) {
        return new Interpreter().interpret(doc, ImportOptions.defaults()).roadmap();
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(ROADMAPS)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    static Roadmap example(String name) {
        return RoadmapMapper.yaml().read(ROADMAPS.resolve(name));
    }

    @Nested
    class RoundTrips {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.imports.internal.layout.TableLayoutTests#examples")
        void readsEveryExampleBackEqual(String name) {
            Roadmap r = example(name);

            ImportResult result = new Interpreter().interpret(TableLayout.of(r), ImportOptions.defaults());

            assertThat(result.roadmap()).isEqualTo(r);
            assertThat(result.warnings()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.imports.internal.layout.TableLayoutTests#examples")
        void readsEveryExampleBackEqualWithoutSpansInOneGrid(String name) {
            Roadmap r = example(name);

            assertThat(back(flattened(TableLayout.of(r)))).isEqualTo(r);
        }

        @Test
        void readsGeneratedRoadmapsBackEqual() {
            RoadmapGenerator generator = RoadmapGenerator.defaults();
            for (int i = 0; i < 200; i++) {
                Roadmap r = generator.generate(RoadmapGenerator.caseSeed(20240601L, i));
                assertThat(back(r)).as("case %d", i).isEqualTo(r);
            }
        }

        @Test
        void readsGeneratedRoadmapsWithStressedTextBackEqual() {
            RoadmapGenerator generator =
                    RoadmapGenerator.builder().stressText(0.5).build();
            for (int i = 0; i < 100; i++) {
                Roadmap r = generator.generate(RoadmapGenerator.caseSeed(99L, i));
                assertThat(back(r)).as("case %d", i).isEqualTo(r);
            }
        }
    }

    /** What a CSV writer and reader make of the layout: one grid, spans written as empty cells. */
    static SourceDocument flattened(SourceDocument doc) {
        List<SourceBlock.Row> rows = new ArrayList<>();
        for (SourceBlock b : doc.blocks()) {
            for (SourceBlock.Row r : ((SourceBlock.Grid) b).rows()) {
                List<SourceCell> cells = new ArrayList<>();
                for (SourceCell c : r.cells()) {
                    cells.add(SourceCell.of(c.text()));
                    for (int k = 1; k < c.span(); k++) {
                        cells.add(SourceCell.of(""));
                    }
                }
                rows.add(new SourceBlock.Row(r.row(), cells));
            }
        }
        return new SourceDocument(doc.source(), List.of(new SourceBlock.Grid(1, rows)));
    }

    @Nested
    class Shape {

        @Test
        void beginsWithTheMarkRecordAndPutsTheActivitiesInTheSecondGrid() {
            SourceDocument doc = TableLayout.of(example("primorsky-krai-2022-weakly-involved-schools.yaml"));

            SourceBlock.Grid front = (SourceBlock.Grid) doc.blocks().get(0);
            SourceBlock.Grid table = (SourceBlock.Grid) doc.blocks().get(1);
            assertThat(texts(front.rows().get(0)))
                    .containsExactly(
                            TableLayout.MARK,
                            "«Дорожная карта» по организации работы с общеобразовательными организациями Приморского края проекта «500 +», слабо вовлеченными в проект в 2022 году");
            assertThat(front.rows())
                    .extracting(r -> r.cells().get(0).text())
                    .contains(
                            "Идентификатор",
                            "Уровень",
                            "Регион",
                            "Период",
                            "Часовой пояс",
                            "Документ",
                            "Номер",
                            "Дата",
                            "Подписал",
                            "Цель",
                            "Задача",
                            "Организация",
                            "Факт",
                            "Столбцы");
            assertThat(texts(table.rows().get(0)))
                    .as("the sections serve objectives: the objective column is there")
                    .containsExactly("№", "Мероприятие", "Срок", "Исполнители", "Результаты", "Задача");
            SourceCell section = table.rows().get(1).cells().get(0);
            assertThat(section.text()).startsWith("Задача 1. Обеспечить информационно-методическую поддержку");
            assertThat(section.span()).isEqualTo(5);
            assertThat(table.rows().get(1).cells().get(1).text()).isEqualTo("1");
            assertThat(texts(table.rows().get(3)))
                    .containsExactly(
                            "1.",
                            "Семинар «Внутренняя система оценки качества образования ОО как управленческий ресурс обеспечения объективности оценивания образовательных результатов обучающихся",
                            "Август 2022",
                            "Органы местного самоуправления, осуществляющие управление в сфере образования\nОО\nГАУ ДПО ПК ИРО\nМОУО",
                            "100% команд школ, слабо вовлеченных в проект владеют навыками ВСОКО, как управленческим ресурсом, для обеспечения объективности оценивания образовательных результатов обучающихся",
                            "");
        }

        @Test
        void annotatesWordsThatDoNotSayTheirTypedValue() {
            Activity a = Activity.builder()
                    .title("Семинар")
                    .deadline(new Deadline.Throughout("В течение года", Optional.of(Year.of(2021))))
                    .addExecutors(new RoleExecutor("МОУО"))
                    .addResults(ExpectedResult.ofText("Проведено 5000 консультаций."))
                    .build();
            Roadmap r =
                    roadmap(Section.builder().title("Раздел").addActivities(a).build(), "МОУО");

            List<String> row =
                    texts(((SourceBlock.Grid) TableLayout.of(r).blocks().get(1))
                            .rows()
                            .get(2));

            assertThat(row.get(2)).isEqualTo("В течение года ‹{\"type\":\"throughout\",\"year\":2021}›");
            assertThat(row.get(3)).isEqualTo("МОУО ‹{\"role\":true}›");
            assertThat(row.get(4)).isEqualTo("Проведено 5000 консультаций. ‹{\"target\":null}›");
            assertThat(back(r)).isEqualTo(r);
        }

        @Test
        void writesTheWordsAloneWhenTheyReadBackTheSame() {
            Activity a = Activity.builder()
                    .title("Семинар")
                    .deadline(Deadline.parse("Сентябрь - октябрь"))
                    .addExecutors(new RoleExecutor("методисты"))
                    .addResults(ExpectedResult.parse("Не менее 60% родителей вовлечены"))
                    .build();
            Roadmap r =
                    roadmap(Section.builder().title("Раздел").addActivities(a).build(), "МОУО");

            List<String> row =
                    texts(((SourceBlock.Grid) TableLayout.of(r).blocks().get(1))
                            .rows()
                            .get(2));

            assertThat(row.subList(2, 5))
                    .containsExactly("Сентябрь - октябрь", "методисты", "Не менее 60% родителей вовлечены");
        }
    }

    static Roadmap roadmap(Section section, String organisation) {
        return Roadmap.builder()
                .id(RoadmapId.of("t"))
                .title("Дорожная карта")
                .level(Level.REGIONAL)
                .addOrganisations(io.github.eduroadmap.model.Organisation.builder()
                        .abbreviation(organisation)
                        .name("муниципальные органы управления образованием")
                        .build())
                .addSections(section)
                .build();
    }

    static List<String> texts(SourceBlock.Row row) {
        return row.cells().stream().map(SourceCell::text).collect(Collectors.toList());
    }

    static Stream<Arguments> sections() {
        return Stream.of(
                Arguments.of("Задача 1.", "Обеспечить поддержку", "Задача 1. Обеспечить поддержку"),
                Arguments.of("II. 2.", "Мероприятия", "II. 2. Мероприятия"),
                Arguments.of(null, "Разработка системы", "Разработка системы"),
                Arguments.of(null, "1. Не номер, а слова", "\n1. Не номер, а слова"),
                Arguments.of("§ 3", "Номер, который не читается", "§ 3\nНомер, который не читается"),
                Arguments.of("5.", "Заголовок\nв две строки", "5.\nЗаголовок\nв две строки"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("sections")
    void writesASectionsNumberAndTitleSoThatTheyReadBack(String number, String title, String cell) {
        Section.Builder b = Section.builder().title(title);
        Optional.ofNullable(number).ifPresent(b::number);
        Section s = b.build();

        assertThat(TableLayout.sectionText(s)).isEqualTo(cell);
        Roadmap r = roadmap(s.withActivities(Activity.builder().title("Семинар").build()), "МОУО");
        assertThat(back(r)).isEqualTo(r);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of(DateRange.ofYear(2022), "2022"),
                Arguments.of(new DateRange(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)), "2022-03"),
                Arguments.of(new DateRange(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30)), "2022-12/2023-11"),
                Arguments.of(
                        new DateRange(LocalDate.of(2021, 2, 25), LocalDate.of(2021, 12, 12)), "2021-02-25/2021-12-12"),
                Arguments.of(
                        new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 12, 31)), "2023-01-01/2022-12-31"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("periods")
    void writesAndReadsPeriodsInTheFormsOfTheFileFormat(DateRange period, String text) {
        assertThat(TableLayout.period(period)).isEqualTo(text);
        assertThat(TableLayout.period(text)).contains(period);
    }

    @Test
    void readsAQuarterPeriod() {
        assertThat(TableLayout.period("2021-Q1"))
                .contains(new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)));
        assertThat(TableLayout.period("весь год")).isEmpty();
    }

    @Nested
    class Reading {

        @Test
        void tellsAnExportedTableFromASeed() throws IOException {
            SourceDocument seed = new TextReader()
                    .read(Files.readString(Path.of("..", "examples", "seeds", "000_fb2531e3bb46fa4a.txt")), "000");

            assertThat(TableLayout.isExport(seed)).isFalse();
            assertThat(TableLayout.isExport(TableLayout.of(example("ulchsky-district-2022.yaml"))))
                    .isTrue();
        }

        @Test
        void letsTheCallersOptionsOverrideTheTablesMetadata() {
            Roadmap r = example("ulchsky-district-2022.yaml");
            ImportOptions options = ImportOptions.builder()
                    .id(RoadmapId.of("other"))
                    .level(Level.SCHOOL)
                    .period(DateRange.ofYear(2030))
                    .build();

            Roadmap read =
                    new Interpreter().interpret(TableLayout.of(r), options).roadmap();

            assertThat(read.id()).isEqualTo(RoadmapId.of("other"));
            assertThat(read.level()).isEqualTo(Level.SCHOOL);
            assertThat(read.period()).contains(DateRange.ofYear(2030));
            assertThat(read.withId(r.id()).withLevel(r.level()).withPeriod(r.period()))
                    .isEqualTo(r);
        }

        @Test
        void keepsRowsItDoesNotKnowAsNotesAndSaysSo() {
            SourceDocument doc = new SourceDocument(
                    "t.csv",
                    List.of(new SourceBlock.Grid(
                            1,
                            List.of(
                                    row(1, TableLayout.MARK, "Карта"),
                                    row(2, "Идентификатор", "k"),
                                    row(3, "Бюджет", "100 тыс. руб."),
                                    row(4, "Период", "весь год"),
                                    row(5, "№", "Мероприятие", "Срок", "Исполнители", "Результаты"),
                                    row(6, "1.", "Семинар", "", "", "")))));

            ImportResult result = new Interpreter().interpret(doc, ImportOptions.defaults());

            assertThat(result.roadmap().notes()).containsExactly("Бюджет 100 тыс. руб.", "Период весь год");
            assertThat(result.warnings())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "import.unknown-row"),
                            org.assertj.core.groups.Tuple.tuple(4, "import.bad-field"));
            assertThat(result.roadmap().activities())
                    .singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Семинар"));
        }
    }

    static SourceBlock.Row row(int row, String... cells) {
        List<SourceCell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(SourceCell.of(c));
        }
        return new SourceBlock.Row(row, out);
    }
}
