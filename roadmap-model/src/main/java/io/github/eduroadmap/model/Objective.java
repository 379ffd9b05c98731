package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective of a roadmap ("Задачи: 1. ..."), to which sections and activities refer by its {@link #id() id}.
 *
 * <pre>{@code
 * Objective o = Objective.builder().id("1").number("1.").title("развитие кадрового потенциала школ").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Objective implements Extensible, WithObjective {

    Objective() {}

    /**
     * Returns the key by which sections and activities refer to this objective, e.g. "1".
     *
     * @return the key, unique within the roadmap
     */
    public abstract String id();

    /**
     * Returns the number as printed, e.g. "1.".
     *
     * @return the printed number, if any
     */
    public abstract Optional<String> number();

    /**
     * Returns the words of the objective, as printed.
     *
     * @return the title
     */
    public abstract String title();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @NotBlank
    @OneLine
    private String getId() {
        return id();
    }

    private Optional<@OneLine String> getNumber() {
        return number();
    }

    @NotBlank
    private String getTitle() {
        return title();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds objectives. */
    public static final class Builder extends ImmutableObjective.Builder {
        Builder() {}
    }
}
