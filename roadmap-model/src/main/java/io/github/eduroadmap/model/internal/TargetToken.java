package io.github.eduroadmap.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, a run of digits or a single mark in the words of an expected result, with its place in them.
 *
 * @param kind what the token is
 * @param start the index of its first char in the words
 * @param end the index after its last char
 * @param text the chars, as printed
 * @param lower the chars in lower case with "ё" read as "е"
 * @param spaceBefore whether whitespace separates it from the token before
 * @param lineBefore whether that whitespace holds a line break
 * @param breakBefore whether that whitespace holds an empty line (a new paragraph or table cell)
 */
record TargetToken(
        TargetToken.Kind kind,
        int start,
        int end,
        String text,
        String lower,
        boolean spaceBefore,
        boolean lineBefore,
        boolean breakBefore) {

    /** What a token is. */
    enum Kind {
        /** Letters, with hyphens or slashes between letters ("школ-участниц", "семинаров/вебинаров"). */
        WORD,
        /** ASCII digits. */
        DIGITS,
        /** Any other single char (or surrogate pair). */
        MARK
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    boolean isMark(String mark) {
        return kind == Kind.MARK && text.equals(mark);
    }

    boolean isMarkOf(String marks) {
        return kind == Kind.MARK && text.length() == 1 && marks.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Splits words into tokens in one pass.
     *
     * @param s the words
     * @return the tokens, in order
     */
    static List<TargetToken> split(String s) {
        List<TargetToken> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean space = false;
        int newlines = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                if (c == '\n' || c == '\u2028') {
                    newlines++;
                } else if (c == '\u2029') {
                    newlines += 2;
                }
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (Character.isLetter(c)) {
                kind = Kind.WORD;
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetter(d) || isWordMark(d)) {
                        i++;
                    } else if (isJoiner(d) && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (c >= '0' && c <= '9') {
                kind = Kind.DIGITS;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
            } else {
                kind = Kind.MARK;
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
            }
            String text = s.substring(start, i);
            String lower = kind == Kind.WORD ? text.toLowerCase(Locale.ROOT).replace('ё', 'е') : text;
            out.add(new TargetToken(kind, start, i, text, lower, space, newlines > 0, newlines > 1));
            space = false;
            newlines = 0;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isWordMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || c == '\u00AD';
    }
}
