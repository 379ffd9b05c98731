package io.github.eduroadmap.validation;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Small roadmaps and monitoring documents built in code, valid unless a test breaks them. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

    private Fixtures() {}

    /** A roadmap with every part Bean Validation looks at, and nothing wrong with it. */
    static Roadmap roadmap() {
        return Roadmap.builder()
                .id(RoadmapId.of("mikhailovsky-2022"))
                .title("муниципальная «дорожная карта» по реализации Проекта «500+»")
                .level(Level.MUNICIPAL)
                .programme("500+")
                .period(DateRange.ofYear(2022))
                .approval(ApprovalDocument.builder()
                        .kind(ApprovalKind.ORDER)
                        .number("234")
                        .date(LocalDate.of(2022, 4, 20))
                        .signatory(Person.of("О.В. Шатохина", "Начальник"))
                        .build())
                .addObjectives(
                        Objective.builder()
                                .id("1")
                                .number("1.")
                                .title("принятие управленческих решений")
                                .build(),
                        Objective.builder()
                                .id("2")
                                .title("развитие кадрового потенциала")
                                .build())
                .addOrganisations(Organisation.builder()
                        .abbreviation("МОУО")
                        .name("муниципальные органы управления образованием")
                        .build())
                .addTerms(new Term("ШНОР", "школы с низкими результатами обучения"))
                .addParticipants(Participant.builder()
                        .kind(ParticipantKind.SCHOOL)
                        .name("МОАУ «Калининская СОШ»")
                        .head(Person.of("Жерноклёвой Валентине Ивановне", "руководитель"))
                        .build())
                .addContext(ContextFact.builder()
                        .text("16 общеобразовательных организаций: 75% городские, 25% сельские")
                        .total(new BigDecimal("16"))
                        .addShares(
                                new Share("городские", new BigDecimal("75"), Optional.of(new BigDecimal("12"))),
                                new Share("сельские", new BigDecimal("25"), Optional.of(new BigDecimal("4"))))
                        .partition(true)
                        .build())
                .addSections(
                        Section.builder()
                                .number("1.")
                                .title("Организационные мероприятия")
                                .objective("1")
                                .addActivities(
                                        Activity.builder()
                                                .id("a-1")
                                                .number("1.")
                                                .title("Семинар для управленческих команд")
                                                .deadline(Deadline.parse("в течение всего периода"))
                                                .addExecutors(OrganisationExecutor.of("МОУО"))
                                                .addResults(ExpectedResult.parse("100% школ-участниц"))
                                                .build(),
                                        Activity.builder()
                                                .id("a-2")
                                                .number("2.")
                                                .title("Совещание кураторов")
                                                .deadline(Deadline.parse("в течение всего периода"))
                                                .objective("2")
                                                .addExecutors(new RoleExecutor("муниципальный координатор"))
                                                .addResults(ExpectedResult.ofText("Проведено совещание"))
                                                .build())
                                .build(),
                        Section.builder()
                                .number("2.")
                                .title("Методическое сопровождение")
                                .objective("2")
                                .addActivities(Activity.builder()
                                        .id("a-3")
                                        .number("1.")
                                        .title("Вебинар")
                                        .deadline(Deadline.parse("в течение всего периода"))
                                        .addExecutors(OrganisationExecutor.of("МОУО"))
                                        .addResults(ExpectedResult.ofText("Проведён вебинар"))
                                        .build())
                                .build())
                .build();
    }

    /** A monitoring document of {@link #roadmap()}, with nothing wrong with it. */
    static Monitoring monitoring() {
        return Monitoring.builder()
                .roadmap(RoadmapId.of("mikhailovsky-2022"))
                .addReports(ReportSubmission.builder()
                        .period(DateRange.ofMonth(YearMonth.of(2022, 3)))
                        .reporter("МОУО")
                        .submitted(LocalDate.of(2022, 4, 8))
                        .build())
                .addMeasurements(IndicatorMeasurement.builder()
                        .result("/sections/0/activities/0/results/0")
                        .value(new BigDecimal("64"))
                        .unit(Unit.PERCENT)
                        .date(LocalDate.of(2022, 6, 1))
                        .build())
                .addProgress(ActivityProgress.builder()
                        .activity("a-1")
                        .status(ActivityStatus.DONE)
                        .build())
                .build();
    }

    /** Returns {@link #roadmap()} with section {@code s}'s activity {@code a} changed. */
    static Roadmap withActivity(int s, int a, UnaryOperator<Activity> change) {
        Roadmap r = roadmap();
        List<Section> sections = new ArrayList<>(r.sections());
        List<Activity> activities = new ArrayList<>(sections.get(s).activities());
        activities.set(a, change.apply(activities.get(a)));
        sections.set(s, sections.get(s).withActivities(activities));
        return r.withSections(sections);
    }

    /** Returns {@link #roadmap()} with section {@code s} changed. */
    static Roadmap withSection(int s, UnaryOperator<Section> change) {
        Roadmap r = roadmap();
        List<Section> sections = new ArrayList<>(r.sections());
        sections.set(s, change.apply(sections.get(s)));
        return r.withSections(sections);
    }
}
