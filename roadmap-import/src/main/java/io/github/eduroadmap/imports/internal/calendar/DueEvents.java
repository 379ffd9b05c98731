package io.github.eduroadmap.imports.internal.calendar;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds every concrete due date of a roadmap within a period: each occurrence of each activity's deadline
 * ({@link Deadline#occurrences(DateRange)}), and each report due under its reporting requirements, moved to the next
 * working day where it falls on a non-working day (Civil Code art. 193,
 * {@link ProductionCalendar#rollForward(LocalDate)}).
 *
 * <p>Which due dates move: those set by a rule "до N числа месяца, следующего за отчетным" (a reporting requirement's,
 * or an activity's recurring deadline with such a rule) are the last days of a term and move; the end of a span of
 * work ("Сентябрь - октябрь" ends on 31 October) is not a term to submit something and stays.
 */
public final class DueEvents {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int SUMMARY_LENGTH = 150;

    private DueEvents() {}

    /**
     * Lists the due dates of a roadmap in order of date.
     *
     * @param roadmap the roadmap
     * @param period the period whose occurrences count (usually the roadmap's)
     * @param calendar the production calendar for the moves of art. 193
     * @return the events, by due date, then by key
     */
    public static List<DueEvent> of(Roadmap roadmap, DateRange period, ProductionCalendar calendar) {
        List<DueEvent> events = new ArrayList<>();
        String footer = "Дорожная карта: " + roadmap.title() + " (" + roadmap.id() + ")";
        String zone = roadmap.timeZone().map(z -> " (" + z.getId() + ")").orElse("");
        for (int s = 0; s < roadmap.sections().size(); s++) {
            Section section = roadmap.sections().get(s);
            for (int a = 0; a < section.activities().size(); a++) {
                Activity activity = section.activities().get(a);
                if (activity.deadline().isEmpty()) {
                    continue;
                }
                Deadline deadline = activity.deadline().get();
                boolean moves = hasDueRule(deadline);
                String name = activity.number().map(n -> n + " ").orElse("") + activity.title();
                String key = roadmap.id() + "|activity|"
                        + activity.id().orElse(activity.number().orElse("") + "|" + activity.title());
                for (Occurrence o : distinctDueDates(deadline.occurrences(period))) {
                    DueDate due = moves ? calendar.rollForward(o.due()) : new DueDate(o.due(), o.due(), false);
                    List<String> lines = new ArrayList<>();
                    lines.add("Мероприятие: " + name);
                    lines.add("Срок: " + deadline.text() + window(o.window()));
                    lines.addAll(moved(due));
                    lines.add("Срок истекает " + DAY.format(due.due()) + " в 24:00" + zone);
                    if (!activity.executors().isEmpty()) {
                        lines.add("Исполнители: "
                                + activity.executors().stream()
                                        .map(Executor::text)
                                        .collect(Collectors.joining("; ")));
                    }
                    if (!activity.results().isEmpty()) {
                        lines.add("Ожидаемый результат: "
                                + activity.results().stream()
                                        .map(ExpectedResult::text)
                                        .collect(Collectors.joining("; ")));
                    }
                    lines.add("Раздел: " + section.number().map(n -> n + " ").orElse("") + section.title());
                    lines.add(footer);
                    events.add(new DueEvent(
                            key + "|" + o.due(),
                            due,
                            o.window(),
                            shorten(name),
                            lines,
                            "/sections/" + s + "/activities/" + a));
                }
            }
        }
        for (int r = 0; r < roadmap.reporting().size(); r++) {
            ReportingRequirement requirement = roadmap.reporting().get(r);
            String who = requirement.reporter().orElse("");
            String key = roadmap.id() + "|reporting|" + r + "|" + who;
            for (Occurrence o : distinctDueDates(requirement.deadline().occurrences(period))) {
                DueDate due = calendar.rollForward(o.due());
                List<String> lines = new ArrayList<>();
                requirement.reporter().ifPresent(x -> lines.add("Отчитывается: " + x));
                requirement.recipient().ifPresent(x -> lines.add("Кому: " + x));
                requirement.subject().ifPresent(x -> lines.add("Что: " + x));
                lines.add("Отчётный период: " + period(o.window()));
                lines.add("Срок: " + requirement.deadline().text());
                lines.addAll(moved(due));
                lines.add("Срок истекает " + DAY.format(due.due()) + " в 24:00" + zone);
                lines.add(footer);
                events.add(new DueEvent(
                        key + "|" + o.due(),
                        due,
                        o.window(),
                        shorten("Отчёт" + (who.isEmpty() ? "" : " " + who) + " за " + period(o.window())),
                        lines,
                        "/reporting/" + r));
            }
        }
        events.sort(Comparator.comparing((DueEvent e) -> e.due().due()).thenComparing(DueEvent::key));
        return List.copyOf(events);
    }

    private static boolean hasDueRule(Deadline deadline) {
        if (deadline instanceof Deadline.Recurring r) {
            return r.due().isPresent();
        }
        if (deadline instanceof Deadline.Combined c) {
            return c.parts().stream().anyMatch(DueEvents::hasDueRule);
        }
        return false;
    }

    /** One occurrence per nominal due date: two parts of a combined deadline due the same day are one event. */
    private static List<Occurrence> distinctDueDates(List<Occurrence> occurrences) {
        Map<LocalDate, Occurrence> byDue = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            byDue.merge(o.due(), o, (x, y) -> new Occurrence(x.window().span(y.window()), x.due()));
        }
        return List.copyOf(byDue.values());
    }

    private static List<String> moved(DueDate due) {
        List<String> lines = new ArrayList<>();
        if (due.moved()) {
            lines.add("Перенесён с " + DAY.format(due.nominal()) + ", нерабочего дня, на " + DAY.format(due.due())
                    + ", следующий рабочий день (ст. 193 ГК РФ)");
        }
        if (due.estimated()) {
            lines.add("Рабочие дни " + due.nominal().getYear()
                    + " года оценены без производственного календаря: проверьте перенос");
        }
        return lines;
    }

    private static String window(DateRange window) {
        return window.start().equals(window.end())
                ? ""
                : " (" + DAY.format(window.start()) + " – " + DAY.format(window.end()) + ")";
    }

    private static String period(DateRange window) {
        YearMonth month = YearMonth.from(window.start());
        if (window.equals(DateRange.ofMonth(month))) {
            return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RU) + " " + month.getYear();
        }
        return DAY.format(window.start()) + " – " + DAY.format(window.end());
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SUMMARY_LENGTH
                ? oneLine
                : oneLine.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "…";
    }
}
