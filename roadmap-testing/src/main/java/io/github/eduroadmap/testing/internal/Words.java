package io.github.eduroadmap.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/** Russian words for dates, months and numbers, as the seed documents print them. */
public final class Words {

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

    private static final String[] MONTHS_GENITIVE = {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
    };

    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    private Words() {}

    /**
     * Returns the nominative name of a month in lower case.
     *
     * @param month the month
     * @return "январь" ... "декабрь"
     */
    public static String month(Month month) {
        return MONTHS[month.ordinal()];
    }

    /**
     * Returns the genitive name of a month in lower case.
     *
     * @param month the month
     * @return "января" ... "декабря"
     */
    public static String monthGenitive(Month month) {
        return MONTHS_GENITIVE[month.ordinal()];
    }

    /**
     * Returns the words with the first letter in upper case.
     *
     * @param words the words
     * @return "Август 2022" for "август 2022"
     */
    public static String capitalize(String words) {
        if (words.isEmpty()) {
            return words;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Returns a month and year as a heading prints it.
     *
     * @param month the month
     * @return "Август 2022"
     */
    public static String monthYear(YearMonth month) {
        return capitalize(month(month.getMonth())) + " " + month.getYear();
    }

    /**
     * Returns a date as "dd.MM.yyyy".
     *
     * @param date the date
     * @return e.g. "01.03.2021"
     */
    public static String date(LocalDate date) {
        StringBuilder b = new StringBuilder(10);
        twoDigits(b, date.getDayOfMonth()).append('.');
        twoDigits(b, date.getMonthValue()).append('.');
        return b.append(date.getYear()).toString();
    }

    /**
     * Returns a date in words.
     *
     * @param date the date
     * @return e.g. "20 января 2022"
     */
    public static String dateInWords(LocalDate date) {
        return date.getDayOfMonth() + " " + monthGenitive(date.getMonth()) + " " + date.getYear();
    }

    /**
     * Returns a positive number in Roman numerals.
     *
     * @param n the number, 1 or more
     * @return e.g. "IV"
     */
    public static String roman(int n) {
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                b.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return b.toString();
    }

    /**
     * Returns a number as Russian documents print it: a decimal comma.
     *
     * @param value the number
     * @return e.g. "52,8"
     */
    public static String number(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /**
     * Returns the form of a noun that follows a count: 1 куратор, 2 куратора, 5 кураторов.
     *
     * @param n the count
     * @param one the form after 1, 21, 31...
     * @param few the form after 2-4, 22-24...
     * @param many the form after 0, 5-20, 25-30...
     * @return the form
     */
    public static String plural(long n, String one, String few, String many) {
        long mod100 = Math.abs(n) % 100;
        long mod10 = mod100 % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        if (mod10 == 1) {
            return one;
        }
        if (mod10 >= 2 && mod10 <= 4) {
            return few;
        }
        return many;
    }

    private static StringBuilder twoDigits(StringBuilder b, int n) {
        if (n < 10) {
            b.append('0');
        }
        return b.append(n);
    }
}
