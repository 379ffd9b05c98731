package io.github.eduroadmap.io.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names of a model enum in the file format: lower-case words joined by {@code -} ({@code MUNICIPAL_AUTHORITY} is
 * {@code municipal-authority}).
 *
 * @param <E> the enum
 */
public final class EnumNames<E extends Enum<E>> {

    private final String noun;
    private final String[] names;
    private final Map<String, E> byName = new HashMap<>();
    private final String allowed;

    /**
     * Builds the names of an enum.
     *
     * @param type the enum class
     * @param noun what a value is, with its article, for messages: "a level"
     */
    public EnumNames(Class<E> type, String noun) {
        this.noun = noun;
        E[] constants = type.getEnumConstants();
        this.names = new String[constants.length];
        StringBuilder all = new StringBuilder();
        for (E c : constants) {
            String name = c.name().toLowerCase(Locale.ROOT).replace('_', '-');
            names[c.ordinal()] = name;
            byName.put(name, c);
            if (all.length() > 0) {
                all.append(", ");
            }
            all.append(name);
        }
        this.allowed = all.toString();
    }

    /**
     * Returns the name of a value.
     *
     * @param value the value
     * @return e.g. "municipal-authority"
     */
    public String name(E value) {
        return names[value.ordinal()];
    }

    /**
     * Finds a value by its name.
     *
     * @param name the name as written
     * @return the value, or null when no value has the name
     */
    public E find(String name) {
        return byName.get(name);
    }

    /**
     * Returns what a value is, with its article.
     *
     * @return e.g. "a level"
     */
    public String noun() {
        return noun;
    }

    /**
     * Returns all names for messages.
     *
     * @return "federal, regional, municipal, school"
     */
    public String allowed() {
        return allowed;
    }
}
