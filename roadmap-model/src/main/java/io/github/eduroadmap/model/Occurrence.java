package io.github.eduroadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One concrete occurrence of a deadline within a roadmap period: the days the work covers and the day it is due.
 *
 * <p>For "Сентябрь - октябрь" the window is 1 September to 31 October and the due date 31 October; for a monthly
 * report due "до 10 числа месяца, следующего за отчетным" the window is the reporting month and the due date the
 * 10th of the next month. The due date is nominal: moving it to a working day is the calendar's work.
 *
 * @param window the days the occurrence covers
 * @param due the nominal due date
 */
public record Occurrence(DateRange window, LocalDate due) implements Comparable<Occurrence> {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Occurrence {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(due, "due");
    }

    @Override
    public int compareTo(Occurrence other) {
        int c = due.compareTo(other.due);
        if (c == 0) {
            c = window.start().compareTo(other.window.start());
        }
        return c == 0 ? window.end().compareTo(other.window.end()) : c;
    }
}
