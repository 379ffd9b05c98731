package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.MonthRef;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

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

    private static final Map<String, Month> MONTH_BY_FORM;

    private static final String MONTH_ALTERNATION;

    static {
        Map<String, Month> byForm = new HashMap<>();
        for (int i = 0; i < MONTH_FORMS.length; i++) {
            for (String form : MONTH_FORMS[i]) {
                byForm.put(form, Month.of(i + 1));
            }
        }
        MONTH_BY_FORM = Map.copyOf(byForm);
        MONTH_ALTERNATION = trie(new TreeSet<>(byForm.keySet()), "");
    }

    /**
     * Writes words as a regular expression shaped like a trie, "(?:ма(?:р(?:т(?:а|е)?)?|й|я|е)|...)", so that a
     * regular expression engine, which tries the branches of an alternation one by one, decides on each character
     * once instead of once per word.
     *
     * @param words the words, sorted
     * @param prefix the characters already written
     * @return the expression for the words that start with {@code prefix}, after it
     */
    private static String trie(SortedSet<String> words, String prefix) {
        List<String> branches = new ArrayList<>();
        boolean complete = false;
        Character last = null;
        for (String w : words) {
            if (w.length() == prefix.length()) {
                complete = true;
                continue;
            }
            char next = w.charAt(prefix.length());
            if (last == null || last != next) {
                last = next;
                String longer = prefix + next;
                SortedSet<String> tail = words.subSet(longer, longer + Character.MAX_VALUE);
                branches.add(next + trie(tail, longer));
            }
        }
        if (branches.isEmpty()) {
            return "";
        }
        if (branches.size() == 1 && !complete) {
            return branches.get(0);
        }
        String alternation = branches.size() == 1 && branches.get(0).length() == 1
                ? branches.get(0)
                : "(?:" + String.join("|", branches) + ")";
        return complete ? alternation + "?" : alternation;
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
     * Returns the month a folded word form names.
     *
     * @param form a form in lower case with "е" for "ё", without a trailing dot: "января", "сент"
     * @return the month, or null when the form is not one of a month
     */
    static Month monthOf(String form) {
        return MONTH_BY_FORM.get(form);
    }

    /**
     * Returns a regular expression that matches every month form and nothing else, without capturing groups.
     *
     * @return "(?:а(?:вг(?:уст(?:а|е)?)?|пр(?:ел(?:ь|я|е))?)|...)"
     */
    static String monthAlternation() {
        return MONTH_ALTERNATION;
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
