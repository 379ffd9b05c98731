package io.github.eduroadmap.validation;

import java.util.Arrays;
import java.util.List;

/**
 * Sorts violations into their {@link Violation#compareTo order}, as a stable sort does, but by numbers first.
 *
 * <p>Comparing two violations walks their pointers segment by segment; among many violations in a large roadmap the
 * pointers lie far apart in memory, and a sort that compares each violation {@code log n} times waits on memory at
 * every step. So each pointer is {@link Pointer#place() placed} once: its document, zone, section and activity go into
 * the high bits of a {@code long}, its position in the list into the low bits, and the longs are sorted. Violations of
 * equal places (those of one activity, or those before the sections) are then sorted among themselves by {@code
 * compareTo}, in the order the list gave them, so that equal violations keep their order as in a stable sort. When a
 * pointer has no place, or the numbers do not fit into 63 bits, the list is sorted by {@code compareTo} alone.
 */
final class ViolationOrder {

    /** The bits of a section's index in a {@link Pointer#place() place}, once shifted down. */
    private static final long SECTION = (1L << 30) - 1;

    /** Below this many violations the plain sort is used: a few comparisons have little to gain (not measured). */
    private static final int SMALL = 64;

    private ViolationOrder() {}

    /**
     * Sorts the violations in place.
     *
     * @param violations non-null violations in any order, in a list that can be set
     * @return whether the violations were sorted by their places first, rather than by {@code compareTo} alone
     */
    static boolean sort(List<Violation> violations) {
        int n = violations.size();
        if (n < SMALL) {
            violations.sort(null);
            return false;
        }
        Violation[] all = violations.toArray(new Violation[0]);
        long[] places = new long[n];
        long sections = 0;
        long highestBelow = 0;
        int documents = 0;
        for (int i = 0; i < n; i++) {
            long place = all[i].pointer().place();
            if (place == Pointer.UNPLACED) {
                violations.sort(null);
                return false;
            }
            places[i] = place;
            sections |= place >>> 31 & SECTION;
            long below = place & Integer.MAX_VALUE;
            if (below != Integer.MAX_VALUE) {
                highestBelow = Math.max(highestBelow, below);
            }
            documents |= all[i].document().ordinal();
        }
        // what sorts after a section's activities takes the number after the highest activity's, not 2^31 - 1
        long after = highestBelow + 1;
        int sectionBits = bits(sections);
        int belowBits = bits(after);
        int indexBits = bits(n - 1);
        int documentBits = bits(documents);
        if (documentBits + 2 + sectionBits + belowBits + indexBits > 63) {
            violations.sort(null);
            return false;
        }
        // each place becomes its key in the same array
        long[] keys = places;
        for (int i = 0; i < n; i++) {
            long place = places[i];
            long key = all[i].document().ordinal();
            key = key << 2 | place >>> 61;
            key = key << sectionBits | place >>> 31 & SECTION;
            long below = place & Integer.MAX_VALUE;
            key = key << belowBits | (below == Integer.MAX_VALUE ? after : below);
            keys[i] = key << indexBits | i;
        }
        Arrays.sort(keys);
        long indexMask = (1L << indexBits) - 1;
        Violation[] sorted = new Violation[n];
        int from = 0;
        while (from < n) {
            long place = keys[from] >>> indexBits;
            int to = from + 1;
            while (to < n && keys[to] >>> indexBits == place) {
                to++;
            }
            for (int i = from; i < to; i++) {
                sorted[i] = all[(int) (keys[i] & indexMask)];
            }
            if (to - from > 1) {
                // stable, and the violations of one place are in the order the list gave them
                Arrays.sort(sorted, from, to);
            }
            from = to;
        }
        for (int i = 0; i < n; i++) {
            violations.set(i, sorted[i]);
        }
        return true;
    }

    /** Returns how many bits hold the number: 0 for 0. */
    private static int bits(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }
}
