package io.github.eduroadmap.imports.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SectionRowsTests {

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of(
                        "Задача 1. Обеспечить информационно-методическую поддержку",
                        "Задача 1.",
                        "Обеспечить информационно-методическую поддержку"),
                Arguments.of(
                        "Задача 3 Организация сетевого партнерства", "Задача 3", "Организация сетевого партнерства"),
                Arguments.of("I. Нормативно-правовое обеспечение", "I.", "Нормативно-правовое обеспечение"),
                Arguments.of(
                        "II. 2. Мероприятия по реализации проекта 500+",
                        "II. 2.",
                        "Мероприятия по реализации проекта 500+"),
                Arguments.of("IV.Мониторинг", "IV.", "Мониторинг"),
                Arguments.of(
                        "2. Организационно-методическое обеспечение", "2.", "Организационно-методическое обеспечение"),
                Arguments.of("3.Трансляция опыта реализации Проекта", "3.", "Трансляция опыта реализации Проекта"),
                Arguments.of(
                        " 1. Организационно-управленческие мероприятия  ",
                        "1.",
                        "Организационно-управленческие мероприятия"),
                Arguments.of("1.2. Подраздел", "1.2.", "Подраздел"),
                Arguments.of("1.1 Подготовка плана-графика", "1.1", "Подготовка плана-графика"),
                Arguments.of("Раздел 2. Работа с родителями", "Раздел 2.", "Работа с родителями"),
                Arguments.of("Блок 4. Кадры", "Блок 4.", "Кадры"),
                Arguments.of(
                        "Разработка системы формирования кадрового резерва",
                        null,
                        "Разработка системы формирования кадрового резерва"),
                Arguments.of("2022 год: итоги", null, "2022 год: итоги"),
                Arguments.of("10 семинаров", null, "10 семинаров"),
                Arguments.of("5.", null, "5."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("headings")
    void splitsASectionRowIntoItsNumberAndTitle(String text, String number, String title) {
        SectionHeading h = SectionHeading.parse(text);

        assertThat(h.number()).isEqualTo(Optional.ofNullable(number));
        assertThat(h.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("bareNumbers")
    void tellsABareActivityNumber(String text, boolean bare) {
        assertThat(SectionHeading.isBareNumber(text)).isEqualTo(bare);
    }

    static Stream<Arguments> bareNumbers() {
        return Stream.of(
                Arguments.of("1", true),
                Arguments.of("1.", true),
                Arguments.of(" 3.4. ", true),
                Arguments.of("1.1", true),
                Arguments.of("2022", false),
                Arguments.of("1. Текст", false),
                Arguments.of("", false));
    }

    @Nested
    class InATable {

        @Test
        void readsNumberedAndUnnumberedSectionRows() {
            Roadmap r = Docs.interpret(Docs.grid(
                            "№ | Срок | Событие | Ответственный | Результат",
                            "Задача 1. Обеспечить поддержку | | | | ",
                            "1. | Август 2022 | Семинар | ИРО | Проведен",
                            "Разработка системы формирования кадрового резерва | | | | ",
                            "2. | Сентябрь 2022 | Вебинар | ИРО | Проведен"))
                    .roadmap();

            assertThat(r.sections())
                    .extracting(Section::number, Section::title)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Optional.of("Задача 1."), "Обеспечить поддержку"),
                            org.assertj.core.groups.Tuple.tuple(
                                    Optional.empty(), "Разработка системы формирования кадрового резерва"));
        }

        @Test
        void readsASectionPrintedAsAParagraphBetweenTwoPartsOfTheTable() {
            Roadmap r = Docs.interpret(
                            Docs.grid(1, "№ | Срок | Мероприятие", "I. Первый раздел | | ", "1 | март | Семинар"),
                            Docs.paragraph(5, "5. Анализ проведения работы"),
                            Docs.grid(7, "1 | декабрь | Справка"))
                    .roadmap();

            assertThat(r.sections()).extracting(Section::number).containsExactly(Optional.of("I."), Optional.of("5."));
            assertThat(r.sections().get(1).activities())
                    .singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Справка"));
        }

        @Test
        void joinsARowHoldingOnlyANumberWithTheRowBelow() {
            ImportResult result = Docs.interpret(Docs.grid(
                    "№ п/п | Сроки | Исполнители | Мероприятие",
                    "1 | | | ",
                    " | декабрь | муниципальный координатор | Подготовка справки"));

            assertThat(result.roadmap().activities()).singleElement().satisfies(a -> {
                assertThat(a.number()).contains("1");
                assertThat(a.title()).isEqualTo("Подготовка справки");
            });
            assertThat(result.warnings())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .contains(org.assertj.core.groups.Tuple.tuple(2, "import.joined-continuation"));
        }

        @Test
        void joinsARowContinuedAfterAPageBreak() {
            ImportResult result = Docs.interpret(Docs.grid(
                    "№ п/п | Сроки | Исполнители | Мероприятие | Показатель",
                    "1 | в течение всего периода | Отдел образования, общеобразовательные | Участие в вебинарах (при реализации каждого из этапов | 100% участников,",
                    " |  | организации | Проекта 500+). | принявших участие в вебинарах",
                    "2 | март | Отдел образования | Посещение школ | Знакомство"));

            assertThat(result.roadmap().activities()).hasSize(2);
            assertThat(result.roadmap().activities().get(0).title())
                    .isEqualTo("Участие в вебинарах (при реализации каждого из этапов Проекта 500+).");
            assertThat(result.roadmap().activities().get(0).executors())
                    .extracting(e -> e.text())
                    .containsExactly("Отдел образования", "общеобразовательные организации");
            assertThat(result.roadmap().activities().get(0).results())
                    .extracting(e -> e.text())
                    .containsExactly("100% участников, принявших участие в вебинарах");
            assertThat(result.warnings())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .contains(org.assertj.core.groups.Tuple.tuple(3, "import.joined-continuation"));
        }

        @Test
        void readsAnUnnumberedRowWithItsOwnDeadlineAsAnActivity() {
            ImportResult result = Docs.interpret(Docs.grid(
                    "№ | Срок исполнения | Событие",
                    " | Август 2022 | Круглый стол кураторов",
                    "1. | Август 2022 | Семинар"));

            assertThat(result.roadmap().activities())
                    .extracting(a -> a.number().orElse("-"))
                    .containsExactly("-", "1.");
            assertThat(result.warnings())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .contains(org.assertj.core.groups.Tuple.tuple(2, "import.unnumbered-row"));
        }

        @Test
        void repeatsACellMergedFromAbove() {
            io.github.eduroadmap.imports.internal.table.SourceBlock.Grid g =
                    new io.github.eduroadmap.imports.internal.table.SourceBlock.Grid(
                            1,
                            java.util.List.of(
                                    Docs.grid(1, "№ | Мероприятие | Срок | Ответственные")
                                            .rows()
                                            .get(0),
                                    Docs.grid(2, "1. | Семинар | Март 2022 | РМК")
                                            .rows()
                                            .get(0),
                                    new io.github.eduroadmap.imports.internal.table.SourceBlock.Row(
                                            3,
                                            java.util.List.of(
                                                    io.github.eduroadmap.imports.internal.table.SourceCell.of("2."),
                                                    io.github.eduroadmap.imports.internal.table.SourceCell.of(
                                                            "Вебинар"),
                                                    new io.github.eduroadmap.imports.internal.table.SourceCell(
                                                            "", 1, true),
                                                    new io.github.eduroadmap.imports.internal.table.SourceCell(
                                                            "", 1, true)))));

            Roadmap r = Docs.interpret(g).roadmap();

            assertThat(r.activities().get(1).deadline()).map(d -> d.text()).contains("Март 2022");
            assertThat(r.activities().get(1).executors())
                    .extracting(e -> e.text())
                    .containsExactly("РМК");
        }

        @Test
        void linksSectionsToObjectivesByNumberAndByWords() {
            Roadmap r = Docs.interpret(
                            Docs.paragraph(1, "«Дорожная карта» по работе со школами в 2022 году"),
                            Docs.paragraph(
                                    3,
                                    "Задачи:\n1. развитие кадрового потенциала школ;\n2. укрепление взаимодействия школ с родителями."),
                            Docs.grid(
                                    6,
                                    "№ | Срок | Мероприятие",
                                    "Задача 1. Развитие кадрового потенциала школ | | ",
                                    "1. | март | Семинар",
                                    "Укрепление взаимодействия школ с родителями | | ",
                                    "2. | май | Собрание"))
                    .roadmap();

            assertThat(r.sections()).extracting(s -> s.objective().orElse("-")).containsExactly("1", "2");
        }
    }
}
