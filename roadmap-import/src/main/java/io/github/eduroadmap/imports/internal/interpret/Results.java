package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.model.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expected results and deadlines found in the words of a row. */
final class Results {

    private static final Pattern ABBREVIATION_BEFORE_DOT =
            Pattern.compile("(?:^|[\\s(])(?:т\\.д|т\\.п|т\\.е|др|г|гг|им|ул|с|п|д|ст|стр|рис|см|\\p{Lu})$");
    private static final Pattern DEADLINE_IN_TEXT = Pattern.compile(
            "\\(\\s*((?:в\\s+срок\\s+)?(?:до|не\\s+позднее)\\s+[^()]{4,60}?)\\s*\\)"
                    + "|((?:в\\s+срок\\s+)?(?:до|не\\s+позднее)\\s+(?:\\d{1,2}\\s+\\p{L}+|\\d{1,2}\\.\\d{1,2}\\.)\\s*\\d{4}"
                    + "(?:\\s*(?:года|г\\.))?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Results() {}

    /**
     * Splits a result cell into results: one per line of the cell, and each line at its sentences ("...план
     * работы. Муниципальные координаторы ..."); a full stop after an abbreviation or an initial ("т.д.", "г.",
     * "Н.") and inside brackets or quotes ends no sentence.
     *
     * @param cell the cell's text
     * @return the results' words, each stripped
     */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : CellText.lines(cell)) {
            out.addAll(sentences(line));
        }
        return out;
    }

    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean straight = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '«') {
                depth++;
            } else if ((c == ')' || c == '»') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            } else if ((c == '.' || c == '!' || c == '?') && depth == 0 && !straight && i + 2 < line.length()) {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) == ' ') {
                    j++;
                }
                if (j == i + 1 || j >= line.length()) {
                    continue;
                }
                char next = line.charAt(j);
                boolean capital = Character.isUpperCase(next)
                        || next == '«' && j + 1 < line.length() && Character.isUpperCase(line.charAt(j + 1));
                if (capital
                        && !ABBREVIATION_BEFORE_DOT
                                .matcher(line.substring(start, i))
                                .find()) {
                    out.add(line.substring(start, i + 1).strip());
                    start = j;
                }
            }
        }
        String last = line.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /**
     * Finds a deadline stated in an activity's words: "(в срок до 10 августа 2015 года)", "до 01.06.2021".
     *
     * @param title the activity's words
     * @return the deadline's words, when they read as a dated deadline
     */
    static Optional<String> deadlineIn(String title) {
        Matcher m = DEADLINE_IN_TEXT.matcher(title);
        while (m.find()) {
            String words = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            Deadline d = Deadline.parse(words);
            if (d.isParsed() && !(d instanceof Deadline.ByArrangement)) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }
}
