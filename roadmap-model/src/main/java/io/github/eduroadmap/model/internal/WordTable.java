package io.github.eduroadmap.model.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * A fixed table of words in lower case, each with an int, looked up by a range of chars without making a string of
 * them: by a {@link TargetToken word token}, whose lower case and hash are ready, or by a range of an array of chars,
 * in lower case already or folded with {@link Chars#fold(char)} on the way.
 *
 * <p>Open addressing over a power-of-two number of slots, each slot four ints side by side (the hash, where the word
 * starts in one array of all the words' chars, its length and its int), so that a lookup reads one or two cache lines
 * of the table and no object per word. The hash of a word is {@link String#hashCode()} of its lower case.
 */
final class WordTable {

    /** What {@link #get} returns for a word that is not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    // the ints of a slot
    private static final int HASH = 0;
    private static final int START = 1;
    private static final int LENGTH = 2;
    private static final int VALUE = 3;
    private static final int SLOT = 4;

    /** The chars of all the words, one after another. */
    private final char[] chars;
    /** The slots, {@link #SLOT} ints each; an empty slot starts at -1. */
    private final int[] slots;

    private final int mask;
    /** The mask that takes the index of the int after the last slot back to the first. */
    private final int wrap;

    private final int longest;

    private WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        slots = new int[capacity * SLOT];
        for (int i = 0; i < capacity; i++) {
            slots[i * SLOT + START] = -1;
        }
        mask = capacity - 1;
        wrap = capacity * SLOT - 1;
        StringBuilder all = new StringBuilder();
        int max = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String w = e.getKey();
            int i = slot(w.hashCode());
            while (slots[i * SLOT + START] >= 0) {
                i = (i + 1) & mask;
            }
            slots[i * SLOT + HASH] = w.hashCode();
            slots[i * SLOT + START] = all.length();
            slots[i * SLOT + LENGTH] = w.length();
            slots[i * SLOT + VALUE] = e.getValue();
            all.append(w);
            max = Math.max(max, w.length());
        }
        chars = all.toString().toCharArray();
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
        for (int i = slot(h) * SLOT; ; i = (i + SLOT) & wrap) {
            int start = slots[i + START];
            if (start < 0) {
                return ABSENT;
            }
            if (slots[i + HASH] == h && slots[i + LENGTH] == t.length() && t.lowerEquals(chars, start)) {
                return slots[i + VALUE];
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
        for (int i = slot(h) * SLOT; ; i = (i + SLOT) & wrap) {
            int start = slots[i + START];
            if (start < 0) {
                return ABSENT;
            }
            if (slots[i + HASH] == h && slots[i + LENGTH] == to - from && foldedEquals(a, from, to, start)) {
                return slots[i + VALUE];
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
        for (int i = slot(h) * SLOT; ; i = (i + SLOT) & wrap) {
            int start = slots[i + START];
            if (start < 0) {
                return ABSENT;
            }
            if (slots[i + HASH] == h
                    && slots[i + LENGTH] == to - from
                    && Arrays.equals(chars, start, start + to - from, a, from, to)) {
                return slots[i + VALUE];
            }
        }
    }

    private boolean foldedEquals(char[] a, int from, int to, int start) {
        for (int k = 0; k < to - from; k++) {
            if (Chars.fold(a[from + k]) != chars[start + k]) {
                return false;
            }
        }
        return true;
    }
}
