package io.github.eduroadmap.model;

import java.util.Objects;

/**
 * The identifier of a roadmap, by which monitoring documents refer to it.
 *
 * <p>Any non-blank text without line breaks, e.g. {@code primorsky-2021-low-results}.
 *
 * @param value the identifier
 */
public record RoadmapId(String value) implements Comparable<RoadmapId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank or contains a line break
     */
    public RoadmapId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a roadmap id is non-blank text on one line, got \"" + value + "\"");
        }
    }

    /**
     * Returns the identifier with this value.
     *
     * @param value the identifier
     * @return the identifier
     */
    public static RoadmapId of(String value) {
        return new RoadmapId(value);
    }

    @Override
    public int compareTo(RoadmapId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
