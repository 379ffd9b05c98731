package io.github.eduroadmap.testing.internal;

import java.util.List;

/**
 * A small, fully specified random source (SplitMix64), so that a seed gives the same roadmap on every JDK.
 *
 * <p>Each concern of a generated document draws from its own stream, {@link #derive(long, long, long, long)
 * derived} from the document's seed and the concern's place, so that changing how one concern is generated leaves
 * the others as they were.
 */
public final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /**
     * Returns a source that starts from {@code seed}.
     *
     * @param seed the seed
     * @return the source
     */
    public static Rng of(long seed) {
        return new Rng(seed);
    }

    /**
     * Returns the source of one concern: a stream determined by a seed and up to three keys.
     *
     * @param seed the seed of the document or of the enclosing concern
     * @param concern which concern
     * @param i a first index, or 0
     * @param j a second index, or 0
     * @return the source
     */
    public static Rng derive(long seed, long concern, long i, long j) {
        return new Rng(key(seed, concern, i, j));
    }

    /**
     * Returns the seed of one concern, as {@link #derive(long, long, long, long)} uses it.
     *
     * @param seed the seed
     * @param concern which concern
     * @param i a first index
     * @param j a second index
     * @return the derived seed
     */
    public static long key(long seed, long concern, long i, long j) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (concern * 0xD6E8FEB86659FD93L + GOLDEN));
        h = mix(h ^ (i * 0xA0761D6478BD642FL + GOLDEN));
        return mix(h ^ (j * 0xE7037ED1A0B428DBL + GOLDEN));
    }

    /**
     * Mixes the bits of a long (the finaliser of SplitMix64).
     *
     * @param z the value
     * @return the mixed value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Returns the next long.
     *
     * @return a uniformly distributed long
     */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /**
     * Returns a number from 0 (inclusive) to {@code bound} (exclusive).
     *
     * @param bound the bound, positive
     * @return the number
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) ((nextLong() >>> 1) % bound);
    }

    /**
     * Returns a number from {@code min} to {@code max}, both included.
     *
     * @param min the least
     * @param max the greatest, at least {@code min}
     * @return the number
     */
    public int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " < min " + min);
        }
        return min + (int) ((nextLong() >>> 1) % ((long) max - min + 1));
    }

    /**
     * Returns a double from 0 (inclusive) to 1 (exclusive).
     *
     * @return the double
     */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * Tells whether an event of probability {@code p} happens.
     *
     * @param p the probability, 0 to 1
     * @return true with probability {@code p}
     */
    public boolean chance(double p) {
        return p > 0 && nextDouble() < p;
    }

    /**
     * Picks an element.
     *
     * @param <T> the element type
     * @param values the values, not empty
     * @return one of them
     */
    public <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /**
     * Picks an element.
     *
     * @param <T> the element type
     * @param values the values, not empty
     * @return one of them
     */
    @SafeVarargs
    public final <T> T pick(T... values) {
        return values[nextInt(values.length)];
    }

    /**
     * Picks an index by weight.
     *
     * @param weights the weights, not all zero
     * @return an index of {@code weights}, each with probability proportional to its weight
     */
    public int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
