package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Russian deadline phrases into {@link Deadline} values; never throws, never loses a character of the text.
 *
 * <p>The phrase is first {@link DeadlineText folded} (case, "ё", dashes, white space and line breaks), then read by
 * {@link DeadlineRules small rules}, one per family:
 *
 * <ul>
 *   <li>a date: "01.03.2021", "20 января 2022 г.", a two-digit year "01.03.21" in the 2000s;
 *   <li>a due-by date: "До 20 января 2022", "до 20.01.2022", "в срок до ...", "не позднее ...", "к ...", and the
 *       last day of a month or year: "до конца марта 2022", "до конца 2022 года";
 *   <li>several dates: "23.06.2021, 17.11.2021" (also with ";" or "и");
 *   <li>a span of dates: "01.04.2021-31.05.2021", "с 01.04.2021 по 31.05.2021", "01.04-31.05.2021" (the start takes
 *       the year of the end, or the year before when it would come after the end);
 *   <li>a month: "Август 2022", "март", "в январе", "сент. 2022", "в декабре 2021 года";
 *   <li>a span of months: "Сентябрь - октябрь", "Ноябрь 2022-август 2023", "с марта по май 2022", "Январь-май
 *       2023г." (a month without a year stays without one: the model takes it from the other end or the period);
 *   <li>a calendar quarter or half-year, read as the span of its months: "I квартал 2022" is January to March 2022,
 *       "1 квартал" January to March without a year, "I-II квартал" January to June, "2 полугодие 2022" July to
 *       December 2022;
 *   <li>a year or years: "2022 год", "в 2022 году" (throughout 2022), "2020-2022 гг." (January 2020 to December
 *       2022);
 *   <li>throughout: "в течение года", "в течение всего периода", "весь период", "постоянно", "в течение учебного
 *       года", "в период реализации проекта" are throughout the roadmap period (the words keep what they name; a
 *       school year without its years has no dates of its own); "в течение 2022 года", "В течение 2022 года
 *       постоянно" are throughout 2022;
 *   <li>recurring: "ежемесячно", "ежеквартально", "ежегодно", "по полугодиям", "1 раз в квартал", "раз в полгода";
 *       "по окончании каждой учебной четверти" (school quarters); "по полугодиям учебного года", "по окончании
 *       учебного полугодия" (school half-years); each with an optional due rule "(в срок) до N числа месяца,
 *       следующего за отчетным (месяцем|периодом|кварталом)"; the due rule alone is monthly ("кварталом" makes it
 *       quarterly);
 *   <li>by arrangement: "по утвержденному графику", "по графику" (a schedule; an abbreviation after it, "по графику
 *       МОУО", is the party), "по запросу МОУО" (a request; the words after it are the party), "по мере
 *       необходимости".
 * </ul>
 *
 * <p>A phrase no rule reads whole is split at "/", ",", ";", "(", ")" and the word "и"; when its pieces can be grouped
 * into at least two deadlines, fewest first, it is a {@link Deadline.Combined} whose parts keep their own words, a
 * substring of the phrase ("Февраль-ноябрь (по утвержденному графику)" gives "Февраль-ноябрь" and "по утвержденному
 * графику"). Otherwise it is {@link Deadline.Unparsed}, and so is any phrase that names an impossible date
 * ("31.02.2022") or is longer than {@value #MAX_LENGTH} characters.
 *
 * <p>Every rule is a scan from left to right that decides at each char (see {@link DeadlineRules}), and a phrase has
 * at most {@value #MAX_SEGMENTS} pieces, so the work is linear in the length of the phrase and bounded.
 */
public final class DeadlineParser {

    /** The longest phrase read; a table cell of a deadline is far shorter. */
    static final int MAX_LENGTH = 500;

    /** The most pieces a combined phrase is split into. */
    static final int MAX_SEGMENTS = 8;

    private DeadlineParser() {}

    /**
     * Reads a phrase; never throws.
     *
     * @param text the words
     * @return the deadline, keeping {@code text} exactly as {@link Deadline#text()}
     */
    public static Deadline parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return new Deadline.Unparsed(text);
        }
        DeadlineText folded = DeadlineText.of(text);
        if (folded.length() == 0) {
            return new Deadline.Unparsed(text);
        }
        DeadlineRules.Scan scan = DeadlineRules.scan(folded);
        Deadline whole = scan.read(0, folded.length(), text);
        if (whole != null) {
            return whole;
        }
        List<int[]> segments = folded.segments(MAX_SEGMENTS);
        if (segments == null || segments.size() < 2) {
            return new Deadline.Unparsed(text);
        }
        List<Deadline> parts = combine(folded, scan, segments);
        return parts == null ? new Deadline.Unparsed(text) : new Deadline.Combined(text, parts);
    }

    /**
     * Groups consecutive segments into the fewest deadlines that cover them all.
     *
     * @return the parts in order, at least two, or null when some segment belongs to no deadline
     */
    private static List<Deadline> combine(DeadlineText folded, DeadlineRules.Scan scan, List<int[]> segments) {
        int n = segments.size();
        // fewest[j]: the fewest deadlines covering segments 0..j-1; from[j]: where the last of them starts
        int[] fewest = new int[n + 1];
        int[] from = new int[n + 1];
        Deadline[] last = new Deadline[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = 0; i < j; i++) {
                if (fewest[i] == Integer.MAX_VALUE || fewest[i] + 1 >= fewest[j] || (i == 0 && j == n)) {
                    continue;
                }
                int a = segments.get(i)[0];
                int b = segments.get(j - 1)[1];
                Deadline d = scan.read(a, b, folded.original(a, b));
                if (d != null) {
                    fewest[j] = fewest[i] + 1;
                    from[j] = i;
                    last[j] = d;
                }
            }
        }
        if (fewest[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<Deadline> parts = new ArrayList<>(fewest[n]);
        for (int j = n; j > 0; j = from[j]) {
            parts.add(0, last[j]);
        }
        return parts;
    }
}
