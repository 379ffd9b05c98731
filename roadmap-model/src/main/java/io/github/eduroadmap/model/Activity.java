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
     * Returns the deadline; empty when its cell is empty. A deadline set from its words
     * ({@link Builder#deadlineWords(String)}) is read from them on the first call.
     *
     * @return the deadline
     */
    public Optional<Deadline> deadline() {
        return deadlineCell().map(DeadlineCell::get);
    }

    /**
     * Returns the words of the deadline cell, as printed: the {@link Deadline#text() text} of the deadline, known
     * without reading the words into a deadline. What a list or a table of activities shows.
     *
     * @return the words; empty when the cell is empty
     */
    public Optional<String> deadlineText() {
        return deadlineCell().map(DeadlineCell::text);
    }

    /**
     * Tells whether the deadline is the one its words say, {@code Deadline.parse(deadline.text())}: always so for a
     * deadline set from its words, which is known without reading them; for another, found by reading its words. A
     * writer may then write the words alone.
     *
     * @return true when there is a deadline and its words say the whole of it
     */
    public boolean deadlineIsFromWords() {
        return deadlineCell().map(DeadlineCell::isFromWords).orElse(false);
    }

    /**
     * Returns the deadline as the activity holds it: given, or words to read on first use. Not part of the API.
     *
     * @return the deadline's cell
     */
    abstract Optional<DeadlineCell> deadlineCell();

    /**
     * Returns a copy of this activity with a deadline.
     *
     * @param deadline the deadline
     * @return the copy
     */
    public Activity withDeadline(Deadline deadline) {
        return ImmutableActivity.copyOf(this).withDeadlineCell(DeadlineCell.of(deadline));
    }

    /**
     * Returns a copy of this activity with a deadline or none.
     *
     * @param deadline the deadline, or empty for none
     * @return the copy
     */
    public Activity withDeadline(Optional<? extends Deadline> deadline) {
        return ImmutableActivity.copyOf(this).withDeadlineCell(deadline.map(DeadlineCell::of));
    }

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
     * Returns the activity as text, the optional parts only when present: {@code Activity{extensions={}, number=2.,
     * title=..., deadline=MonthSpan[...], executors=[...], results=[...], notes=[]}}. A deadline set from its words
     * is shown read.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Activity{extensions=").append(extensions());
        id().ifPresent(v -> b.append(", id=").append(v));
        number().ifPresent(v -> b.append(", number=").append(v));
        b.append(", title=").append(title());
        deadline().ifPresent(v -> b.append(", deadline=").append(v));
        b.append(", executors=").append(executors()).append(", results=").append(results());
        objective().ifPresent(v -> b.append(", objective=").append(v));
        return b.append(", notes=").append(notes()).append('}').toString();
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

        /**
         * Sets the deadline.
         *
         * @param deadline the deadline
         * @return this builder
         */
        public Builder deadline(Deadline deadline) {
            deadlineCell(DeadlineCell.of(deadline));
            return this;
        }

        /**
         * Sets the deadline, or none.
         *
         * @param deadline the deadline, or empty for none
         * @return this builder
         */
        public Builder deadline(Optional<? extends Deadline> deadline) {
            deadlineCell(deadline.map(DeadlineCell::of));
            return this;
        }

        /**
         * Sets the deadline these words say, {@link Deadline#parse(String)} of them, read on first use of
         * {@link Activity#deadline()} rather than now: an activity that is only shown or converted never pays for
         * reading its deadline. The deadline parser never throws, so this is the same as
         * {@code deadline(Deadline.parse(words))} but for when the work is done.
         *
         * @param words the words of the deadline cell
         * @return this builder
         */
        public Builder deadlineWords(String words) {
            deadlineCell(DeadlineCell.ofWords(words));
            return this;
        }
    }
}
