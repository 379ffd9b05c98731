package io.github.eduroadmap.model.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * A word, a run of digits or a single mark in the words of an expected result, with its place in them.
 *
 * <p>A word is read in lower case with "ё" as "е" (its <em>lower case</em>), which is what every test of a word
 * looks at; the lower case is a range of chars shared by all tokens of the words (see {@link #split(String)}), with
 * its hash ready for {@link WordTable} lookups, so that testing a word makes no string. The printed chars and the
 * lower case as a string are made only on request.
 */
final class TargetToken {

    /** What a token is. */
    enum Kind {
        /** Letters, with hyphens or slashes between letters ("школ-участниц", "семинаров/вебинаров"). */
        WORD,
        /** ASCII digits. */
        DIGITS,
        /** Any other single char (or surrogate pair). */
        MARK
    }

    private final String s;
    private final Kind kind;
    private final int start;
    private final int end;
    private final boolean spaceBefore;
    private final boolean lineBefore;
    private final boolean breakBefore;
    /** A word's lower case is {@code lower[lowerFrom..lowerTo)}. */
    private final char[] lower;

    private final int lowerFrom;
    private final int lowerTo;
    private final int hash;
    private String text;
    private String lowerText;

    private TargetToken(
            String s,
            Kind kind,
            int start,
            int end,
            boolean spaceBefore,
            boolean lineBefore,
            boolean breakBefore,
            char[] lower,
            int lowerFrom,
            int lowerTo,
            int hash) {
        this.s = s;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.spaceBefore = spaceBefore;
        this.lineBefore = lineBefore;
        this.breakBefore = breakBefore;
        this.lower = lower;
        this.lowerFrom = lowerFrom;
        this.lowerTo = lowerTo;
        this.hash = hash;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    /** Tells whether this is the single-char mark {@code mark}. */
    boolean isMark(char mark) {
        return kind == Kind.MARK && end - start == 1 && s.charAt(start) == mark;
    }

    /** Tells whether this is a single-char mark, one of {@code marks}. */
    boolean isMarkOf(String marks) {
        return kind == Kind.MARK && end - start == 1 && marks.indexOf(s.charAt(start)) >= 0;
    }

    /** The index of the first char in the words. */
    int start() {
        return start;
    }

    /** The index after the last char in the words. */
    int end() {
        return end;
    }

    /** Whether whitespace separates this token from the one before. */
    boolean spaceBefore() {
        return spaceBefore;
    }

    /** Whether that whitespace holds a line break. */
    boolean lineBefore() {
        return lineBefore;
    }

    /** Whether that whitespace holds an empty line (a new paragraph or table cell). */
    boolean breakBefore() {
        return breakBefore;
    }

    /** The chars as printed. */
    String text() {
        if (text == null) {
            text = s.substring(start, end);
        }
        return text;
    }

    /** The number of printed chars. */
    int printedLength() {
        return end - start;
    }

    /** A word's lower case as a string; the printed chars of any other token. */
    String lower() {
        if (lowerText == null) {
            lowerText = kind == Kind.WORD ? new String(lower, lowerFrom, lowerTo - lowerFrom) : text();
        }
        return lowerText;
    }

    // ---------------------------------------------------------------- a word's lower case, without a string

    /** The length of a word's lower case. */
    int length() {
        return lowerTo - lowerFrom;
    }

    /** A char of a word's lower case. */
    char charAt(int index) {
        return lower[lowerFrom + index];
    }

    /** The {@link String#hashCode()} of a word's lower case. */
    int hash() {
        return hash;
    }

    /** Tells whether this is a word whose lower case is {@code w}. */
    boolean is(String w) {
        return kind == Kind.WORD && length() == w.length() && regionIs(lowerFrom, w);
    }

    /** Tells whether a word's lower case is the chars of another array from an index on, as many as it has. */
    boolean lowerEquals(char[] other, int from) {
        int n = lowerTo - lowerFrom;
        for (int k = 0; k < n; k++) {
            if (lower[lowerFrom + k] != other[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether this is a word whose lower case starts with {@code prefix}. */
    boolean startsWith(String prefix) {
        return kind == Kind.WORD && length() >= prefix.length() && regionIs(lowerFrom, prefix);
    }

    /** Tells whether this is a word whose lower case ends with {@code suffix}. */
    boolean endsWith(String suffix) {
        return endsWith(suffix, 0);
    }

    /** Tells whether a word's lower case without its last {@code skip} chars ends with {@code suffix}. */
    boolean endsWith(String suffix, int skip) {
        int at = lowerTo - skip - suffix.length();
        if (kind != Kind.WORD || at < lowerFrom) {
            return false;
        }
        for (int k = suffix.length() - 1; k >= 0; k--) { // from the end, where words differ most
            if (lower[at + k] != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean regionIs(int from, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (lower[from + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether the printed chars are an abbreviation: "ОО", "ШНОР", "ОВЗ"; see {@link TargetWords}. */
    boolean isAbbreviation() {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'А' && c <= 'Я') {
                continue; // the common case, an upper-case Russian letter
            }
            if (Chars.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return kind + "[" + text() + "]";
    }

    /**
     * Splits words into tokens in one pass. The lower case of every word is written over a copy of the words as the
     * words are read; a word with a char whose lower case depends on more than the char ("İ", "Σ") gets the lower
     * case {@link String#toLowerCase(Locale)} gives it instead.
     *
     * @param s the words
     * @return the tokens, in order
     */
    static TargetToken[] split(String s) {
        Tokens tokens = new Tokens(s, s.toCharArray());
        int k = 0;
        while (tokens.get(k) != null) {
            k++;
        }
        return Arrays.copyOf(tokens.tokens, k);
    }

    /**
     * The tokens of words, split as a reader asks for them: a reader that finds its target early never splits the
     * words after it. Splitting is the same whenever it happens: a token depends on the chars before it and on one
     * char after it.
     */
    static final class Tokens {
        private final String s;
        /** A copy of the chars of the words, where each word's lower case is written over it as it is split. */
        private final char[] a;
        /** Where splitting goes on. */
        private int i;
        /** Whether white space was read since the last token, and how many line breaks it holds. */
        private boolean space;

        private int newlines;
        private TargetToken[] tokens = new TargetToken[16];
        private int count;

        /**
         * Starts splitting words.
         *
         * @param s the words
         * @param a a copy of their chars, which splitting writes over
         */
        Tokens(String s, char[] a) {
            this.s = s;
            this.a = a;
        }

        /**
         * Returns a token.
         *
         * @param k its index
         * @return the token, or null when k is negative or the words have no more tokens
         */
        TargetToken get(int k) {
            if (k < 0) {
                return null;
            }
            while (count <= k) {
                if (!splitNext()) {
                    return null;
                }
            }
            return tokens[k];
        }

        /** Splits off the next token; returns false at the end of the words. */
        private boolean splitNext() {
            int n = a.length;
            while (i < n && isSpace(a[i])) {
                char c = a[i++];
                space = true;
                if (c == '\n' || c == '\u2028') {
                    newlines++;
                } else if (c == '\u2029') {
                    newlines += 2;
                }
            }
            if (i == n) {
                return false;
            }
            char c = a[i];
            int start = i;
            Kind kind;
            char[] lower = a;
            int lowerFrom = start;
            int lowerTo = start;
            int hash = 0;
            if (Chars.isLetter(c)) {
                kind = Kind.WORD;
                // letters and marks, and a hyphen or a slash between letters, each folded as it is read
                boolean irregular = false;
                while (true) {
                    char d = a[i];
                    irregular |= Chars.lowersIrregularly(d);
                    d = Chars.fold(d);
                    a[i++] = d;
                    hash = 31 * hash + d;
                    if (i == n) {
                        break;
                    }
                    d = a[i];
                    if (!Chars.continuesWord(d) && !(isJoiner(d) && i + 1 < n && Chars.isLetter(a[i + 1]))) {
                        break;
                    }
                }
                lowerTo = i;
                if (irregular) {
                    String exact =
                            s.substring(start, i).toLowerCase(Locale.ROOT).replace('ё', 'е');
                    lower = exact.toCharArray();
                    lowerFrom = 0;
                    lowerTo = lower.length;
                    hash = exact.hashCode();
                }
            } else if (c >= '0' && c <= '9') {
                kind = Kind.DIGITS;
                while (i < n && a[i] >= '0' && a[i] <= '9') {
                    i++;
                }
            } else {
                kind = Kind.MARK;
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1]) ? 2 : 1;
            }
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, count * 2);
            }
            tokens[count++] = new TargetToken(
                    s, kind, start, i, space, newlines > 0, newlines > 1, lower, lowerFrom, lowerTo, hash);
            space = false;
            newlines = 0;
            return true;
        }
    }

    static boolean isSpace(char c) {
        return Chars.isSpace(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == '\u2010' || c == '\u2011';
    }
}
