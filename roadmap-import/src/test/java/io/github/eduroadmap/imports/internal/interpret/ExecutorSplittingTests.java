package io.github.eduroadmap.imports.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.PersonExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExecutorSplittingTests {

    /** The glossary of the cases: as if the document defined these. */
    static Glossary glossary() {
        Glossary g = new Glossary();
        g.define("Министерство", "Министерство образования Приморского края", 1);
        g.define("ПК ИРО", "ГАУ ДПО «Приморский институт развития образования»", 1);
        g.define("ОМСУ", "Органы местного самоуправления, осуществляющие управление в сфере образования", 1);
        g.define("МОУО", "муниципальные органы управления образованием", 1);
        g.define("ШНОР", "школы с низкими образовательными результатами", 1);
        g.define("ШНСУ", "школы, функционирующие в неблагоприятных социальных условиях", 1);
        g.define("ОО", "образовательные организации", 1);
        return g;
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of(
                        "ГАУ ДПО ПК ИРО Муниципальные кураторы ШНОР",
                        List.of("role ГАУ ДПО ПК ИРО", "role Муниципальные кураторы ШНОР"),
                        true),
                Arguments.of("Министерство ПК ИРО", List.of("org Министерство", "org ПК ИРО"), true),
                Arguments.of("ОМСУ ПК ИРО", List.of("org ОМСУ", "org ПК ИРО"), true),
                Arguments.of("ПК ИРО ШНОР", List.of("org ПК ИРО", "role ШНОР"), true),
                Arguments.of("МОУО ИРО", List.of("org МОУО", "role ИРО"), true),
                Arguments.of("ОМСУ\nПК ИРО, ШНОР", List.of("org ОМСУ", "org ПК ИРО", "role ШНОР"), false),
                Arguments.of(
                        "Н.Е. Байрачный К.А. Федоренко",
                        List.of("person Н.Е. Байрачный", "person К.А. Федоренко"),
                        true),
                Arguments.of(
                        "Байрачный Н.Е., Федоренко К.А.",
                        List.of("person Байрачный Н.Е.", "person Федоренко К.А."),
                        false),
                Arguments.of(
                        "Заместитель директора по УВР Иванова И.И.",
                        List.of("person Иванова И.И. (Заместитель директора по УВР)"),
                        false),
                Arguments.of(
                        "Органы местного самоуправления, осуществляющие управление в сфере образования, ОО, ГАУ ДПО ПК ИРО, МОУО",
                        List.of("org ОМСУ", "org ОО", "role ГАУ ДПО ПК ИРО", "org МОУО"),
                        false),
                Arguments.of(
                        "ГАУ ДПО ПК ИРО, управленческие команды ОО, вышедшие из ШНОР, Муниципальные координаторы проекта",
                        List.of(
                                "role ГАУ ДПО ПК ИРО",
                                "role управленческие команды ОО, вышедшие из ШНОР",
                                "role Муниципальные координаторы проекта"),
                        false),
                Arguments.of(
                        "МУ «Методический центр» муниципальный координатор",
                        List.of("org МУ «Методический центр»", "role муниципальный координатор"),
                        true),
                Arguments.of(
                        "ПК ИРО совместно с ГАОУ ВО города Москвы «Московский городской педагогический университет»",
                        List.of(
                                "org ПК ИРО",
                                "org ГАОУ ВО города Москвы «Московский городской педагогический университет»"),
                        false),
                Arguments.of(
                        "ПК ИРО совместно с Ассоциацией молодых педагогов Приморского края, Клубом Пеликанов",
                        List.of(
                                "org ПК ИРО",
                                "org Ассоциация молодых педагогов Приморского края",
                                "role Клубом Пеликанов"),
                        false),
                Arguments.of("ОМСУ (г. Владивосток)", List.of("org ОМСУ"), false),
                Arguments.of(
                        "Органы местного самоуправления, осуществляющие управление в сфере образования (далее – ОМСУ) ПК ИРО",
                        List.of("org ОМСУ", "org ПК ИРО"),
                        true),
                Arguments.of("руководители ШНОР и ШНСУ", List.of("role руководители ШНОР и ШНСУ"), false),
                Arguments.of("специалисты МОУО", List.of("role специалисты МОУО"), false),
                // "Образовательные организации" is the full name of ОО, in another case of letters
                Arguments.of(
                        "Отдел образования; Образовательные организации",
                        List.of("org Отдел образования", "org ОО"),
                        false),
                // an organisation neither defined nor named by an authority's or legal form's words stays a role
                Arguments.of(
                        "Комитет,  Районный методический кабинет",
                        List.of("org Комитет", "role Районный методический кабинет"),
                        false),
                Arguments.of(
                        "МО ПК\nГАУ ДПО ПК ИРО\nОпорные школы",
                        List.of("role МО ПК", "role ГАУ ДПО ПК ИРО", "role Опорные школы"),
                        false),
                Arguments.of(
                        "Управление образованием \nадминистрации \nНадеждинского \nмуниципального района",
                        List.of("org Управление образованием администрации Надеждинского муниципального района"),
                        false),
                Arguments.of("", List.of(), false));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void splitsACellIntoExecutorsWithTheGlossary(String cell, List<String> expected, boolean runTogether) {
        Glossary g = glossary();
        g.define("Комитет", "Комитет по образованию администрации Ульчского муниципального района", 1);
        ExecutorSplitter splitter = new ExecutorSplitter(g);

        ExecutorSplitter.Split split = splitter.split(cell);
        List<String> executors = new ArrayList<>();
        for (String part : split.parts()) {
            executors.add(describe(splitter.resolve(part, 1)));
        }

        assertThat(executors).containsExactlyElementsOf(expected);
        assertThat(!split.runTogether().isEmpty())
                .as("reported as run together")
                .isEqualTo(runTogether);
    }

    static String describe(Executor e) {
        if (e instanceof OrganisationExecutor) {
            return "org " + ((OrganisationExecutor) e).organisation();
        }
        if (e instanceof PersonExecutor) {
            PersonExecutor p = (PersonExecutor) e;
            return "person " + p.name() + p.position().map(x -> " (" + x + ")").orElse("");
        }
        return "role " + e.text();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void keepsEveryWordOfTheCell(String cell, List<String> expected, boolean runTogether) {
        ExecutorSplitter splitter = new ExecutorSplitter(glossary());

        String joined = String.join(" ", splitter.split(cell).parts());

        assertThat(CellText.words(joined)).containsExactlyElementsOf(CellText.words(cell));
    }
}
