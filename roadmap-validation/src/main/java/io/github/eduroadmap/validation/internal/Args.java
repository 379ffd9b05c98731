package io.github.eduroadmap.validation.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Message arguments in the order given: {@code Args.of("number", 7, "previous", 5)}.
 *
 * <p>The map is immutable and small: names and values side by side in one array, name, value, name, value, looked
 * up by a scan. A violation keeps it as it is instead of copying it when it is {@link #isChecked(Map) checked} (every
 * name and value present), and a message is rendered from it without a copy.
 */
public final class Args {

    private Args() {}

    /**
     * Returns the arguments as an ordered map.
     *
     * <p>The array is kept as it is, not copied, unless a name repeats: pass the arguments themselves, as the
     * variable arguments they are, and never change an array given.
     *
     * @param namesAndValues name, value, name, value, ...
     * @return the map, in the order given; immutable
     * @throws IllegalArgumentException if a name is missing its value or is not a string
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name-value pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("an argument name is a string, got " + namesAndValues[i]);
            }
            if (indexOf(namesAndValues, i / 2, namesAndValues[i]) >= 0) {
                return withoutRepeats(namesAndValues);
            }
        }
        return new Frozen(namesAndValues, namesAndValues.length / 2);
    }

    /** Returns arguments whose names repeat: a repeated name keeps its place and takes the later value. */
    private static Frozen withoutRepeats(Object[] namesAndValues) {
        Object[] pairs = new Object[namesAndValues.length];
        int size = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            size = put(pairs, size, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Frozen(pairs, size);
    }

    /**
     * Puts a name and its value into the first {@code size} pairs of an array with room for one more: a name it has
     * takes the new value in its place, as in a LinkedHashMap; a new one goes last.
     *
     * @return the pairs now in the array
     */
    private static int put(Object[] pairs, int size, String name, Object value) {
        int at = indexOf(pairs, size, name);
        if (at >= 0) {
            pairs[2 * at + 1] = value;
            return size;
        }
        pairs[2 * size] = name;
        pairs[2 * size + 1] = value;
        return size + 1;
    }

    /**
     * Returns arguments given by a rule as an immutable ordered map without copying them when they already are one.
     *
     * @param arguments the arguments, in order; names and values may be null (the violation made of them says so)
     * @return the same arguments, in the same order
     */
    public static Map<String, Object> copyOf(Map<String, ?> arguments) {
        if (arguments instanceof Frozen) {
            return (Frozen) arguments;
        }
        Object[] pairs = new Object[2 * arguments.size()];
        int size = 0;
        for (Map.Entry<String, ?> e : arguments.entrySet()) {
            if (2 * size == pairs.length) {
                // a map whose size does not say how many entries it has: grow as needed
                pairs = Arrays.copyOf(pairs, 2 * pairs.length + 2);
            }
            size = put(pairs, size, e.getKey(), e.getValue());
        }
        return new Frozen(pairs, size);
    }

    /**
     * Returns arguments with one more, or with a new value for one they have (which keeps its place).
     *
     * @param arguments the arguments, in order
     * @param name the name added
     * @param value its value
     * @return the arguments in order, then the one added
     */
    public static Map<String, Object> with(Map<String, ?> arguments, String name, Object value) {
        Frozen a = (Frozen) copyOf(arguments);
        Object[] pairs = Arrays.copyOf(a.pairs, 2 * a.size + 2);
        return new Frozen(pairs, put(pairs, a.size, name, value));
    }

    /**
     * Tells whether arguments were made here and have every name and value: such a map can be kept as it is.
     *
     * @param arguments the arguments
     * @return true for a map of {@link #of(Object...)} or {@link #copyOf(Map)} without nulls
     */
    public static boolean isChecked(Map<String, ?> arguments) {
        return arguments instanceof Frozen && ((Frozen) arguments).checked;
    }

    /** Returns the index of the pair, of the first {@code size}, whose name is {@code name}, or -1. */
    private static int indexOf(Object[] pairs, int size, Object name) {
        // names are mostly literals, the same string as the one looked for
        for (int i = 0; i < size; i++) {
            if (pairs[2 * i] == name) {
                return i;
            }
        }
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (name.equals(pairs[2 * i])) {
                return i;
            }
        }
        return -1;
    }

    /** An immutable ordered map of a few names to values: name, value, name, value in one array. */
    private static final class Frozen extends AbstractMap<String, Object> {
        private final Object[] pairs;
        private final int size;
        private final boolean checked;
        private Set<Map.Entry<String, Object>> entries;

        Frozen(Object[] pairs, int size) {
            this.pairs = pairs;
            this.size = size;
            boolean ok = true;
            for (int i = 0; i < 2 * size && ok; i++) {
                ok = pairs[i] != null;
            }
            this.checked = ok;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object get(Object key) {
            int at = indexOf(pairs, size, key);
            return at < 0 ? null : pairs[2 * at + 1];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(pairs, size, key) >= 0;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            Set<Map.Entry<String, Object>> e = entries;
            if (e == null) {
                e = new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<String, Object>> iterator() {
                        return new Iterator<>() {
                            private int next;

                            @Override
                            public boolean hasNext() {
                                return next < size;
                            }

                            @Override
                            public Map.Entry<String, Object> next() {
                                if (next >= size) {
                                    throw new NoSuchElementException();
                                }
                                int i = next++;
                                return new AbstractMap.SimpleImmutableEntry<>(name(i), pairs[2 * i + 1]);
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return size;
                    }
                };
                entries = e;
            }
            return e;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super Object> action) {
            for (int i = 0; i < size; i++) {
                action.accept(name(i), pairs[2 * i + 1]);
            }
        }

        private String name(int i) {
            return (String) pairs[2 * i];
        }
    }
}
