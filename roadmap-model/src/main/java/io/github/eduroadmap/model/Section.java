package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    private Optional<@OneLine String> getNumber() {
        return number();
    }

    @NotBlank
    private String getTitle() {
        return title();
    }

    private Optional<@OneLine String> getObjective() {
        return objective();
    }

    private List<@Valid Activity> getActivities() {
        return activities();
    }

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
