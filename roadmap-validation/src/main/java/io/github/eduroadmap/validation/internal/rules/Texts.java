package io.github.eduroadmap.validation.internal.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Words of documents as the rules compare and quote them. */
final class Texts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final int SHORT = 60;
    private static final int EXCERPT = 80;
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
            if (isSpace(c)) {
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
     * Returns a text for comparison: lower case, "ё" as "е", runs of white space as one space, no space at the ends.
     *
     * @param text the text
     * @return the comparable form
     */
    static String comparable(String text) {
        return spaced(text).toLowerCase(RUSSIAN).replace('ё', 'е');
    }

    /**
     * Returns a text with runs of white space as one space and no space at the ends.
     *
     * @param text the text
     * @return the text with tidy spaces
     */
    static String spaced(String text) {
        if (isSpacedAlready(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Tells whether a text has only single plain spaces, none at its ends: most texts, which need no copy. */
    private static boolean isSpacedAlready(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char before = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (before == ' ') {
                    return false;
                }
            } else if (isSpace(c)) {
                return false;
            }
            before = c;
        }
        return true;
    }

    /**
     * Tells whether a character is white space or a space of any kind (no-break spaces included); quick for the
     * usual characters.
     *
     * @param c the character
     * @return true for spaces, tabs, line breaks, no-break spaces
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1C;
        }
        if (c < 0x1680) {
            return c == 0xA0;
        }
        // the other white space and space characters of Unicode
        return c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000;
    }

    /**
     * Tells whether a text has no printed character.
     *
     * @param text the text
     * @return true when it is empty or only white space
     */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the beginning of a long text for a message of the deadline, coverage and reporting rules: cut at a
     * word, trailing punctuation dropped, marked with "…"; the whole text stays in the document the violation
     * points to.
     *
     * @param text the text
     * @return at most about 60 characters of it
     */
    static String shorten(String text) {
        String t = spaced(text);
        if (t.length() <= SHORT) {
            return t;
        }
        String cut = t.substring(0, cutAt(t, SHORT));
        return (mayEndInTrailing(cut) ? TRAILING.matcher(cut).replaceAll("") : cut) + "…";
    }

    /**
     * Whether {@link #TRAILING} may match a text: it ends in one of its characters, or in a line terminator before
     * which {@code $} matches too. Most cut texts end in a letter, and are not matched at all.
     */
    private static boolean mayEndInTrailing(String text) {
        return !text.isEmpty() && TRAILING_OR_TERMINATOR.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The characters of {@link #TRAILING}'s class, and the line terminators {@code $} matches before. */
    private static final String TRAILING_OR_TERMINATOR = " \t\n\u000B\f\r,;:.«(-\u0085\u2028\u2029";

    /**
     * Returns the beginning of a text to quote in a message of the structure rules: tidy spaces, at most 80
     * characters, "…" where cut.
     *
     * @param text the text
     * @return the excerpt
     */
    static String excerpt(String text) {
        String s = spaced(text);
        if (s.length() <= EXCERPT) {
            return s;
        }
        return s.substring(0, cutAt(s, EXCERPT)) + "…";
    }

    /** Where to cut a text to at most {@code max} characters: at the last space past half of it, else at max. */
    private static int cutAt(String s, int max) {
        int cut = s.lastIndexOf(' ', max);
        return cut >= max / 2 ? cut : max;
    }
}
