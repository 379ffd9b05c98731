package io.github.eduroadmap.model.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * A fixed table of words in lower case, each with an int, looked up by a range of chars without making a string of
 * them: by a {@link TargetToken word token}, whose lower case and hash are ready, or by a range of an array of chars,
 * in lower case already or folded with {@link Chars#fold(char)} on the way.
 *
 * <p>Open addressing over a power-of-two array; the hash of a word is {@link String#hashCode()} of its lower case.
 */
final class WordTable {

    /** What {@link #get} returns for a word that is not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    private final char[][] words;
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int longest;

    private WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        words = new char[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        int max = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String w = e.getKey();
            int i = slot(w.hashCode());
            while (words[i] != null) {
                i = (i + 1) & mask;
            }
            words[i] = w.toCharArray();
            hashes[i] = w.hashCode();
            values[i] = e.getValue();
            max = Math.max(max, w.length());
        }
        longest = max;
    }

    /**
     * Makes a table of words, each with its int.
     *
     * @param entries the words in lower case with "е" for "ё", and their ints
     * @return the table
     */
    static WordTable of(Map<String, Integer> entries) {
        return new WordTable(entries);
    }

    /**
     * Makes a set of words, each with the int 0.
     *
     * @param words the words in lower case with "е" for "ё"
     * @return the table
     */
    static WordTable of(String... words) {
        Map<String, Integer> entries = new java.util.HashMap<>();
        for (String w : words) {
            if (entries.put(w, 0) != null) {
                throw new IllegalArgumentException("duplicate word: " + w);
            }
        }
        return new WordTable(entries);
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /**
     * Tells whether a word token is in the table.
     *
     * @param t the token; a token that is not a word is in no table
     * @return whether its lower case is one of the words
     */
    boolean contains(TargetToken t) {
        return get(t) != ABSENT;
    }

    /**
     * Returns the int of a word token.
     *
     * @param t the token
     * @return its int, or {@link #ABSENT}
     */
    int get(TargetToken t) {
        if (!t.isWord() || t.length() > longest) {
            return ABSENT;
        }
        int h = t.hash();
        for (int i = slot(h); ; i = (i + 1) & mask) {
            char[] w = words[i];
            if (w == null) {
                return ABSENT;
            }
            if (hashes[i] == h && t.is(w)) {
                return values[i];
            }
        }
    }

    /**
     * Returns the int of the word of a range of chars, read in lower case with "е" for "ё" (each char by itself, as
     * {@link Chars#fold(char)} does: a word of "İ" or "Σ" is never found, as the table holds none).
     *
     * @param a the chars
     * @param from the first index
     * @param to the index after the last
     * @return its int, or {@link #ABSENT}
     */
    int getIgnoringCase(char[] a, int from, int to) {
        if (to - from > longest) {
            return ABSENT;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + Chars.fold(a[k]);
        }
        for (int i = slot(h); ; i = (i + 1) & mask) {
            char[] w = words[i];
            if (w == null) {
                return ABSENT;
            }
            if (hashes[i] == h && w.length == to - from && foldedEquals(a, from, w)) {
                return values[i];
            }
        }
    }

    /**
     * Returns the int of the word of a range of chars that are in lower case already.
     *
     * @param a the chars
     * @param from the first index
     * @param to the index after the last
     * @return its int, or {@link #ABSENT}
     */
    int get(char[] a, int from, int to) {
        if (to - from > longest) {
            return ABSENT;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + a[k];
        }
        for (int i = slot(h); ; i = (i + 1) & mask) {
            char[] w = words[i];
            if (w == null) {
                return ABSENT;
            }
            if (hashes[i] == h && Arrays.equals(w, 0, w.length, a, from, to)) {
                return values[i];
            }
        }
    }

    private static boolean foldedEquals(char[] a, int from, char[] w) {
        for (int k = 0; k < w.length; k++) {
            if (Chars.fold(a[from + k]) != w[k]) {
                return false;
            }
        }
        return true;
    }
}
