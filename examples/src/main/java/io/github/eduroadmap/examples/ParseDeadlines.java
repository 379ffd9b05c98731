package io.github.eduroadmap.examples;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import java.time.LocalDate;

/**
 * Reads Russian deadline phrases of real roadmaps into typed deadlines and asks each its due dates within a period.
 * No phrase ever throws: what no rule understands stays an unparsed deadline with its words.
 */
public final class ParseDeadlines {

    private ParseDeadlines() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        DateRange period = DateRange.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30));
        String[] phrases = {
            "Сентябрь - октябрь",
            "март",
            "Ноябрь 2022-август 2023",
            "До 20 января 2022",
            "Ежемесячно /по запросу МОУО",
            "ежемесячно до 10 числа месяца, следующего за отчетным",
            "По окончании каждой учебной четверти",
            "В течение 2023 года",
            "Сентяьбря"
        };
        for (String phrase : phrases) {
            Deadline d = Deadline.parse(phrase);
            System.out.printf(
                    "%-55s %-14s latest %-12s within %s: %s%n",
                    phrase,
                    d.getClass().getSimpleName(),
                    d.latestDueDate(period).map(LocalDate::toString).orElse("-"),
                    period,
                    d.isWithin(period));
        }
    }
}
