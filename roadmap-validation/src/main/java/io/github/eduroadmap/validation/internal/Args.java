package io.github.eduroadmap.validation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Message arguments in the order given: {@code Args.of("number", 7, "previous", 5)}. */
public final class Args {

    private Args() {}

    /**
     * Returns the arguments as an ordered map.
     *
     * @param namesAndValues name, value, name, value, ...
     * @return the map, in the order given
     * @throws IllegalArgumentException if a name is missing its value or is not a string
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name-value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("an argument name is a string, got " + namesAndValues[i]);
            }
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
