package io.github.eduroadmap.imports.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.interpret.Columns.Role;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Roadmap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnsTests {

    static Stream<Arguments> headings() {
        return Stream.of(
                // the seeds' headings
                Arguments.of("№ п/п", Role.NUMBER),
                Arguments.of("№", Role.NUMBER),
                Arguments.of("№ \nп/п ", Role.NUMBER),
                Arguments.of("Срок исполнения", Role.DEADLINE),
                Arguments.of("Срок\nисполнения", Role.DEADLINE),
                Arguments.of("Сроки реализации", Role.DEADLINE),
                Arguments.of("Сроки реализации  ", Role.DEADLINE),
                Arguments.of("Период или контрольная точка", Role.DEADLINE),
                Arguments.of("Событие", Role.TITLE),
                Arguments.of("Мероприятие", Role.TITLE),
                Arguments.of("Наименование мероприятия", Role.TITLE),
                Arguments.of("  Наименование\n  мероприятия", Role.TITLE),
                Arguments.of("Наименование мероприятий/мер", Role.TITLE),
                Arguments.of("Наименование мероприятий / мер", Role.TITLE),
                Arguments.of("Ответственный исполнитель", Role.EXECUTORS),
                Arguments.of("Исполнители", Role.EXECUTORS),
                Arguments.of("Ответственные", Role.EXECUTORS),
                Arguments.of("Ожидаемый результат/показатель", Role.RESULTS),
                Arguments.of("Показатель результативности", Role.RESULTS),
                Arguments.of("Ключевой результат", Role.RESULTS),
                Arguments.of("Ключевой  результат", Role.RESULTS),
                Arguments.of("Прогнозируемый результат", Role.RESULTS),
                Arguments.of("Ожидаемый результат", Role.RESULTS),
                // variants users meet
                Arguments.of("Сроки", Role.DEADLINE),
                Arguments.of("Срок", Role.DEADLINE),
                Arguments.of("СРОК ИСПОЛНЕНИЯ", Role.DEADLINE),
                Arguments.of("Сроки выполнения:", Role.DEADLINE),
                Arguments.of("Дата проведения", Role.DEADLINE),
                Arguments.of("Результат(ы)", Role.RESULTS),
                Arguments.of("Результат (ы)", Role.RESULTS),
                Arguments.of("Результаты", Role.RESULTS),
                Arguments.of("Целевые показатели", Role.RESULTS),
                Arguments.of("Ответственные лица", Role.EXECUTORS),
                Arguments.of("Ответственное лицо", Role.EXECUTORS),
                Arguments.of("Ответственный исполнитель (соисполнители)", Role.EXECUTORS),
                Arguments.of("Направления деятельности", Role.DIRECTION),
                Arguments.of("Мероприятия", Role.TITLE),
                Arguments.of("Содержание мероприятия", Role.TITLE),
                Arguments.of("Примечание", Role.NOTES),
                Arguments.of("N п/п", Role.NUMBER),
                Arguments.of("начало", Role.DEADLINE_START),
                Arguments.of("Дата окончания", Role.DEADLINE_END),
                Arguments.of("Срок начала", Role.DEADLINE_START),
                // recognised by their roots
                Arguments.of("Планируемые сроки", Role.DEADLINE),
                Arguments.of("Ответственные за исполнение", Role.EXECUTORS),
                Arguments.of("Показатели эффективности", Role.RESULTS),
                Arguments.of("Перечень мероприятий", Role.TITLE));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("headings")
    void recognisesAHeadingBySynonymOrRoot(String heading, Role role) {
        assertThat(Columns.loose(heading)).contains(role);
    }

    @ParameterizedTest(name = "{0} is no heading")
    @MethodSource("nonHeadings")
    void doesNotTakeWordsOfATableForAHeading(String words) {
        assertThat(Columns.loose(words)).isEmpty();
    }

    static Stream<String> nonHeadings() {
        return Stream.of(
                "1. Организационно-управленческие мероприятия",
                "Задача 1. Обеспечить информационно-методическую поддержку школам",
                "Участие в консультационных вебинарах под руководством регионального координатора",
                "Август 2022",
                "ГАУ ДПО ПК ИРО",
                "",
                "1.1");
    }

    static Roadmap read(SourceBlock... blocks) {
        return Docs.interpret(blocks).roadmap();
    }

    @Nested
    class HeaderShapes {

        @Test
        void readsColumnsInAnyOrder() {
            Roadmap r = read(Docs.grid(
                    "№ п/п | Сроки реализации | Исполнители | Наименование мероприятий/мер | Показатель результативности",
                    "1 | февраль | Отдел образования | Разработка документов | Документы утверждены"));

            Activity a = r.activities().get(0);
            assertThat(a.number()).contains("1");
            assertThat(a.title()).isEqualTo("Разработка документов");
            assertThat(a.deadline()).map(Deadline::text).contains("февраль");
            assertThat(a.executors()).extracting(e -> e.text()).containsExactly("Отдел образования");
            assertThat(a.results()).extracting(e -> e.text()).containsExactly("Документы утверждены");
            assertThat(r.columns())
                    .containsExactly(
                            "№ п/п",
                            "Сроки реализации",
                            "Исполнители",
                            "Наименование мероприятий/мер",
                            "Показатель результативности");
        }

        @Test
        void readsATableWithoutExecutorAndResultColumns() {
            Roadmap r =
                    read(Docs.grid("№ | Мероприятие | Срок", "1. | Семинар | Март 2022", "2. | Вебинар | Апрель 2022"));

            assertThat(r.activities()).hasSize(2).allSatisfy(a -> {
                assertThat(a.executors()).isEmpty();
                assertThat(a.results()).isEmpty();
            });
            assertThat(r.activities().get(1).deadline()).map(Deadline::text).contains("Апрель 2022");
        }

        @Test
        void skipsARowOfColumnNumbersUnderTheHeader() {
            Roadmap r = read(Docs.grid(
                    "№ | Мероприятие | Срок | Ответственные | Результат",
                    "1 | 2 | 3 | 4 | 5",
                    "1. | Семинар | Март 2022 | МОУО | Проведен"));

            assertThat(r.activities())
                    .singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Семинар"));
        }

        @Test
        void readsATwoLevelHeaderWithStartAndEndColumns() {
            List<SourceCell> header = List.of(
                    SourceCell.of("№"),
                    SourceCell.of("Мероприятие"),
                    new SourceCell("Сроки реализации", 2, false),
                    SourceCell.of("Ответственные"));
            SourceBlock.Grid grid = new SourceBlock.Grid(
                    1,
                    List.of(
                            new SourceBlock.Row(1, header),
                            Docs.grid(2, " |  | начало | окончание | ").rows().get(0),
                            Docs.grid(3, "1. | Семинар | 01.02.2022 | 31.03.2022 | МОУО")
                                    .rows()
                                    .get(0)));

            Roadmap r = read(grid);

            assertThat(r.activities().get(0).deadline()).hasValueSatisfying(d -> {
                assertThat(d).isInstanceOf(Deadline.DateSpan.class);
                assertThat(d.text()).isEqualTo("01.02.2022 - 31.03.2022");
            });
            assertThat(r.columns()).contains("Сроки реализации: начало", "Сроки реализации: окончание");
        }

        @Test
        void alignsAShortHeaderToTheRightAndInfersTheNumberAndActivityColumns() {
            ImportResult result = Docs.interpret(Docs.grid(
                    "Срок исполнения | Ответственные | Прогнозируемый результат",
                    "Разработка системы формирования кадрового резерва",
                    "1. | Создание экспертной комиссии по работе с кадровым резервом | Декабрь 2022 | Министерство | Разработано положение",
                    "2. | Разработка порядка формирования резерва | Декабрь 2022 | Министерство | Разработан порядок"));

            Activity a = result.roadmap().activities().get(0);
            assertThat(a.number()).contains("1.");
            assertThat(a.title()).startsWith("Создание экспертной комиссии");
            assertThat(a.deadline()).map(Deadline::text).contains("Декабрь 2022");
            assertThat(result.roadmap().sections().get(0).title())
                    .isEqualTo("Разработка системы формирования кадрового резерва");
            assertThat(result.warnings()).extracting(ImportWarning::code).contains("import.uncertain-column");
        }

        @Test
        void readsADirectionColumnAsSections() {
            Roadmap r = read(Docs.grid(
                    "№ | Направления деятельности | Мероприятия | Сроки | Ответственные лица",
                    "1 | Работа с кадрами | Семинар | Март | РМК",
                    "2 | Работа с кадрами | Вебинар | Апрель | РМК",
                    "3 | Работа с родителями | Собрание | Май | ОО"));

            assertThat(r.sections())
                    .extracting(s -> s.title())
                    .containsExactly("Работа с кадрами", "Работа с родителями");
            assertThat(r.sections().get(0).activities()).hasSize(2);
        }

        @Test
        void readsADirectionColumnWithoutAnActivityColumnAsTheActivities() {
            Roadmap r =
                    read(Docs.grid("№ | Направления деятельности | Сроки | Ответственные", "1 | Семинар | Март | РМК"));

            assertThat(r.activities())
                    .singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Семинар"));
        }

        @Test
        void skipsTheHeaderRepeatedAfterAPageBreak() {
            ImportResult result = Docs.interpret(
                    Docs.grid(1, "№ | Мероприятие | Срок | Ответственные", "1. | Семинар | Март | РМК"),
                    Docs.grid(10, "№ | Мероприятие | Срок | Ответственные", "2. | Вебинар | Апрель | РМК"));

            assertThat(result.roadmap().activities()).extracting(a -> a.title()).containsExactly("Семинар", "Вебинар");
            assertThat(result.warnings())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .contains(org.assertj.core.groups.Tuple.tuple(10, "import.repeated-header"));
        }

        @Test
        void keepsTheCellsOfAnUnknownColumnAsNotes() {
            ImportResult result = Docs.interpret(
                    Docs.grid("№ | Мероприятие | Срок | Финансирование, тыс. руб.", "1. | Семинар | Март | 150"));

            assertThat(result.roadmap().activities().get(0).notes()).containsExactly("Финансирование, тыс. руб.: 150");
            assertThat(result.warnings()).extracting(ImportWarning::code).contains("import.unknown-column");
        }

        @Test
        void readsATableWithoutAHeaderByItsCells() {
            ImportResult result = Docs.interpret(Docs.grid(
                    "1. | Семинар для управленческих команд по обмену опытом | Март 2022 | РМК",
                    "2. | Вебинар для учителей математики по итогам диагностики | Апрель 2022 | РМК"));

            assertThat(result.roadmap().activities()).hasSize(2);
            assertThat(result.roadmap().activities().get(0).title()).startsWith("Семинар");
            assertThat(result.warnings()).extracting(ImportWarning::code).contains("import.no-header");
        }
    }
}
