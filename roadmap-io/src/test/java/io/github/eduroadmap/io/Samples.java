package io.github.eduroadmap.io;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Territory;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built documents that use every field of the format. */
final class Samples {

    private Samples() {}

    /** The phrases of the seeds, as deadlines read from words: written as words whatever the parser makes of them. */
    static final List<String> DEADLINE_WORDS = List.of(
            "Август 2022",
            "Сентябрь - октябрь",
            "До 20 января 2022",
            "01.04.2021-31.05.2021",
            "23.06.2021, 17.11.2021",
            "Ежемесячно /по запросу МОУО",
            "Ежеквартально",
            "По окончании каждой учебной четверти",
            "По полугодиям учебного года",
            "в течение всего периода",
            "В течение 2023 года",
            "По утвержденному графику",
            "Ноябрь 2022-август 2023",
            "Январь-май 2023г.",
            "ежемесячно в срок до 10 числа месяца, следующего за отчетным",
            "Февраль-ноябрь (по утвержденному графику)",
            "О 1 А О  О  Л Л 1",
            "март");

    /** One deadline of every variant, each with words that do not read as that value. */
    static List<Deadline> typedDeadlines() {
        return List.of(
                new Deadline.OnDate("к началу учебного года (01.09.2022)", LocalDate.of(2022, 9, 1)),
                new Deadline.ByDate("до конца первой четверти", LocalDate.of(2022, 10, 28)),
                new Deadline.OnDates("в дни заседаний", List.of(LocalDate.of(2021, 6, 23), LocalDate.of(2021, 11, 17))),
                new Deadline.InMonth("в начале года", MonthRef.of(YearMonth.of(2023, 1))),
                new Deadline.InMonth("весной (апрель)", MonthRef.of(Month.APRIL)),
                new Deadline.MonthSpan("осень", MonthRef.of(Month.SEPTEMBER), MonthRef.of(YearMonth.of(2022, 11))),
                new Deadline.DateSpan("две недели", LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 14)),
                new Deadline.DateSpan("наоборот", LocalDate.of(2021, 5, 31), LocalDate.of(2021, 4, 1)),
                new Deadline.Recurring("помесячно", Frequency.MONTHLY, Optional.of(new DueRule(10))),
                new Deadline.Recurring("каждую четверть", Frequency.SCHOOL_QUARTERLY, Optional.empty()),
                new Deadline.Recurring("раз в полгода", Frequency.HALF_YEARLY, Optional.of(new DueRule(31))),
                new Deadline.Throughout("В течение года", Optional.of(Year.of(2021))),
                new Deadline.Throughout("постоянно, весь срок", Optional.empty()),
                new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.of("МОУО")),
                new Deadline.ByArrangement("по мере необходимости", Arrangement.AS_NEEDED, Optional.empty()),
                new Deadline.Combined(
                        "Февраль-ноябрь (по утвержденному графику)",
                        List.of(
                                new Deadline.MonthSpan(
                                        "Февраль-ноябрь", MonthRef.of(Month.FEBRUARY), MonthRef.of(Month.NOVEMBER)),
                                new Deadline.ByArrangement(
                                        "по утвержденному графику", Arrangement.SCHEDULE, Optional.empty()))),
                new Deadline.Combined(
                        "Ежемесячно /по запросу МОУО",
                        List.of(
                                Deadline.parse("Ежемесячно"),
                                new Deadline.Combined(
                                        "по запросу МОУО",
                                        List.of(
                                                new Deadline.Unparsed("по запросу"),
                                                new Deadline.ByArrangement(
                                                        "МОУО", Arrangement.REQUEST, Optional.of("МОУО")))))),
                new Deadline.Unparsed("Сентябрь - октябрь, а может и позже"),
                Deadline.every(Frequency.YEARLY, Optional.empty()),
                Deadline.throughout(Year.of(2023)),
                Deadline.between(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 31)),
                Deadline.between(YearMonth.of(2022, 11), YearMonth.of(2023, 8)),
                Deadline.by(LocalDate.of(2022, 1, 20)),
                Deadline.in(YearMonth.of(2022, 8)));
    }

    static Map<String, ExtensionValue> extensionsOfEveryKind() {
        Map<String, ExtensionValue> inner = new LinkedHashMap<>();
        inner.put("число", ExtensionValue.of(new BigDecimal("52.80")));
        inner.put("", ExtensionValue.of("пустое имя"));
        inner.put("234", ExtensionValue.of("234"));
        inner.put("null", new ExtensionValue.Null());
        Map<String, ExtensionValue> ext = new LinkedHashMap<>();
        ext.put("portalId", ExtensionValue.of("МИХ-2022-001"));
        ext.put("count", ExtensionValue.of(new BigDecimal("1E+3")));
        ext.put("tiny", ExtensionValue.of(new BigDecimal("0E-10")));
        ext.put("negative", ExtensionValue.of(new BigDecimal("-0.5")));
        ext.put("big", ExtensionValue.of(new BigDecimal("123456789012345678901234567890.123456789")));
        ext.put("yes", ExtensionValue.of(true));
        ext.put("no", ExtensionValue.of(false));
        ext.put("nothing", new ExtensionValue.Null());
        ext.put("looksLikeNumber", ExtensionValue.of("52.80"));
        ext.put("looksLikeBool", ExtensionValue.of("true"));
        ext.put("looksLikeNull", ExtensionValue.of("~"));
        ext.put("emptyText", ExtensionValue.of(""));
        ext.put(
                "list",
                new ExtensionValue.ListValue(List.of(
                        ExtensionValue.of("a"),
                        ExtensionValue.of(BigDecimal.TEN),
                        new ExtensionValue.ListValue(List.of()),
                        new ExtensionValue.MapValue(Map.of()),
                        new ExtensionValue.Null())));
        ext.put("map", new ExtensionValue.MapValue(inner));
        ext.put("многострочный текст", ExtensionValue.of("первая строка\nвторая строка\n"));
        return ext;
    }

    static Organisation moouo() {
        return Organisation.builder()
                .abbreviation("МОУО")
                .name("муниципальные органы управления образованием")
                .kind(OrganisationKind.MUNICIPAL_AUTHORITY)
                .build();
    }

    /** A roadmap that uses every field of the format. */
    static Roadmap full() {
        Organisation moouo = moouo();
        Organisation iro = Organisation.builder()
                .abbreviation("ГАУ ДПО ПК ИРО")
                .name("государственное автономное учреждение дополнительного профессионального образования"
                        + " «Приморский краевой институт развития образования»")
                .kind(OrganisationKind.TEACHER_INSTITUTE)
                .putExtensions("inn", ExtensionValue.of("2536012345"))
                .build();
        Organisation noAbbreviation =
                Organisation.builder().name("Отдел образования").build();
        Organisation mopk = Organisation.builder()
                .abbreviation("МО ПК")
                .name("Министерство образования Приморского края")
                .kind(OrganisationKind.REGIONAL_AUTHORITY)
                .build();
        List<Organisation> organisations = List.of(moouo, iro, noAbbreviation, mopk);

        Activity everything = Activity.builder()
                .number("1.")
                .id("a-1-1")
                .title("Семинар «Внутренняя система оценки качества образования ОО: механизмы и инструменты»")
                .deadline(Deadline.parse("Август 2022"))
                .addExecutors(
                        io.github.eduroadmap.model.Executor.resolve("МОУО", organisations),
                        io.github.eduroadmap.model.Executor.resolve("Отдел образования", organisations),
                        io.github.eduroadmap.model.Executor.resolve("муниципальный координатор", organisations),
                        io.github.eduroadmap.model.Executor.resolve("Н.Е. Байрачный", organisations),
                        new OrganisationExecutor("МО ПК", "Министерство образования Приморского края (далее - МО ПК)"),
                        new OrganisationExecutor("ГАУ ДПО ПК ИРО", "ГАУ ДПО ПК ИРО"),
                        new PersonExecutor("Н.Е. Байрачный", Optional.of("директор"), "Н.Е. Байрачный"),
                        new PersonExecutor("Иванова", Optional.empty(), "методист Иванова"),
                        new RoleExecutor("МОУО"),
                        new RoleExecutor(
                                "Органы местного самоуправления, осуществляющие управление в сфере образования"))
                .addResults(
                        ExpectedResult.parse("Не менее 60% родителей вовлечены в вопросы сотрудничества со школой"),
                        ExpectedResult.ofText("Проведено 5000 консультаций."),
                        new ExpectedResult(
                                "Обеспечена координация стопроцентной готовности",
                                Optional.of(new Target(
                                        "стопроцентной готовности",
                                        Comparison.EXACTLY,
                                        new BigDecimal("100"),
                                        Unit.PERCENT,
                                        Optional.of("педагогических работников"),
                                        Optional.of("на одного регионального методиста")))),
                        new ExpectedResult(
                                "не менее 10 семинаров/вебинаров",
                                Optional.of(new Target(
                                        "не менее 10 семинаров/вебинаров",
                                        Comparison.AT_LEAST,
                                        new BigDecimal("10"),
                                        Unit.COUNT,
                                        Optional.of("семинаров/вебинаров"),
                                        Optional.empty()))),
                        new ExpectedResult(
                                "не более 200 человек",
                                Optional.of(new Target(
                                        "не более 200 человек",
                                        Comparison.AT_MOST,
                                        new BigDecimal("2.00E+2"),
                                        Unit.TIMES,
                                        Optional.empty(),
                                        Optional.empty()))))
                .objective("2")
                .addNotes("Исполнители: текст обрезан разрывом страницы", "О 1 А О  О  Л Л 1")
                .extensions(extensionsOfEveryKind())
                .build();
        Activity minimal = Activity.builder().title("Экспертиза документов").build();

        Section.Builder typed = Section.builder()
                .number("II. 2.")
                .title("Мероприятия с каждым видом срока")
                .objective("2");
        int n = 1;
        for (Deadline d : typedDeadlines()) {
            typed.addActivities(Activity.builder()
                    .number(n++ + ".")
                    .title("Мероприятие со сроком «" + d.text() + "»")
                    .deadline(d)
                    .build());
        }
        Section.Builder words = Section.builder().title("Сроки словами документа");
        for (String w : DEADLINE_WORDS) {
            words.addActivities(Activity.builder()
                    .title("Мероприятие «" + w + "»")
                    .deadline(Deadline.parse(w))
                    .addResults(ExpectedResult.parse("100% школ-участниц Проекта 500+"))
                    .build());
        }

        return Roadmap.builder()
                .id(RoadmapId.of("mikhailovsky-2022-500plus"))
                .title("муниципальная «дорожная карта» по реализации Проекта «500+» на территории Михайловского района"
                        + " в 2022 году")
                .level(Level.MUNICIPAL)
                .territory(Territory.municipality("Приморский край", "Михайловский район"))
                .programme("500+")
                .period(DateRange.ofYear(2022))
                .timeZone(ZoneId.of("Asia/Vladivostok"))
                .approval(ApprovalDocument.builder()
                        .kind(ApprovalKind.ORDER)
                        .issuer("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ МИХАЙЛОВСКОГО РАЙОНА")
                        .place("с. Поярково")
                        .number("234")
                        .date(LocalDate.of(2022, 4, 20))
                        .dateText("« » Q_ 2021")
                        .title("Об утверждении муниципальной «дорожной карты» по реализации Проекта «500+» на"
                                + " территории Михайловского района в 2022 году")
                        .addressee("ФГБУ «Федеральный институт оценки качества образования»")
                        .signatory(Person.of("О.В. Шатохина", "Начальник"))
                        .addBody(
                                "В целях приведения муниципальной «дорожной карты» реализации Проекта 500+ в"
                                        + " соответствии с методическими рекомендациями",
                                "п р и к а з ы в а ю:",
                                "3. Руководителям общеобразовательных организаций:\nМОАУ «Калининская СОШ» -"
                                        + " Жерноклёвой Валентине Ивановне;\nМОБУ «Новочесноковская СОШ» - Лопатиной"
                                        + " Марине Ивановне;")
                        .putExtensions("scan", ExtensionValue.of("prikaz-234.pdf"))
                        .build())
                .addGoals("повышение качества образования в школах с низкими образовательными результатами")
                .addObjectives(
                        Objective.builder()
                                .id("1")
                                .number("1.")
                                .title("принятие управленческих решений, направленных на улучшение качества"
                                        + " образования")
                                .build(),
                        Objective.builder()
                                .id("2")
                                .title("развитие кадрового потенциала школ")
                                .putExtensions("weight", ExtensionValue.of(new BigDecimal("0.25")))
                                .build())
                .organisations(organisations)
                .addTerms(new Term("ШНОР", "общеобразовательные организации с низкими результатами обучения"))
                .addParticipants(
                        Participant.builder()
                                .kind(ParticipantKind.SCHOOL)
                                .name("МОАУ «Калининская СОШ»")
                                .head(Person.of("Жерноклёвой Валентине Ивановне", "руководитель"))
                                .build(),
                        Participant.builder()
                                .kind(ParticipantKind.MUNICIPAL_COORDINATOR)
                                .name("Кириносенко Татьяне Вячеславовне")
                                .position("заместителю начальника отдела образования администрации Михайловского"
                                        + " района")
                                .organisation("Отдел образования")
                                .putExtensions("phone", ExtensionValue.of("+7 (42346) 2-43-80"))
                                .build(),
                        Participant.builder()
                                .kind(ParticipantKind.CURATOR)
                                .name("Куратор без головы")
                                .head(Person.named("Без должности"))
                                .build())
                .addReporting(
                        ReportingRequirement.builder()
                                .deadline(
                                        Deadline.parse("ежемесячно в срок до 10 числа месяца, следующего за отчетным"))
                                .reporter("МОУО")
                                .recipient("министерство образования Приморского края")
                                .subject("информацию о реализации «дорожной карты»")
                                .build(),
                        ReportingRequirement.builder()
                                .deadline(Deadline.every(
                                        Frequency.MONTHLY, Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH)))
                                .putExtensions("channel", ExtensionValue.of("ИС МЭДК"))
                                .build())
                .addContext(
                        ContextFact.builder()
                                .text("По результатам анкетирования 16 общеобразовательных организаций показали"
                                        + " недостаточную вовлеченность (из них 75% - городские округа, 25% -"
                                        + " сельские территории)")
                                .total(new BigDecimal("16"))
                                .totalOf("общеобразовательных организаций")
                                .addShares(
                                        new Share("городские округа", new BigDecimal("75"), Optional.empty()),
                                        new Share(
                                                "сельские территории",
                                                new BigDecimal("25"),
                                                Optional.of(new BigDecimal("4"))))
                                .partition(true)
                                .build(),
                        ContextFact.builder()
                                .text("количество школ с низкими образовательными результатами (ШНОР) – 36% (176)")
                                .addShares(
                                        new Share("ШНОР", new BigDecimal("52.8"), Optional.of(new BigDecimal("176"))))
                                .build())
                .addColumns(
                        "№ п/п",
                        "Сроки реализации",
                        "Исполнители",
                        "Наименование мероприятий/мер",
                        "Показатель" + " результативности")
                .addSections(
                        Section.builder()
                                .number("I.")
                                .title("Нормативно-правовое и организационное обеспечение реализации проекта")
                                .objective("1")
                                .addNotes("строка раздела продолжается на следующей странице")
                                .addActivities(everything, minimal)
                                .putExtensions("colour", ExtensionValue.of("#ffcc00"))
                                .build(),
                        typed.build(),
                        words.build(),
                        Section.builder().title("Пустой раздел").build())
                .addNotes("Приложение к приказу", "стр. 2 из 5")
                .putExtensions("source", ExtensionValue.of("001_43de54d881a5ee30.txt"))
                .build();
    }

    /** The smallest roadmap the format allows. */
    static Roadmap minimal() {
        return Roadmap.builder()
                .id(RoadmapId.of("r"))
                .title("t")
                .level(Level.SCHOOL)
                .build();
    }

    /** A monitoring document that uses every field. */
    static Monitoring monitoring() {
        return Monitoring.builder()
                .roadmap(RoadmapId.of("primorsky-2021-low-results"))
                .title("Мониторинг исполнения «дорожной карты», 2021")
                .asOf(LocalDate.of(2021, 12, 31))
                .addReports(
                        ReportSubmission.builder()
                                .period(DateRange.ofMonth(YearMonth.of(2021, 3)))
                                .reporter("Управление образованием администрации Надеждинского муниципального"
                                        + " района")
                                .submitted(LocalDate.of(2021, 4, 12))
                                .recipient("министерство образования Приморского края")
                                .document("исх. № 112 от 12.04.2021")
                                .note("в срок")
                                .putExtensions("received", ExtensionValue.of("2021-04-12T10:15"))
                                .build(),
                        ReportSubmission.builder()
                                .period(DateRange.ofMonths(YearMonth.of(2021, 1), YearMonth.of(2021, 3)))
                                .reporter("МОУО")
                                .submitted(LocalDate.of(2021, 4, 9))
                                .build(),
                        ReportSubmission.builder()
                                .period(DateRange.ofMonths(YearMonth.of(2021, 2), YearMonth.of(2021, 5)))
                                .reporter("МОУО")
                                .submitted(LocalDate.of(2021, 6, 9))
                                .build(),
                        ReportSubmission.builder()
                                .period(new DateRange(LocalDate.of(2021, 2, 25), LocalDate.of(2021, 12, 12)))
                                .reporter("МОУО")
                                .submitted(LocalDate.of(2021, 12, 20))
                                .build(),
                        ReportSubmission.builder()
                                .period(DateRange.ofYear(2021))
                                .reporter("МОУО")
                                .submitted(LocalDate.of(2022, 1, 10))
                                .build())
                .addMeasurements(
                        IndicatorMeasurement.builder()
                                .result("/sections/3/activities/2/results/0")
                                .value(new BigDecimal("64"))
                                .unit(Unit.PERCENT)
                                .date(LocalDate.of(2021, 6, 30))
                                .scope("Надеждинский муниципальный район")
                                .source("анкетирование родителей")
                                .build(),
                        IndicatorMeasurement.builder()
                                .result("a-1-1/results/1")
                                .value(new BigDecimal("82.50"))
                                .unit(Unit.COUNT)
                                .date(LocalDate.of(2021, 9, 1))
                                .putExtensions("method", ExtensionValue.of("выборка"))
                                .build())
                .addProgress(
                        ActivityProgress.builder()
                                .activity("/sections/1/activities/4")
                                .status(ActivityStatus.DONE)
                                .asOf(LocalDate.of(2021, 5, 31))
                                .addEvidence("https://pkiro.ru/500plus/report-05.pdf", "приказ № 12")
                                .note("выполнено досрочно")
                                .build(),
                        ActivityProgress.builder()
                                .activity("a-1-1")
                                .status(ActivityStatus.IN_PROGRESS)
                                .build(),
                        ActivityProgress.builder()
                                .activity("a-2-1")
                                .status(ActivityStatus.CANCELLED)
                                .putExtensions("reason", ExtensionValue.of("отменено приказом"))
                                .build(),
                        ActivityProgress.builder()
                                .activity("a-3-1")
                                .status(ActivityStatus.PLANNED)
                                .build())
                .putExtensions("portal", ExtensionValue.of("edu.primorsky.ru"))
                .build();
    }
}
