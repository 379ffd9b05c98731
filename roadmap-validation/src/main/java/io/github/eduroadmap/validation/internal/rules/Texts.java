package io.github.eduroadmap.validation.internal.rules;

import java.util.Locale;

/** Small text helpers of the structure rules. */
final class Texts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final int EXCERPT = 80;

    private Texts() {}

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
     * Returns the beginning of a text to quote in a message: tidy spaces, at most 80 characters, "…" where cut.
     *
     * @param text the text
     * @return the excerpt
     */
    static String excerpt(String text) {
        String s = spaced(text);
        if (s.length() <= EXCERPT) {
            return s;
        }
        int cut = s.lastIndexOf(' ', EXCERPT);
        return s.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    /**
     * Tells whether a text has no printed character.
     *
     * @param text the text
     * @return true when it is empty or only white space
     */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
