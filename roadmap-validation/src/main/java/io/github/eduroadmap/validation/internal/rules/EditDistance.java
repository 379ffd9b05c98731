package io.github.eduroadmap.validation.internal.rules;

import java.util.List;

/**
 * The Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
 * transpositions of two adjacent elements each cost one. "ШНРО" is one transposition from "ШНОР".
 */
final class EditDistance {

    private EditDistance() {}

    /**
     * Returns the distance between two texts, or {@code limit + 1} as soon as it is known to exceed the limit.
     *
     * @param a a text
     * @param b another text
     * @param limit the largest distance of interest
     * @return the distance, at most {@code limit + 1}
     */
    static int between(CharSequence a, CharSequence b, int limit) {
        return distance(a.length(), b.length(), (i, j) -> a.charAt(i) == b.charAt(j), limit);
    }

    /**
     * Returns the distance between two sequences of tokens, each token compared whole, or {@code limit + 1} as soon
     * as it is known to exceed the limit: "ГАУ ДПО Ж ИРО" is one substitution from "ГАУ ДПО ПК ИРО".
     *
     * @param a tokens
     * @param b other tokens
     * @param limit the largest distance of interest
     * @return the distance, at most {@code limit + 1}
     */
    static int between(List<String> a, List<String> b, int limit) {
        return distance(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)), limit);
    }

    private interface Same {
        boolean at(int i, int j);
    }

    private static int distance(int n, int m, Same same, int limit) {
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        int previousBest = 0;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = same.at(i - 1, j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && same.at(i - 1, j - 2) && same.at(i - 2, j - 1) && cost == 1) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                best = Math.min(best, d);
            }
            // a transposition may jump from the previous row over this one, at a cost of one
            if (best > limit && previousBest >= limit) {
                return limit + 1;
            }
            previousBest = best;
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], limit + 1);
    }
}
