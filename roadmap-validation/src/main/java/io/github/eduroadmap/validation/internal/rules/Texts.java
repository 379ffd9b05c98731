package io.github.eduroadmap.validation.internal.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Words of documents as the rules of deadlines, coverage and reporting compare and quote them. */
final class Texts {

    private static final int SHORT = 60;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.«(-]+$");

    private Texts() {}

    /**
     * Returns words folded for comparison: lower case, "ё" as "е", quotes dropped, dashes as hyphens, runs of
     * white space as one space, trimmed.
     *
     * @param words the words
     * @return the folded words
     */
    static String fold(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean space = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '„' || c == '\'') {
                continue;
            }
            if (c == '–' || c == '—' || c == '‑') {
                c = '-';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * Returns the beginning of a long text for a message, cut at a word and marked with "…"; the whole text stays in
     * the document the violation points to.
     *
     * @param text the text
     * @return at most about 60 characters of it
     */
    static String shorten(String text) {
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.length() <= SHORT) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SHORT);
        if (cut < SHORT / 2) {
            cut = SHORT;
        }
        return TRAILING.matcher(t.substring(0, cut)).replaceAll("") + "…";
    }
}
