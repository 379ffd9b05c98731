package io.github.eduroadmap.model.internal;

/**
 * Tells whether words are a surname with initials, exactly as {@code Executor.PERSON} matches the whole words, without
 * the regular expression: "Н.Е. Байрачный", "Н. Е. Байрачный", "Байрачный Н.Е.".
 *
 * <p>The two forms, as the pattern writes them: {@code (?:\p{Lu}\.\s?){1,2}\s?\p{Lu}[\p{Ll}ё-]+} (initials first)
 * and {@code \p{Lu}[\p{Ll}ё-]+\s(?:\p{Lu}\.\s?){1,2}} (surname first). As in {@link java.util.regex.Pattern} without
 * {@code UNICODE_CHARACTER_CLASS}: letters are read by code point with {@link Character#getType(int)}, so letters
 * outside the Basic Multilingual Plane count and a lone surrogate is no letter; {@code \s} is one of the six ASCII
 * spaces: space, tab, line feed, U+000B, form feed, carriage return.
 */
public final class PersonWords {

    private PersonWords() {}

    /**
     * Tells whether the words, whole, are a surname with initials.
     *
     * @param s the words
     * @return whether {@code Executor.PERSON.matcher(s).matches()}
     */
    public static boolean matches(String s) {
        return initialsFirst(s) || surnameFirst(s);
    }

    /** {@code (?:\p{Lu}\.\s?){1,2}\s?\p{Lu}[\p{Ll}ё-]+}: one or two initials, then a surname to the end. */
    private static boolean initialsFirst(String s) {
        int first = initial(s, 0);
        if (first < 0) {
            return false;
        }
        // each initial may end in a space or not: both ways are tried, as the pattern backtracks
        for (int at = first; at <= space(s, first); at++) {
            if (surnameToEnd(s, at) || surnameToEnd(s, space(s, at))) {
                return true;
            }
            int second = initial(s, at);
            if (second >= 0) {
                for (int then = second; then <= space(s, second); then++) {
                    if (surnameToEnd(s, then) || surnameToEnd(s, space(s, then))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code \p{Lu}[\p{Ll}ё-]+\s(?:\p{Lu}\.\s?){1,2}}: a surname, a space, then one or two initials to the end. */
    private static boolean surnameFirst(String s) {
        int at = surname(s, 0);
        if (at < 0 || space(s, at) == at) {
            return false;
        }
        int first = initial(s, at + 1);
        if (first < 0) {
            return false;
        }
        for (int end = first; end <= space(s, first); end++) {
            if (end == s.length()) {
                return true;
            }
            int second = initial(s, end);
            if (second >= 0 && space(s, second) == s.length()) {
                return true;
            }
        }
        return false;
    }

    /** Returns the index after {@code \p{Lu}\.} at {@code at}, or -1. */
    private static int initial(String s, int at) {
        int next = upper(s, at);
        return next >= 0 && next < s.length() && s.charAt(next) == '.' ? next + 1 : -1;
    }

    /** Tells whether {@code \p{Lu}[\p{Ll}ё-]+} runs from {@code at} to the end. */
    private static boolean surnameToEnd(String s, int at) {
        return surname(s, at) == s.length();
    }

    /** Returns the index after {@code \p{Lu}[\p{Ll}ё-]+} at {@code at}, the longest such run, or -1. */
    private static int surname(String s, int at) {
        int i = upper(s, at);
        if (i < 0) {
            return -1;
        }
        int start = i;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c != '-' && c != 'ё' && Character.getType(c) != Character.LOWERCASE_LETTER) {
                break;
            }
            i += Character.charCount(c);
        }
        return i > start ? i : -1;
    }

    /** Returns the index after the upper case letter ({@code \p{Lu}}) at {@code at}, or -1. */
    private static int upper(String s, int at) {
        if (at >= s.length()) {
            return -1;
        }
        int c = s.codePointAt(at);
        return Character.getType(c) == Character.UPPERCASE_LETTER ? at + Character.charCount(c) : -1;
    }

    /** Returns {@code at + 1} when an ASCII space ({@code \s}) is at {@code at}, else {@code at}. */
    private static int space(String s, int at) {
        if (at >= s.length()) {
            return at;
        }
        char c = s.charAt(at);
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' ? at + 1 : at;
    }
}
