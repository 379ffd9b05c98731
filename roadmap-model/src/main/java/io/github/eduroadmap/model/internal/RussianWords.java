package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.MonthRef;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/** Russian words for values built in code: the text a deadline gets when nobody wrote one. */
public final class RussianWords {

    private static final String[] MONTHS = {
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь"
    };

    private RussianWords() {}

    /**
     * Returns the nominative name of a month, in lower case.
     *
     * @param month the month
     * @return "январь" ... "декабрь"
     */
    public static String monthName(Month month) {
        return MONTHS[month.ordinal()];
    }

    /**
     * Returns a date as Russian documents print it.
     *
     * @param date the date
     * @return "dd.MM.yyyy"
     */
    public static String date(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /**
     * Returns a month with its year if it has one.
     *
     * @param month the month
     * @return "август 2022" or "март"
     */
    public static String month(MonthRef month) {
        return monthName(month.month()) + month.year().map(y -> " " + y).orElse("");
    }

    /**
     * Returns the words of a recurring deadline.
     *
     * @param frequency how often
     * @param due the due rule, if any
     * @return e.g. "ежемесячно до 10 числа месяца, следующего за отчетным"
     */
    public static String recurring(Frequency frequency, Optional<DueRule> due) {
        String words;
        switch (frequency) {
            case MONTHLY:
                words = "ежемесячно";
                break;
            case QUARTERLY:
                words = "ежеквартально";
                break;
            case HALF_YEARLY:
                words = "по полугодиям";
                break;
            case YEARLY:
                words = "ежегодно";
                break;
            case SCHOOL_QUARTERLY:
                words = "по окончании каждой учебной четверти";
                break;
            case SCHOOL_HALF_YEARLY:
                words = "по полугодиям учебного года";
                break;
            default:
                throw new AssertionError(frequency);
        }
        return due.map(r -> words + " до " + r.day() + " числа месяца, следующего за отчетным")
                .orElse(words);
    }
}
