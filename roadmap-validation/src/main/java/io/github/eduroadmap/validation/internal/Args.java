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
 * <p>The map is immutable and small: names and values in two arrays, looked up by a scan. A violation keeps it as it
 * is instead of copying it when it is {@link #isChecked(Map) checked} (every name and value present), and a message
 * is rendered from it without a copy.
 */
public final class Args {

    private Args() {}

    /**
     * Returns the arguments as an ordered map.
     *
     * @param namesAndValues name, value, name, value, ...
     * @return the map, in the order given; immutable
     * @throws IllegalArgumentException if a name is missing its value or is not a string
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name-value pairs");
        }
        int n = namesAndValues.length / 2;
        String[] names = new String[n];
        Object[] values = new Object[n];
        int size = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("an argument name is a string, got " + namesAndValues[i]);
            }
            String name = (String) namesAndValues[i];
            int at = indexOf(names, size, name);
            if (at >= 0) {
                // a repeated name keeps its place and takes the later value, as a LinkedHashMap would
                values[at] = namesAndValues[i + 1];
            } else {
                names[size] = name;
                values[size] = namesAndValues[i + 1];
                size++;
            }
        }
        return new Frozen(names, values, size);
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
        int n = arguments.size();
        String[] names = new String[n];
        Object[] values = new Object[n];
        int size = 0;
        for (Map.Entry<String, ?> e : arguments.entrySet()) {
            if (size == n) {
                // a map whose size does not say how many entries it has: grow as needed
                names = Arrays.copyOf(names, 2 * n + 1);
                values = Arrays.copyOf(values, 2 * n + 1);
                n = names.length;
            }
            String name = e.getKey();
            int at = indexOf(names, size, name);
            if (at >= 0) {
                values[at] = e.getValue();
            } else {
                names[size] = name;
                values[size] = e.getValue();
                size++;
            }
        }
        return new Frozen(names, values, size);
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
        int n = a.size;
        String[] names = Arrays.copyOf(a.names, n + 1);
        Object[] values = Arrays.copyOf(a.values, n + 1);
        int at = indexOf(names, n, name);
        if (at >= 0) {
            values[at] = value;
        } else {
            names[n] = name;
            values[n] = value;
            n++;
        }
        return new Frozen(names, values, n);
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

    private static int indexOf(String[] names, int size, Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (name.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** An immutable ordered map of a few names to values. */
    private static final class Frozen extends AbstractMap<String, Object> {
        private final String[] names;
        private final Object[] values;
        private final int size;
        private final boolean checked;
        private Set<Map.Entry<String, Object>> entries;

        Frozen(String[] names, Object[] values, int size) {
            this.names = names;
            this.values = values;
            this.size = size;
            boolean ok = true;
            for (int i = 0; i < size && ok; i++) {
                ok = names[i] != null && values[i] != null;
            }
            this.checked = ok;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object get(Object key) {
            int at = indexOf(names, size, key);
            return at < 0 ? null : values[at];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(names, size, key) >= 0;
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
                                return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
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
                action.accept(names[i], values[i]);
            }
        }
    }
}
