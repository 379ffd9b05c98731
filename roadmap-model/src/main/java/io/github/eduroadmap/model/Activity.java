package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity of a roadmap ("мероприятие", "событие", "мера"): one row of its table.
 *
 * <pre>{@code
 * Activity a = Activity.builder()
 *     .number("2.")
 *     .title("Межмуниципальные семинары для управленческих команд по обмену опытом")
 *     .deadline(Deadline.parse("Сентябрь - октябрь"))
 *     .addExecutors(OrganisationExecutor.of("ГАУ ДПО ПК ИРО"), new RoleExecutor("Муниципальные кураторы ШНОР"))
 *     .addResults(ExpectedResult.parse("Диссеминация лучших практик"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Activity implements Extensible, WithActivity {

    Activity() {}

    /**
     * Returns a stable key by which monitoring documents may refer to this activity.
     *
     * @return the key, if one was given
     */
    public abstract Optional<String> id();

    /**
     * Returns the number as printed ("1.", "1.1", "13."); empty when the row has none.
     *
     * @return the printed number
     */
    public abstract Optional<String> number();

    /**
     * Returns the words of the activity, as printed.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Returns the deadline; empty when its cell is empty.
     *
     * @return the deadline
     */
    public abstract Optional<Deadline> deadline();

    /**
     * Returns who carries out the activity, in the order printed.
     *
     * @return the executors; empty when the cell is empty
     */
    public abstract List<Executor> executors();

    /**
     * Returns the expected results, in the order printed.
     *
     * @return the results; empty when the cell is empty
     */
    public abstract List<ExpectedResult> results();

    /**
     * Returns the {@link Objective#id() id} of the objective this activity serves, when it differs from or is not
     * given by its section.
     *
     * @return the objective's id
     */
    public abstract Optional<String> objective();

    /**
     * Returns printed words of this row that belong to no field: text cut off by a page break, OCR noise that
     * cannot be read, a remark.
     *
     * @return the notes in order
     */
    public abstract List<String> notes();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    private Optional<@OneLine String> getId() {
        return id();
    }

    private Optional<@OneLine String> getNumber() {
        return number();
    }

    @NotBlank
    private String getTitle() {
        return title();
    }

    private List<@Valid Executor> getExecutors() {
        return executors();
    }

    private List<@Valid ExpectedResult> getResults() {
        return results();
    }

    private Optional<@OneLine String> getObjective() {
        return objective();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds activities. */
    public static final class Builder extends ImmutableActivity.Builder {
        Builder() {}
    }
}
