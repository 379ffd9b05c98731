package io.github.eduroadmap.imports.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Term;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GlossaryTests {

    @Nested
    class Definitions {

        static Stream<Arguments> definitions() {
            return Stream.of(
                    // in a cell: the words before the definition
                    Arguments.of(
                            "муниципальные органы управления образованием (далее – МОУО)",
                            true,
                            "МОУО",
                            "муниципальные органы управления образованием"),
                    Arguments.of(
                            "Министерство образования Приморского края (далее - МО ПК)",
                            true,
                            "МО ПК",
                            "Министерство образования Приморского края"),
                    Arguments.of(
                            "Районный методический кабинет (далее — РМК)",
                            true,
                            "РМК",
                            "Районный методический кабинет"),
                    Arguments.of("образовательные организации (далее ОО)", true, "ОО", "образовательные организации"),
                    // in running text: from the repeated word, by initials, or from the head noun
                    Arguments.of(
                            "1. Утвердить План мероприятий («дорожную карту») по реализации проекта на 2022 год (далее - План мероприятий) в новой редакции.",
                            false,
                            "План мероприятий",
                            "План мероприятий («дорожную карту») по реализации проекта на 2022 год"),
                    Arguments.of(
                            "Осуществление контроля участия в анкетировании для формирования рискованных профилей школы (далее – РПШ)",
                            false,
                            "РПШ",
                            "рискованных профилей школы"),
                    Arguments.of(
                            "Подготовка плана-графика реализации краевого проекта \"Эффективная школа\" (далее – Проект)",
                            false,
                            "Проект",
                            "краевого проекта \"Эффективная школа\""),
                    Arguments.of(
                            "Создание региональной экспертной комиссии по работе с кадровым резервом (РЭК)",
                            false,
                            "РЭК",
                            "региональной экспертной комиссии по работе с кадровым резервом"),
                    Arguments.of(
                            "количество школ с низкими образовательными результатами (ШНОР) – 36% (176)",
                            false, "ШНОР", "школ с низкими образовательными результатами"));
        }

        @ParameterizedTest(name = "[{index}] {2}")
        @MethodSource("definitions")
        void findsWhatAShortFormStandsFor(String text, boolean cell, String abbreviation, String meaning) {
            Glossary g = new Glossary();

            g.collect(text, 1, cell);

            assertThat(g.byAbbreviation(abbreviation))
                    .hasValueSatisfying(e -> assertThat(e.name).isEqualTo(meaning));
        }

        @Test
        void readsTwoDefinitionsAtOnce() {
            Glossary g = new Glossary();

            g.collect(
                    "Цель Проекта: оказание помощи общеобразовательным организациям с низкими результатами обучения и (или)"
                            + " функционирующих в неблагоприятных социальных условиях (далее – ШНОР, ШНСУ соответственно)",
                    6,
                    false);

            assertThat(g.terms())
                    .containsExactly(
                            new Term("ШНОР", "общеобразовательным организациям с низкими результатами обучения"),
                            new Term("ШНСУ", "функционирующих в неблагоприятных социальных условиях"));
            assertThat(g.organisations()).isEmpty();
        }

        @Test
        void keepsTheFirstDefinitionOfAShortForm() {
            Glossary g = new Glossary();

            g.collect("Отдел образования администрации района (далее – Отдел)", 1, true);
            g.collect("отдел кадров (далее – Отдел)", 2, true);

            assertThat(g.organisations())
                    .singleElement()
                    .satisfies(o -> assertThat(o.name()).isEqualTo("Отдел образования администрации района"));
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("Министерство образования Приморского края", OrganisationKind.REGIONAL_AUTHORITY),
                Arguments.of("ФГБУ «Федеральный институт оценки качества образования»", OrganisationKind.FEDERAL_BODY),
                Arguments.of("муниципальные органы управления образованием", OrganisationKind.MUNICIPAL_AUTHORITY),
                Arguments.of(
                        "Органы местного самоуправления, осуществляющие управление в сфере образования",
                        OrganisationKind.MUNICIPAL_AUTHORITY),
                Arguments.of("Отдел образования", OrganisationKind.MUNICIPAL_AUTHORITY),
                Arguments.of(
                        "Комитет по образованию администрации Ульчского муниципального района",
                        OrganisationKind.MUNICIPAL_AUTHORITY),
                Arguments.of("администрация Михайловского района", OrganisationKind.LOCAL_GOVERNMENT),
                Arguments.of("ГАУ ДПО «Приморский институт развития образования»", OrganisationKind.TEACHER_INSTITUTE),
                Arguments.of("Районный методический кабинет", OrganisationKind.METHODOLOGICAL_CENTRE),
                Arguments.of("МУ «Методический центр»", OrganisationKind.METHODOLOGICAL_CENTRE),
                Arguments.of("региональный центр оценки качества образования", OrganisationKind.ASSESSMENT_CENTRE),
                Arguments.of("образовательные организации", OrganisationKind.SCHOOL),
                Arguments.of("МОУ «Воскресеновская СОШ»", OrganisationKind.SCHOOL),
                Arguments.of(
                        "ГАОУ ВО города Москвы «Московский городской педагогический университет»",
                        OrganisationKind.UNIVERSITY),
                Arguments.of("Ассоциация молодых педагогов Приморского края", OrganisationKind.ASSOCIATION),
                Arguments.of("региональная экспертная комиссия по работе с кадровым резервом", OrganisationKind.OTHER));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("kinds")
    void tellsTheKindOfAnOrganisationByWhatItIs(String name, OrganisationKind kind) {
        assertThat(Glossary.kindOf(name)).contains(kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("terms")
    void makesATermOfWhatIsNoOrganisation(String definition, String abbreviation) {
        Glossary g = new Glossary();

        g.collect(definition, 1, true);

        assertThat(g.terms()).extracting(Term::abbreviation).containsExactly(abbreviation);
        assertThat(g.organisations()).isEmpty();
    }

    static Stream<Arguments> terms() {
        return Stream.of(
                Arguments.of("общеобразовательные организации с низкими результатами обучения (далее – ШНОР)", "ШНОР"),
                Arguments.of("краевой проект «Эффективная школа» (далее – Проект)", "Проект"),
                Arguments.of("рискованные профили школ (далее – РПШ)", "РПШ"),
                Arguments.of("внутренняя система оценки качества образования (далее – ВСОКО)", "ВСОКО"));
    }

    @Nested
    class InADocument {

        @Test
        void takesDefinitionsFromTableCellsForTheWholeTable() {
            Roadmap r = Docs.interpret(Docs.grid(
                            "№ | Мероприятие | Исполнители | Сроки",
                            "1.1 | Подготовка плана | Комитет по образованию администрации района (далее - Комитет) | Январь 2022",
                            "1.2 | Формирование состава | Комитет | Февраль 2022"))
                    .roadmap();

            assertThat(r.organisations()).singleElement().satisfies(o -> {
                assertThat(o.abbreviation()).contains("Комитет");
                assertThat(o.kind()).isEqualTo(OrganisationKind.MUNICIPAL_AUTHORITY);
            });
            assertThat(r.activities().get(0).executors())
                    .containsExactly(new OrganisationExecutor(
                            "Комитет", "Комитет по образованию администрации района (далее - Комитет)"));
            assertThat(r.activities().get(1).executors()).containsExactly(OrganisationExecutor.of("Комитет"));
        }

        @Test
        void takesDefinitionsFromTheTextAroundTheTable() {
            Roadmap r = Docs.interpret(
                            Docs.paragraph(1, "«Дорожная карта» по работе со школами в 2022 году"),
                            Docs.paragraph(
                                    3,
                                    "Цель: помощь общеобразовательным организациям с низкими результатами обучения (далее – ШНОР)."),
                            Docs.grid(5, "№ | Мероприятие | Ответственные", "1. | Семинар | руководители ШНОР"))
                    .roadmap();

            assertThat(r.terms()).extracting(Term::abbreviation).containsExactly("ШНОР");
        }

        @Test
        void addsOrganisationsNamedInFullAsExecutors() {
            Roadmap r = Docs.interpret(Docs.grid(
                            "№ | Мероприятие | Исполнители",
                            "1 | Семинар | Отдел образования, МУ «Методический центр»"))
                    .roadmap();

            assertThat(r.organisations())
                    .extracting(Organisation::name, Organisation::abbreviation)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Отдел образования", Optional.empty()),
                            org.assertj.core.groups.Tuple.tuple("МУ «Методический центр»", Optional.empty()));
        }
    }
}
