package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.MonthRef;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Russian words for values built in code (the text a deadline gets when nobody wrote one) and the word forms the
 * {@link DeadlineParser} reads.
 *
 * <p>Every text this class generates reads back to the same value with {@link DeadlineParser#parse(String)}, for years
 * 1000 to 9999 (the parser reads a year as four digits).
 */
public final class RussianWords {

    /**
     * The forms of each month the parser reads, folded to lower case with "ё" as "е": nominative, genitive,
     * prepositional and abbreviations ("янв", read with or without a dot).
     */
    private static final String[][] MONTH_FORMS = {
        {"январь", "января", "январе", "янв"},
        {"февраль", "февраля", "феврале", "фев", "февр"},
        {"март", "марта", "марте", "мар"},
        {"апрель", "апреля", "апреле", "апр"},
        {"май", "мая", "мае"},
        {"июнь", "июня", "июне", "июн"},
        {"июль", "июля", "июле", "июл"},
        {"август", "августа", "августе", "авг"},
        {"сентябрь", "сентября", "сентябре", "сен", "сент"},
        {"октябрь", "октября", "октябре", "окт"},
        {"ноябрь", "ноября", "ноябре", "ноя", "нояб"},
        {"декабрь", "декабря", "декабре", "дек"}
    };

    /** Each form of {@link #MONTH_FORMS} with the number of its month. */
    private static final WordTable MONTH_BY_FORM;

    static {
        Map<String, Integer> byForm = new HashMap<>();
        for (int i = 0; i < MONTH_FORMS.length; i++) {
            for (String form : MONTH_FORMS[i]) {
                byForm.put(form, i + 1);
            }
        }
        MONTH_BY_FORM = WordTable.of(byForm);
    }

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
     * Returns the month that folded chars name.
     *
     * @param s the chars, in lower case with "е" for "ё"
     * @param from the index of the first char of the form, without a trailing dot: "января", "сент"
     * @param to the index after its last char
     * @return the month, or null when the chars are no form of a month
     */
    static Month monthOf(char[] s, int from, int to) {
        int month = MONTH_BY_FORM.get(s, from, to);
        return month == WordTable.ABSENT ? null : Month.of(month);
    }

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
