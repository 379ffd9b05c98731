package io.github.eduroadmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CalendarExporterTests {

    static final Path ROADMAPS = Path.of("..", "examples", "roadmaps");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-15T00:00:00Z"), ZoneOffset.UTC);

    static Roadmap example(String name) {
        return RoadmapMapper.yaml().read(ROADMAPS.resolve(name));
    }

    static List<VEvent> parse(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(VEvent.VEVENT);
    }

    static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static List<VEvent> reports(List<VEvent> events) {
        return events.stream()
                .filter(e -> value(e, "CATEGORIES").equals("Отчёт"))
                .collect(Collectors.toList());
    }

    @Nested
    class TheRegionalRoadmapOf2021 {
        private final Roadmap roadmap = example("primorsky-krai-2021-low-results.yaml");
        private final String ics = CalendarExporter.create().withClock(CLOCK).writeToString(roadmap);

        @Test
        void holdsTheTwelveMonthlyReportDueDatesMovedByArticle193() throws Exception {
            assertThat(reports(parse(ics)))
                    .extracting(e -> value(e, "DTSTART"))
                    .containsExactly(
                            "20210210",
                            "20210310",
                            "20210412",
                            "20210511",
                            "20210610",
                            "20210712",
                            "20210810",
                            "20210910",
                            "20211011",
                            "20211110",
                            "20211210",
                            "20220110");
        }

        @Test
        void saysWhichDueDatesMovedAndFromWhatDay() throws Exception {
            List<VEvent> reports = reports(parse(ics));
            assertThat(reports)
                    .filteredOn(e -> value(e, "DESCRIPTION").contains("ст. 193 ГК РФ"))
                    .extracting(e -> value(e, "DTSTART"))
                    .containsExactly("20210412", "20210511", "20210712", "20211011");
            assertThat(value(reports.get(2), "DESCRIPTION"))
                    .contains("Перенесён с 10.04.2021, нерабочего дня, на 12.04.2021, следующий рабочий день")
                    .contains("Срок истекает 12.04.2021 в 24:00 (Asia/Vladivostok)");
            assertThat(value(reports.get(0), "SUMMARY")).isEqualTo("Отчёт МОУО за январь 2021");
        }

        @Test
        void makesAllDayEventsCarryingTheRoadmap() throws Exception {
            VEvent first = reports(parse(ics)).get(0);
            assertThat(first.getProperty("DTSTART")
                            .orElseThrow()
                            .getParameter("VALUE")
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("DATE");
            assertThat(value(first, "DTEND")).isEqualTo("20210211");
            assertThat(value(first, "DESCRIPTION"))
                    .contains("Отчитывается: МОУО")
                    .contains("Кому: министерство образования Приморского края")
                    .endsWith("(primorsky-krai-2021-low-results)");
            assertThat(value(first, "X-EDUROADMAP-ROADMAP")).isEqualTo("primorsky-krai-2021-low-results");
            assertThat(ics).contains("X-WR-TIMEZONE:Asia/Vladivostok");
        }

        @Test
        void holdsTheDueDatesOfTheActivities() throws Exception {
            List<VEvent> activities = parse(ics).stream()
                    .filter(e -> value(e, "CATEGORIES").equals("Мероприятие"))
                    .collect(Collectors.toList());
            int expected = roadmap.activities().stream()
                    .filter(a -> a.deadline().isPresent())
                    .mapToInt(a -> (int) a.deadline()
                            .get()
                            .dueDates(roadmap.period().orElseThrow())
                            .size())
                    .sum();
            assertThat(activities).hasSize(expected).isNotEmpty();
            assertThat(activities)
                    .allSatisfy(e -> assertThat(value(e, "DESCRIPTION")).contains("Мероприятие: "));
        }

        @Test
        void givesTheSameUidsWhenExportedAgain() throws Exception {
            String again = CalendarExporter.create()
                    .withClock(Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC))
                    .writeToString(roadmap);
            List<String> uids = parse(ics).stream().map(e -> value(e, "UID")).collect(Collectors.toList());
            assertThat(uids).doesNotHaveDuplicates();
            assertThat(parse(again).stream().map(e -> value(e, "UID"))).containsExactlyElementsOf(uids);
        }

        @Test
        void keepsOnlyTheEventsOfARange() throws Exception {
            String spring = CalendarExporter.create()
                    .withRange(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 31))
                    .writeToString(roadmap);
            assertThat(reports(parse(spring)))
                    .extracting(e -> value(e, "DTSTART"))
                    .containsExactly("20210412", "20210511");
            assertThat(parse(spring))
                    .allSatisfy(e -> assertThat(value(e, "DTSTART")).isBetween("20210401", "20210531"));
        }
    }

    @Nested
    class Activities {
        private final Roadmap roadmap = Roadmap.builder()
                .id(RoadmapId.of("test"))
                .title("План")
                .level(Level.SCHOOL)
                .period(DateRange.ofYear(2022))
                .addSections(Section.builder()
                        .number("1.")
                        .title("Раздел")
                        .addActivities(Activity.builder()
                                .number("2.")
                                .title("Семинары")
                                .deadline(Deadline.parse("Март - апрель"))
                                .addExecutors(new RoleExecutor("Кураторы"))
                                .build())
                        .addActivities(Activity.builder()
                                .title("Справка")
                                .deadline(Deadline.parse("ежемесячно до 10 числа месяца, следующего за отчетным"))
                                .build())
                        .addActivities(Activity.builder()
                                .title("По графику")
                                .deadline(Deadline.parse("По утвержденному графику"))
                                .build())
                        .build())
                .build();

        @Test
        void putsASpanOfWorkOnItsLastDayUnmoved() throws Exception {
            // 30.04.2022 is a Saturday: a span of work ends on its last day, it is no term to move
            VEvent seminars = parse(CalendarExporter.create().writeToString(roadmap)).stream()
                    .filter(e -> value(e, "SUMMARY").equals("2. Семинары"))
                    .findFirst()
                    .orElseThrow();
            assertThat(value(seminars, "DTSTART")).isEqualTo("20220430");
            assertThat(value(seminars, "DESCRIPTION"))
                    .contains("Срок: Март - апрель (01.03.2022 – 30.04.2022)")
                    .contains("Исполнители: Кураторы")
                    .contains("Раздел: 1. Раздел")
                    .doesNotContain("Перенесён");
        }

        @Test
        void movesTheDueDatesOfARecurringRuleAndSkipsDeadlinesWithoutDates() throws Exception {
            List<VEvent> events = parse(CalendarExporter.create().writeToString(roadmap));
            assertThat(events)
                    .filteredOn(e -> value(e, "SUMMARY").equals("Справка"))
                    .extracting(e -> value(e, "DTSTART"))
                    .hasSize(12)
                    // 10.07.2022 is a Sunday, 10.09.2022 a Saturday, 10.12.2022 a Saturday
                    .contains("20220711", "20220912", "20221212");
            assertThat(events).noneMatch(e -> value(e, "SUMMARY").equals("По графику"));
        }

        @Test
        void needsAPeriodOrARange() {
            Roadmap undated = Roadmap.builder()
                    .from(roadmap)
                    .period(java.util.Optional.empty())
                    .build();
            assertThatThrownBy(() -> CalendarExporter.create().writeToString(undated))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("test: the roadmap has no period, so its deadlines have no dates; give a range (from"
                            + " and to)");
            assertThat(CalendarExporter.create()
                            .withRange(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31))
                            .count(undated))
                    // the reports on September to November, due 10.10, 10.11 and 12.12 (the report on December is
                    // due in January, outside the range); the seminars end in April, before it
                    .isEqualTo(3);
        }
    }
}
