package io.github.eduroadmap.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of a roadmap's table ("раздел", "блок", a "Задача 1. ..." or "I. ..." row) with its activities.
 */
@Value.Immutable
public abstract class Section implements Extensible, WithSection {

    Section() {}

    /**
     * Returns the number as printed: "I.", "2.", "Задача 3.", "II. 2."; empty when the row has none.
     *
     * @return the printed number
     */
    public abstract Optional<String> number();

    /**
     * Returns the words of the section row after its number.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Returns the {@link Objective#id() id} of the objective this section serves.
     *
     * @return the objective's id
     */
    public abstract Optional<String> objective();

    /**
     * Returns the activities of this section, in order.
     *
     * @return the activities
     */
    public abstract List<Activity> activities();

    /**
     * Returns printed words of the section row that belong to no field.
     *
     * @return the notes in order
     */
    public abstract List<String> notes();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds sections. */
    public static final class Builder extends ImmutableSection.Builder {
        Builder() {}
    }
}
