package io.github.eduroadmap.imports.internal.interpret;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and title of a section row: "Задача 1. Обеспечить ...", "I. Нормативно-правовое ...", "II. 2.
 * Мероприятия ...", "3.Трансляция опыта ...", "Раздел 2. ...", or an unnumbered block title.
 *
 * @param number the number as printed ("Задача 1.", "II. 2.", "3."), if any
 * @param title the words after the number
 */
public record SectionHeading(Optional<String> number, String title) {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?<num>(?:(?:Задача|ЗАДАЧА|Раздел|РАЗДЕЛ|Блок|БЛОК|Направление|НАПРАВЛЕНИЕ|Этап|ЭТАП|Подпрограмма)\\s*"
                    + "(?:\\d{1,3}|[IVXLC]{1,6})(?:\\.\\d{1,3})*\\.?"
                    + "|[IVXLC]{1,6}\\.(?:\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.)*"
                    + "|\\d{1,3}(?:\\.\\d{1,3})*\\.(?:\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.)*"
                    + "|\\d{1,3}(?:\\.\\d{1,3})+))"
                    + "(?=\\s|\\p{L}|[«\"(]|$)\\s*(?<title>.*)$",
            Pattern.DOTALL);

    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?$");

    /**
     * Reads a section row's text.
     *
     * @param text the text, stripped or not
     * @return the number (if the text starts with one) and the title
     */
    public static SectionHeading parse(String text) {
        String t = text.strip();
        Matcher m = NUMBERED.matcher(t);
        if (m.matches() && !m.group("title").isBlank()) {
            return new SectionHeading(
                    Optional.of(m.group("num").strip()), m.group("title").strip());
        }
        return new SectionHeading(Optional.empty(), t);
    }

    /**
     * Tells whether a cell holds only an activity number: "1", "1.", "1.1", "3.4.".
     *
     * @param text the cell's text
     * @return true for a bare number of at most three digits per part
     */
    public static boolean isBareNumber(String text) {
        return BARE_NUMBER.matcher(text.strip()).matches();
    }
}
