package io.github.eduroadmap.model.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A deadline phrase folded for matching, with the way back to the original characters.
 *
 * <p>Folding, character by character: letters to lower case, "ё" to "е"; every dash ("-", "‐", "‑", "‒", "–", "—",
 * "―", "−", "﹣", "－") to "-"; every run of white space (line breaks and no-break spaces included) to one space, none
 * at either end and none beside a dash; soft hyphens and zero-width characters dropped. Each folded character
 * remembers the index of the original character it came from, so a folded range gives back the original words
 * exactly, line breaks included.
 *
 * <p>{@code "Сентябрь 2022\n– май 2023"} folds to {@code "сентябрь 2022-май 2023"}.
 */
final class DeadlineText {

    private final String original;
    /** The folded chars are the first {@link #length} of these. */
    private final char[] folded;

    private final int length;
    private final int[] origin;

    private DeadlineText(String original, char[] folded, int length, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.length = length;
        this.origin = origin;
    }

    /**
     * Folds a phrase.
     *
     * @param original the words as given
     * @return the folded phrase
     */
    static DeadlineText of(String original) {
        // folded in place: a folded char is written at or before the original it comes from, since a space written
        // stands for at least one white-space char that is not
        char[] out = original.toCharArray();
        int n = out.length;
        int[] origin = new int[n];
        int length = 0;
        int pendingSpace = -1;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (isSpace(c)) {
                if (pendingSpace < 0) {
                    pendingSpace = i;
                }
                continue;
            }
            if (isIgnorable(c)) {
                continue;
            }
            char f = fold(c);
            if (pendingSpace >= 0) {
                if (length > 0 && f != '-' && out[length - 1] != '-') {
                    out[length] = ' ';
                    origin[length] = pendingSpace;
                    length++;
                }
                pendingSpace = -1;
            }
            out[length] = f;
            origin[length] = i;
            length++;
        }
        return new DeadlineText(original, out, length, origin);
    }

    /**
     * Returns the folded phrase.
     *
     * @return the folded characters
     */
    String folded() {
        return new String(folded, 0, length);
    }

    /**
     * Returns the folded chars themselves, for reading: the first {@link #length()} chars of the array.
     *
     * @return the array of the folded chars, not to be changed
     */
    char[] chars() {
        return folded;
    }

    /**
     * Returns the number of folded characters.
     *
     * @return the length of {@link #folded()}
     */
    int length() {
        return length;
    }

    /**
     * Returns a folded character.
     *
     * @param index its index
     * @return the character
     */
    char charAt(int index) {
        return folded[index];
    }

    /**
     * Returns the original words of a folded range, exactly as given.
     *
     * @param from the first folded index
     * @param to the folded index after the last, greater than {@code from}
     * @return the original characters from the first to the last of the range
     */
    String original(int from, int to) {
        return original.substring(origin[from], origin[to - 1] + 1);
    }

    /**
     * Returns the original words of a folded range, with white space collapsed to single spaces.
     *
     * @param from the first folded index
     * @param to the folded index after the last, greater than {@code from}
     * @return the words, as they would read on one line
     */
    String words(int from, int to) {
        String s = original(from, to);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (!isIgnorable(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Splits the folded phrase at the separators of combined deadlines: "/", ",", ";", "(", ")" and the word "и".
     *
     * @param limit the most segments wanted
     * @return the non-empty segments as {@code {from, to}} folded ranges without spaces at either end, in order; or
     *     null when there are more than {@code limit}
     */
    List<int[]> segments(int limit) {
        return segments(0, length, limit);
    }

    /**
     * Splits a folded range at the separators of combined deadlines, see {@link #segments(int)}.
     *
     * @param from the first folded index
     * @param to the folded index after the last
     * @param limit the most segments wanted
     * @return the non-empty segments in order, or null when there are more than {@code limit}
     */
    List<int[]> segments(int from, int to, int limit) {
        List<int[]> result = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && !isSeparator(i, from, to)) {
                continue;
            }
            int a = start;
            int b = i;
            while (a < b && folded[a] == ' ') {
                a++;
            }
            while (b > a && folded[b - 1] == ' ') {
                b--;
            }
            if (b > a) {
                if (result.size() == limit) {
                    return null;
                }
                result.add(new int[] {a, b});
            }
            start = i + 1;
        }
        return result;
    }

    private boolean isSeparator(int i, int from, int to) {
        char c = folded[i];
        if (c == '/' || c == ',' || c == ';' || c == '(' || c == ')') {
            return true;
        }
        // the word "и" between spaces
        return c == 'и' && i > from && i + 1 < to && folded[i - 1] == ' ' && folded[i + 1] == ' ';
    }

    private static boolean isSpace(char c) {
        return Chars.isSpace(c);
    }

    private static boolean isIgnorable(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
            case '\u2212':
            case '\uFE58':
            case '\uFE63':
            case '\uFF0D':
                return '-';
            default:
                return Chars.fold(c); // lower case, "ё" as "е"
        }
    }
}
