package io.github.eduroadmap.imports.internal.interpret;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column recognition: which part of an activity a column heading names, by synonyms.
 *
 * <p>A heading is first compared whole, after {@link #normalise(String) normalising}, with the synonyms of every
 * role ({@link #exact(String)}); failing that, by the roots of the words that name a role ({@link #loose(String)}):
 * "срок", "период", "дата" are the deadline; "исполнител", "ответствен" the executors; "результат", "показател",
 * "индикатор" the results; "мероприят", "событи", "наименование", "содержание", "меры" the activity; "направлени",
 * "раздел", "блок" the section; "примечан" the notes; a heading beginning with "№" the number.
 */
public final class Columns {

    /** What a column holds. */
    public enum Role {
        /** The printed number of the activity ("№ п/п"). */
        NUMBER,
        /** The activity's words ("Мероприятие"). */
        TITLE,
        /** The deadline ("Срок исполнения"). */
        DEADLINE,
        /** The start of a deadline given in two columns ("начало"). */
        DEADLINE_START,
        /** The end of a deadline given in two columns ("окончание"). */
        DEADLINE_END,
        /** The executors ("Ответственный исполнитель"). */
        EXECUTORS,
        /** The expected results ("Ожидаемый результат"). */
        RESULTS,
        /** A grouping of activities into directions or sections ("Направления деятельности"). */
        DIRECTION,
        /** The objective an activity serves, by id (tables exported by this library). */
        OBJECTIVE,
        /** A stable activity id (tables exported by this library). */
        ACTIVITY_ID,
        /** Remarks ("Примечание"). */
        NOTES
    }

    private static final Map<Role, Set<String>> EXACT = Map.of(
            Role.NUMBER,
            Set.of(
                    "№",
                    "№ п/п",
                    "n п/п",
                    "no п/п",
                    "№п/п",
                    "п/п",
                    "номер",
                    "№№",
                    "№ №",
                    "n",
                    "no",
                    "nn",
                    "№ мероприятия"),
            Role.TITLE,
            Set.of(
                    "мероприятие",
                    "мероприятия",
                    "событие",
                    "события",
                    "наименование мероприятия",
                    "наименование мероприятий",
                    "наименование мероприятий/мер",
                    "наименование мероприятия/меры",
                    "мероприятия/меры",
                    "меры",
                    "содержание мероприятия",
                    "содержание мероприятий",
                    "содержание работы",
                    "наименование",
                    "наименование работ",
                    "виды работ",
                    "действия"),
            Role.DEADLINE,
            Set.of(
                    "срок",
                    "сроки",
                    "срок исполнения",
                    "сроки исполнения",
                    "срок реализации",
                    "сроки реализации",
                    "срок выполнения",
                    "сроки выполнения",
                    "срок проведения",
                    "сроки проведения",
                    "период",
                    "период реализации",
                    "период или контрольная точка",
                    "контрольная точка",
                    "дата",
                    "дата проведения",
                    "срок(период)"),
            Role.DEADLINE_START,
            Set.of("начало", "дата начала", "срок начала", "начала", "с"),
            Role.DEADLINE_END,
            Set.of("окончание", "дата окончания", "срок окончания", "окончания", "завершение", "по"),
            Role.EXECUTORS,
            Set.of(
                    "ответственный исполнитель",
                    "ответственные исполнители",
                    "ответственный исполнитель(соисполнители)",
                    "исполнитель",
                    "исполнители",
                    "ответственный",
                    "ответственные",
                    "ответственное лицо",
                    "ответственные лица",
                    "соисполнители"),
            Role.RESULTS,
            Set.of(
                    "ожидаемый результат",
                    "ожидаемые результаты",
                    "ожидаемый результат/показатель",
                    "показатель результативности",
                    "показатели результативности",
                    "ключевой результат",
                    "ключевые результаты",
                    "прогнозируемый результат",
                    "прогнозируемые результаты",
                    "планируемый результат",
                    "планируемые результаты",
                    "результат",
                    "результаты",
                    "результат(ы)",
                    "показатель",
                    "показатели",
                    "целевой показатель",
                    "целевые показатели"),
            Role.DIRECTION,
            Set.of(
                    "направления деятельности",
                    "направление деятельности",
                    "направление",
                    "направления",
                    "раздел",
                    "блок"),
            Role.NOTES,
            Set.of("примечание", "примечания", "комментарий", "комментарии"));

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Columns() {}

    /**
     * Normalises a heading for comparison: lower case, "ё" as "е", dashes as "-", whitespace runs as one space, no
     * spaces around "/" and before "(", no final ":" "." or "*".
     *
     * @param heading the printed heading
     * @return the normalised heading
     */
    public static String normalise(String heading) {
        String s = heading.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00a0', ' ');
        s = DASHES.matcher(s).replaceAll("-");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = s.replace(" /", "/")
                .replace("/ ", "/")
                .replace(" (", "(")
                .replace("( ", "(")
                .replace(" )", ")");
        while (!s.isEmpty() && ":.*".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Returns the role of a heading that is one of the synonyms.
     *
     * @param heading the printed heading
     * @return the role, or empty
     */
    public static Optional<Role> exact(String heading) {
        String n = normalise(heading);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<Role, Set<String>> e : EXACT.entrySet()) {
            if (e.getValue().contains(n)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the role of a heading by its synonyms or, failing that, by the roots of its words; a heading longer
     * than six words or beginning with a section number ("1. Организационные мероприятия") is none.
     *
     * @param heading the printed heading
     * @return the role, or empty
     */
    public static Optional<Role> loose(String heading) {
        Optional<Role> exact = exact(heading);
        if (exact.isPresent()) {
            return exact;
        }
        String n = normalise(heading);
        if (n.isEmpty()
                || n.split(" ").length > 6
                || SectionHeading.parse(heading).number().isPresent()) {
            return Optional.empty();
        }
        if (n.startsWith("№") || n.startsWith("n ") || n.startsWith("no ") || n.startsWith("п/п")) {
            return Optional.of(Role.NUMBER);
        }
        if (n.contains("начал") && (n.contains("срок") || n.contains("дата"))) {
            return Optional.of(Role.DEADLINE_START);
        }
        if ((n.contains("окончан") || n.contains("завершен")) && (n.contains("срок") || n.contains("дата"))) {
            return Optional.of(Role.DEADLINE_END);
        }
        for (String root : List.of("срок", "период", "дата", "контрольн", "когда")) {
            if (n.contains(root)) {
                return Optional.of(Role.DEADLINE);
            }
        }
        for (String root : List.of("исполнител", "ответствен")) {
            if (n.contains(root)) {
                return Optional.of(Role.EXECUTORS);
            }
        }
        for (String root : List.of("результат", "показател", "индикатор", "эффект")) {
            if (n.contains(root)) {
                return Optional.of(Role.RESULTS);
            }
        }
        for (String root : List.of("мероприят", "событи", "наименован", "содержани", "меры", "действи")) {
            if (n.contains(root)) {
                return Optional.of(Role.TITLE);
            }
        }
        for (String root : List.of("направлени", "раздел", "блок")) {
            if (n.contains(root)) {
                return Optional.of(Role.DIRECTION);
            }
        }
        for (String root : List.of("примечан", "комментар")) {
            if (n.contains(root)) {
                return Optional.of(Role.NOTES);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a cell reads as a column heading.
     *
     * @param text the cell's text
     * @return true when {@link #loose(String)} gives a role
     */
    public static boolean isHeading(String text) {
        return loose(text).isPresent();
    }
}
