package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.Fixtures.AS_OF;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.activity;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.run;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.section;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The abbreviation rule, its finder and its "did you mean". */
class AbbreviationRulesTests {

    static final String CODE = "abbreviation.undefined";

    static Organisation institute() {
        return Organisation.builder()
                .abbreviation("ГАУ ДПО ПК ИРО")
                .name("государственное автономное учреждение дополнительного профессионального образования"
                        + " «Приморский краевой институт развития образования»")
                .build();
    }

    static Organisation ministry() {
        return Organisation.builder()
                .abbreviation("МО ПК")
                .name("Министерство образования Приморского края")
                .build();
    }

    /** A roadmap whose one activity has the given title and the given executors (by their words). */
    static Roadmap titled(String title, String... executors) {
        Activity a = activity(null, title);
        if (executors.length > 0) {
            a = a.withExecutors(
                    java.util.Arrays.stream(executors).map(RoleExecutor::new).collect(Collectors.toList()));
        }
        return roadmap().addSections(section("Задача 1.", a)).build();
    }

    @Nested
    class Undefined {

        @Test
        void isReportedOnceAtItsFirstPlaceWithTheNumberOfTheOthers() {
            // seed 000: ВСОКО in a result; ОО in a title and in executor cells
            Activity a = Activity.builder()
                    .number("1.")
                    .title("Семинар «Внутренняя система оценки качества образования ОО как управленческий ресурс»")
                    .addExecutors(new RoleExecutor("ОО"))
                    .addResults(ExpectedResult.ofText("100% команд школ владеют навыками ВСОКО"))
                    .build();
            Activity b = activity("2.").withExecutors(new RoleExecutor("заместители руководителей ОО"));
            Roadmap r = roadmap().addSections(section("Задача 1.", a, b)).build();
            assertThat(run(CODE, RU, r))
                    .containsExactly(
                            "/sections/0/activities/0/results/0 [abbreviation.undefined] WARNING: сокращение «ВСОКО» не"
                                    + " определено",
                            "/sections/0/activities/0/title [abbreviation.undefined] WARNING: сокращение «ОО» не"
                                    + " определено (других мест: 2)");
            assertThat(run(CODE, EN, r))
                    .containsExactly(
                            "/sections/0/activities/0/results/0 [abbreviation.undefined] WARNING: the abbreviation"
                                    + " \"ВСОКО\" is not defined",
                            "/sections/0/activities/0/title [abbreviation.undefined] WARNING: the abbreviation \"ОО\" is"
                                    + " not defined (other places: 2)");
            Violation oo = violations(CODE, r).get(1);
            assertThat(oo.severity()).isEqualTo(Severity.WARNING);
            assertThat(oo.arguments()).containsExactly(Map.entry("abbreviation", "ОО"), Map.entry("others", 2));
        }

        @Test
        void isARunOfAbbreviationsReportedWhole() {
            // seed 000: "ГАУ ДПО ПК ИРО" where no glossary defines it ("ГАУ ДПО" is known); seed 001: "ИС МЭДК"
            Roadmap r = titled("Размещение в ИС МЭДК концептуальных документов", "ГАУ ДПО ПК ИРО");
            assertThat(run(CODE, RU, r))
                    .containsExactly(
                            "/sections/0/activities/0/executors/0 [abbreviation.undefined] WARNING: сокращение «ГАУ ДПО"
                                    + " ПК ИРО» не определено",
                            "/sections/0/activities/0/title [abbreviation.undefined] WARNING: сокращение «ИС МЭДК» не"
                                    + " определено");
        }

        @Test
        void takesAQuotedNameAfterAnAbbreviationIntoTheRun() {
            // seed 001: "ГАУ ДПО «АМИРО»"
            Roadmap r = titled("Участие в рабочих совещаниях в режиме ВКС с ГАУ ДПО «АМИРО»");
            assertThat(run(CODE, RU, r))
                    .containsExactly("/sections/0/activities/0/title [abbreviation.undefined] WARNING: сокращение «ГАУ"
                            + " ДПО «АМИРО»» не определено");
        }

        @Test
        void isFoundInEveryTextOfTheRoadmap() {
            Roadmap r = roadmap()
                    .title("План РЦОКО")
                    .addGoals("Цель: поддержка ШНОР")
                    .addNotes("Справка ЦНППМ")
                    .addSections(section("1.", activity("1.")))
                    .build();
            assertThat(violations(CODE, r))
                    .extracting(v -> v.pointer() + " " + v.arguments().get("abbreviation"))
                    .containsExactly("/goals/0 ШНОР", "/notes/0 ЦНППМ", "/title РЦОКО");
        }
    }

    @Nested
    class Defined {

        @Test
        void byTheGlossaryTheTermsAndTheKnownAbbreviations() {
            Roadmap r = roadmap()
                    .addOrganisations(institute(), ministry())
                    .addTerms(new Term("ШНОР", "школы с низкими результатами обучения"))
                    .addSections(section(
                            "Задача 1.",
                            activity(
                                            null,
                                            "Методические дни, организованные МО ПК и ГАУ ДПО ПК ИРО для ШНОР, по"
                                                    + " итогам ЕГЭ и ОГЭ")
                                    .withExecutors(OrganisationExecutor.of("МО ПК"))))
                    .build();
            assertThat(run(CODE, RU, r)).isEmpty();
        }

        @Test
        void inTheSameSentence() {
            // seed 001: "(далее – РПШ)"; seed 003: "(далее – ШНОР, ШНСУ соответственно)"; seed 004: "(РЭК)"
            Roadmap r = roadmap()
                    .addGoals("помощь школам (далее – ШНОР, ШНСУ соответственно) и поддержка ШНСУ")
                    .addSections(section(
                            "1.",
                            activity("1.", "Анкетирование для формирования рискованных профилей школы (далее – РПШ)"),
                            activity("2.", "Создание региональной экспертной комиссии (РЭК)"),
                            activity("3.", "Заседание РЭК по итогам РПШ в ШНОР")))
                    .build();
            assertThat(run(CODE, RU, r)).isEmpty();
        }

        @Test
        void byTheValidatorsOwnListWhenOneIsGiven() {
            Roadmap r = titled("Вебинары ФИОКО для ШНОР");
            RoadmapValidator v = RoadmapValidator.builder()
                    .only(CODE)
                    .asOf(AS_OF)
                    .locale(RU)
                    .discoverRules(false)
                    .knownAbbreviations(Set.of("ШНОР"))
                    .build();
            assertThat(v.validate(r).violations())
                    .extracting(x -> x.arguments().get("abbreviation"))
                    .containsExactly("ФИОКО");
        }
    }

    @Nested
    class NotAbbreviations {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ПРИМОРСКОГО КРАЯ", // the issuer in capitals, seeds 000 and 002
                    "ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ МИХАЙЛОВСКОГО РАЙОНА", // seed 001
                    "ПРИКАЗЫВАЮ:", // seed 002
                    "П Р И К А З", // letter-spaced, seeds 001 and 002
                    "ДОРОЖНАЯ КАРТА краевого проекта", // seed 003
                    "КАРТА мероприятий",
                    "II. Мероприятия по реализации проекта", // a Roman numeral
                    "Раздел XIV",
                    "Педагоги ХХ века", // Cyrillic Х for a Roman X
                    "j * CJL Jfi& x / J T  )", // Latin OCR noise, seed 002
                    "Mexosckas AHHa FOpbeBHa", // seed 004
                    "^ TYTT Т/ЧТЧ \\ Т /̂\\ /'N", // Cyrillic OCR noise, seed 002
                    "Г А \\ 7  11 П А  ТТТ/“ Т Т П Г", // seed 002
                    "Реализация проекта «ТОЧКА РОСТА»", // a name in capitals
                    "Подготовка к ГИА-9 и ГИА – 11", // known
                    "В 2022 году 11К обучающихся" // glued to digits
                })
        void areNotReported(String text) {
            assertThat(run(CODE, RU, titled(text))).isEmpty();
        }

        @Test
        void areNotLookedForInTheGlossaryAbbreviationsThemselves() {
            Roadmap r = roadmap()
                    .addOrganisations(institute())
                    .addSections(section("1.", activity("1.")))
                    .build();
            assertThat(run(CODE, RU, r)).isEmpty();
        }
    }

    @Nested
    class Suggestion {

        @Test
        void namesATermWithTwoLettersSwapped() {
            // seed 003: "ШНРО" for the defined "ШНОР"
            Roadmap r = roadmap()
                    .addTerms(new Term("ШНОР", "общеобразовательные организации с низкими результатами"))
                    .addSections(section(
                            "1.",
                            activity("1.3.", "Корректировка модели поддержки ШНОР")
                                    .withResults(ExpectedResult.ofText("Реализация моделей поддержки ШНРО и ШНОР")),
                            activity("1.4.", "Проведение на базе ШНРО мероприятий")))
                    .build();
            assertThat(run(CODE, RU, r))
                    .containsExactly("/sections/0/activities/0/results/0 [abbreviation.undefined] WARNING: сокращение"
                            + " «ШНРО» не определено; возможно, имелось в виду «ШНОР» (других мест: 1)");
            assertThat(run(CODE, EN, r))
                    .containsExactly("/sections/0/activities/0/results/0 [abbreviation.undefined] WARNING: the"
                            + " abbreviation \"ШНРО\" is not defined; did you mean \"ШНОР\"? (other places: 1)");
            assertThat(violations(CODE, r).get(0).arguments())
                    .containsExactly(
                            Map.entry("abbreviation", "ШНРО"), Map.entry("suggestion", "ШНОР"), Map.entry("others", 1));
        }

        @Test
        void namesTheOrganisationWhoseWordOcrMisread() {
            // seed 002: "ГАУ ДПО Ж  ИРО" for "ГАУ ДПО ПК ИРО"
            Roadmap r = roadmap()
                    .addOrganisations(institute())
                    .addSections(section("Задача 2.", activity(null).withExecutors(new RoleExecutor("ГАУ ДПО Ж  ИРО"))))
                    .build();
            assertThat(run(CODE, RU, r))
                    .containsExactly("/sections/0/activities/0/executors/0 [abbreviation.undefined] WARNING: сокращение"
                            + " «ГАУ ДПО Ж ИРО» не определено; возможно, имелось в виду «ГАУ ДПО ПК ИРО»");
        }

        @Test
        void namesAKnownAbbreviationWithALetterLost() {
            // seed 002: "1 АУ ДПО 11К И гU", an OCR reading of "ГАУ ДПО ПК ИРО"
            Roadmap r = titled("Инструктивно-методическое письмо", "1 АУ ДПО 11К И гU");
            assertThat(run(CODE, RU, r))
                    .containsExactly("/sections/0/activities/0/executors/0 [abbreviation.undefined] WARNING: сокращение"
                            + " «АУ ДПО» не определено; возможно, имелось в виду «ГАУ ДПО»");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "ШМО, short: no suggestion of МО", // seed 001
            "ОО, two letters",
            "РИКО, two letters from ФИОКО",
            "ГАУ ДПО «АМИРО», a word more than ГАУ ДПО",
            "ОО ПК, two letters of МО ПК"
        })
        void isNotMadeForFarOrShortAbbreviations(String abbreviation, String why) {
            Roadmap r = roadmap()
                    .addOrganisations(ministry(), institute())
                    .addSections(section("1.", activity("1.", "Анализ " + abbreviation + " района")))
                    .build();
            assertThat(violations(CODE, r))
                    .singleElement()
                    .satisfies(v -> assertThat(v.arguments()).doesNotContainKey("suggestion"));
        }
    }

    @Nested
    class Part {

        @Test
        void saysWhichFullAbbreviationIsDefined() {
            // seed 002: "ПК ИРО", "ИРО", "ГАУ ДПО ПК" and "ПК" alone where "ГАУ ДПО ПК ИРО" and "МО ПК" are defined
            Organisation schools = Organisation.builder()
                    .abbreviation("ОО")
                    .name("образовательные организации")
                    .build();
            Roadmap r = roadmap()
                    .addOrganisations(ministry(), institute(), schools)
                    .addSections(section(
                            "Задача 2.",
                            activity(null, "Программа повышения квалификации ПК ИРО")
                                    .withResults(ExpectedResult.ofText("Размещено на сайте ГАУ ДПО ПК")),
                            activity(null, "Семинар-совещание с ОО ПК")
                                    .withExecutors(OrganisationExecutor.of("МО ПК"), new RoleExecutor("ИРО"))))
                    .build();
            assertThat(run(CODE, RU, r))
                    .containsExactly(
                            "/sections/0/activities/0/results/0 [abbreviation.undefined] WARNING: сокращение «ГАУ ДПО"
                                    + " ПК» не определено, определено только полное «ГАУ ДПО ПК ИРО»",
                            "/sections/0/activities/0/title [abbreviation.undefined] WARNING: сокращение «ПК ИРО» не"
                                    + " определено, определено только полное «ГАУ ДПО ПК ИРО»",
                            "/sections/0/activities/1/executors/1 [abbreviation.undefined] WARNING: сокращение «ИРО» не"
                                    + " определено, определено только полное «ГАУ ДПО ПК ИРО»",
                            "/sections/0/activities/1/title [abbreviation.undefined] WARNING: сокращение «ПК» не"
                                    + " определено, определено только полное «МО ПК»");
            assertThat(run(CODE, EN, r))
                    .contains("/sections/0/activities/0/title [abbreviation.undefined] WARNING: the abbreviation \"ПК"
                            + " ИРО\" is not defined; only the full \"ГАУ ДПО ПК ИРО\" is");
        }
    }

    @Nested
    class Finder {

        static List<String> uses(String text) {
            return Abbreviations.in(text).uses().stream()
                    .map(Abbreviations.Use::text)
                    .collect(Collectors.toList());
        }

        static List<String> definitions(String text) {
            return Abbreviations.in(text).definitions().stream()
                    .map(Abbreviations.Use::text)
                    .collect(Collectors.toList());
        }

        @Test
        void findsRunsOfAbbreviations() {
            assertThat(uses("Методические дни, организованные МО ПК и ГАУ ДПО ПК ИРО"))
                    .containsExactly("МО ПК", "ГАУ ДПО ПК ИРО");
            assertThat(uses("МОУО, ОО")).containsExactly("МОУО", "ОО");
            assertThat(uses("руководители ШНОР и ШНСУ- участники")).containsExactly("ШНОР", "ШНСУ");
            assertThat(uses("ГАУ ДПО Ж  ИРО")).containsExactly("ГАУ ДПО Ж ИРО");
            assertThat(uses("ГАУ ДПО «АМИРО»")).containsExactly("ГАУ ДПО «АМИРО»");
        }

        @Test
        void findsAbbreviationsInQuotationsWithLowerCaseWords() {
            assertThat(uses("Программа «Использование ресурсов модуля МСОКО в АИС «Приморский край»»"))
                    .containsExactly("МСОКО", "АИС");
            assertThat(uses("МОУ «Нижнеильиновская СОШ»")).containsExactly("МОУ", "СОШ");
        }

        @Test
        void findsDefinitions() {
            assertThat(definitions("органы управления образованием (далее - МОУО)"))
                    .containsExactly("МОУО");
            assertThat(definitions("(далее – ШНОР, ШНСУ соответственно)")).containsExactly("ШНОР", "ШНСУ");
            assertThat(definitions("школ с низкими результатами (ШНОР) – 36%")).containsExactly("ШНОР");
            assertThat(uses("оценочных процедур (ОГЭ, ЕГЭ, ВПР и др.)")).containsExactly("ОГЭ", "ЕГЭ", "ВПР");
            assertThat(definitions("оценочных процедур (ОГЭ, ЕГЭ, ВПР и др.)")).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "Т Х Т Ч /’Л",
                    "У J 1  JL> X U . Д. CAJ.VJL ж А V /V /  Т Г 1 /  И Л И",
                    "\"Л /Г /Л Х  г  / л"
                })
        void takesOcrNoiseForNoise(String text) {
            assertThat(Abbreviations.isNoise(text)).isTrue();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"ГАУ ДПО Ж  ИРО", "1 АУ ДПО 11К И гU", "МОУО", "13.06.2021, 17.11.2021 (по запросу)"})
        void takesWordsForWords(String text) {
            assertThat(Abbreviations.isNoise(text)).isFalse();
        }
    }

    @Nested
    class Places {

        @Test
        void followTheOrderOfTheDocument() {
            Roadmap r = roadmap()
                    .approval(ApprovalDocument.builder()
                            .kind(ApprovalKind.ORDER)
                            .title("Об утверждении плана РМК")
                            .build())
                    .addGoals("Цель: работа РМК")
                    .addSections(section("1.", activity("1.", "Семинар РМК")))
                    .build();
            assertThat(violations(CODE, r)).singleElement().satisfies(v -> {
                assertThat(v.pointer().toString()).isEqualTo("/approval/title");
                assertThat(v.arguments()).containsEntry("others", 2);
            });
        }
    }
}
