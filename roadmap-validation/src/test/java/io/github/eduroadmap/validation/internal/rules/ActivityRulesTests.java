package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.Fixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.activity;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.of;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.run;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.section;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on activities, results, objectives and organisation executors. */
class ActivityRulesTests {

    @Nested
    class NoExecutor {

        @Test
        void isAnErrorAtTheActivity() {
            // seed 004, activity 24: the executor cell is empty
            Activity a =
                    activity("24.", "Распространение лучших практик реализации").withExecutors(List.of());
            Roadmap r = of(section(null, activity("23."), a));
            assertThat(run("activity.no-executor", RU, r))
                    .containsExactly("/sections/0/activities/1 [activity.no-executor] ERROR: у мероприятия"
                            + " «Распространение лучших практик реализации» нет ответственного исполнителя");
            assertThat(run("activity.no-executor", EN, r))
                    .containsExactly("/sections/0/activities/1 [activity.no-executor] ERROR: the activity"
                            + " \"Распространение лучших практик реализации\" has no executor");
            assertThat(violations("activity.no-executor", r).get(0).severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void takesBlankExecutorsForNone() {
            Activity a = activity("1.").withExecutors(new RoleExecutor("  "));
            assertThat(run("activity.no-executor", RU, of(section("1.", a)))).hasSize(1);
        }

        @Test
        void shortensALongTitle() {
            String title = "Проведение тематических инструктивно-методических совещаний с руководителями"
                    + " образовательных организаций района";
            Activity a = activity("1.", title).withExecutors(List.of());
            assertThat(run("activity.no-executor", RU, of(section("1.", a))))
                    .containsExactly("/sections/0/activities/0 [activity.no-executor] ERROR: у мероприятия «Проведение"
                            + " тематических инструктивно-методических совещаний с руководителями…» нет ответственного"
                            + " исполнителя");
        }

        @Test
        void isNoneWhenEveryActivityHasAnExecutor() {
            assertThat(run("activity.no-executor", RU, of(section("1.", activity("1."), activity("2.")))))
                    .isEmpty();
        }
    }

    @Nested
    class NoResult {

        @Test
        void isAWarningAtTheActivity() {
            // seed 001, /sections/1/activities/4: the result cell is empty
            Activity a = activity("5", "Создание на сайтах школ-участниц Проекта 500+ специального раздела")
                    .withResults(List.of());
            Roadmap r = of(section("II. 2.", activity("4"), a));
            assertThat(run("activity.no-result", RU, r))
                    .containsExactly("/sections/0/activities/1 [activity.no-result] WARNING: у мероприятия «Создание на"
                            + " сайтах школ-участниц Проекта 500+ специального раздела» нет ожидаемого результата");
            assertThat(run("activity.no-result", EN, r))
                    .containsExactly("/sections/0/activities/1 [activity.no-result] WARNING: the activity \"Создание на"
                            + " сайтах школ-участниц Проекта 500+ специального раздела\" has no expected result");
        }

        @Test
        void takesBlankResultsForNone() {
            Activity a = activity("1.").withResults(ExpectedResult.ofText(""));
            assertThat(run("activity.no-result", RU, of(section("1.", a)))).hasSize(1);
        }

        @Test
        void isNoneWhenEveryActivityHasAResult() {
            assertThat(run("activity.no-result", RU, of(section("1.", activity("1.")))))
                    .isEmpty();
        }
    }

    @Nested
    class ResultIsExecutorList {

        static Roadmap mikhailovsky(String result) {
            Organisation department = Organisation.builder()
                    .name("Отдел образования")
                    .kind(OrganisationKind.MUNICIPAL_AUTHORITY)
                    .build();
            Activity a = Activity.builder()
                    .number("1")
                    .title("Разработка и утверждение нормативных документов, регламентирующих реализацию Проекта")
                    .addExecutors(OrganisationExecutor.of("Отдел образования"))
                    .addResults(ExpectedResult.ofText(result))
                    .build();
            Activity b = activity("2").withExecutors(new RoleExecutor("общеобразовательные организации"));
            return roadmap()
                    .addOrganisations(department)
                    .addSections(section("I.", a, b))
                    .build();
        }

        @Test
        void isFoundWhenTheResultNamesTheExecutors() {
            // seed 001, /sections/0/activities/0/results/0
            Roadmap r = mikhailovsky("Отдел образования; Образовательные организации");
            assertThat(run("result.is-executor-list", RU, r))
                    .containsExactly("/sections/0/activities/0/results/0 [result.is-executor-list] WARNING: ожидаемый"
                            + " результат «Отдел образования; Образовательные организации» называет исполнителей (Отдел"
                            + " образования, Образовательные организации), а не результат");
            assertThat(run("result.is-executor-list", EN, r))
                    .containsExactly(
                            "/sections/0/activities/0/results/0 [result.is-executor-list] WARNING: the expected"
                                    + " result \"Отдел образования; Образовательные организации\" names executors (Отдел"
                                    + " образования, Образовательные организации), not a result");
            assertThat(violations("result.is-executor-list", r).get(0).arguments())
                    .containsEntry("executors", List.of("Отдел образования", "Образовательные организации"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "Общеобразовательные организации",
                    "отдел образования.",
                    "Общеобразовательные организации, методисты",
                    "Отдел образования, муниципальный координатор"
                })
        void isFoundForExecutorsWrittenAnyCase(String result) {
            assertThat(violations("result.is-executor-list", mikhailovsky(result)))
                    .hasSize(1);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "кандидаты в кураторы приняли участие в анкетировании",
                    "руководители, учителя, обучающиеся, родители прошли анкетирование",
                    "Кураторы проекта, методисты", // roles, but none of them an executor of this roadmap
                    "Отдел образования провёл 5 семинаров",
                    "Отдел образования, 100% школ",
                    "Размещение концептуальных документов (100% школ-участниц Проекта 500+)"
                })
        void isNoneForResults(String result) {
            assertThat(run("result.is-executor-list", RU, mikhailovsky(result))).isEmpty();
        }
    }

    @Nested
    class ObjectiveNoActivity {

        static Objective objective(String id, String title) {
            return Objective.builder().id(id).number(id + ".").title(title).build();
        }

        @Test
        void isReportedForAnObjectiveNoSectionServes() {
            // seed 004: objectives 4 and 5 have no block
            Roadmap r = roadmap()
                    .addObjectives(
                            objective("1", "разработка системы формирования кадрового резерва"),
                            objective("2", "масштабирование успешных практик региональной модели наставничества"))
                    .addSections(section(null, activity("1.")).withObjective("1"))
                    .build();
            assertThat(run("objective.no-activity", RU, r))
                    .containsExactly("/objectives/1 [objective.no-activity] WARNING: задачу 2 «масштабирование"
                            + " успешных практик региональной модели наставничества» не выполняет ни один раздел и ни"
                            + " одно мероприятие");
            assertThat(run("objective.no-activity", EN, r))
                    .containsExactly("/objectives/1 [objective.no-activity] WARNING: no section or activity serves"
                            + " objective 2 \"масштабирование успешных практик региональной модели наставничества\"");
        }

        @Test
        void countsAnActivityThatServesTheObjective() {
            Roadmap r = roadmap()
                    .addObjectives(objective("1", "первая"), objective("2", "вторая"))
                    .addSections(section(null, activity("1."), activity("2.").withObjective("2"))
                            .withObjective("1"))
                    .build();
            assertThat(run("objective.no-activity", RU, r)).isEmpty();
        }

        @Test
        void doesNotCountASectionWithoutActivities() {
            Roadmap r = roadmap()
                    .addObjectives(objective("1", "первая"), objective("2", "вторая"))
                    .addSections(
                            section(null, activity("1.")).withObjective("1"),
                            section(null).withObjective("2"))
                    .build();
            assertThat(violations("objective.no-activity", r))
                    .extracting(v -> v.pointer().toString())
                    .containsExactly("/objectives/1");
        }

        @Test
        void isNotCheckedWhenNoSectionOrActivityIsLinked() {
            Roadmap r = roadmap()
                    .addObjectives(objective("1", "первая"))
                    .addSections(section(null, activity("1.")))
                    .build();
            assertThat(run("objective.no-activity", RU, r)).isEmpty();
        }
    }

    @Nested
    class ObjectiveUnknown {

        @Test
        void isAnErrorAtTheReference() {
            Roadmap r = roadmap()
                    .addObjectives(
                            Objective.builder().id("1").title("первая").build(),
                            Objective.builder().id("2").title("вторая").build())
                    .addSections(
                            section(null, activity("1.")).withObjective("1"),
                            section(null, activity("2.").withObjective("7")))
                    .build();
            assertThat(run("objective.unknown", RU, r))
                    .containsExactly("/sections/1/activities/0/objective [objective.unknown] ERROR: ссылка на задачу"
                            + " «7», которой нет (задачи: 1, 2)");
            assertThat(run("objective.unknown", EN, r))
                    .containsExactly("/sections/1/activities/0/objective [objective.unknown] ERROR: refers to objective"
                            + " \"7\", which does not exist (objectives: 1, 2)");
            assertThat(violations("objective.unknown", r).get(0).arguments())
                    .containsExactly(Map.entry("objective", "7"), Map.entry("known", List.of("1", "2")));
        }

        @Test
        void saysWhenTheRoadmapHasNoObjectives() {
            Roadmap r = of(section(null, activity("1.")).withObjective("1"));
            assertThat(run("objective.unknown", RU, r))
                    .containsExactly("/sections/0/objective [objective.unknown] ERROR: ссылка на задачу «1», но в"
                            + " дорожной карте нет задач");
            assertThat(run("objective.unknown", EN, r))
                    .containsExactly(
                            "/sections/0/objective [objective.unknown] ERROR: refers to objective \"1\", but the"
                                    + " roadmap has no objectives");
        }

        @Test
        void isNoneForKnownObjectives() {
            Roadmap r = roadmap()
                    .addObjectives(Objective.builder().id("1").title("первая").build())
                    .addSections(
                            section(null, activity("1.").withObjective("1")).withObjective("1"))
                    .build();
            assertThat(run("objective.unknown", RU, r)).isEmpty();
        }
    }

    @Nested
    class UnknownOrganisation {

        static Roadmap withExecutor(OrganisationExecutor executor) {
            Organisation mouo = Organisation.builder()
                    .abbreviation("МОУО")
                    .name("муниципальные органы управления образованием")
                    .build();
            Section s = section("Задача 1.", activity(null).withExecutors(OrganisationExecutor.of("МОУО"), executor));
            return roadmap().addOrganisations(mouo).addSections(s).build();
        }

        @Test
        void isAnErrorAtTheExecutor() {
            Roadmap r = withExecutor(new OrganisationExecutor("МО ПК", "Министерство образования Приморского края"));
            assertThat(run("executor.unknown-organisation", RU, r))
                    .containsExactly("/sections/0/activities/0/executors/1 [executor.unknown-organisation] ERROR:"
                            + " исполнитель «Министерство образования Приморского края» ссылается на организацию «МО ПК»,"
                            + " которой нет в перечне организаций");
            assertThat(run("executor.unknown-organisation", EN, r))
                    .containsExactly("/sections/0/activities/0/executors/1 [executor.unknown-organisation] ERROR: the"
                            + " executor \"Министерство образования Приморского края\" refers to the organisation \"МО"
                            + " ПК\", which is not in the glossary");
        }

        @Test
        void isNoneForOrganisationsOfTheGlossary() {
            Roadmap r = withExecutor(new OrganisationExecutor("МОУО", "муниципальные органы управления образованием"));
            assertThat(run("executor.unknown-organisation", RU, r)).isEmpty();
        }

        @Test
        void findsAnOrganisationWithoutAbbreviationByItsName() {
            Organisation department =
                    Organisation.builder().name("Отдел образования").build();
            Roadmap r = roadmap()
                    .addOrganisations(department)
                    .addSections(
                            section("I.", activity("1").withExecutors(OrganisationExecutor.of("Отдел образования"))))
                    .build();
            assertThat(run("executor.unknown-organisation", RU, r)).isEmpty();
        }
    }
}
