package io.github.eduroadmap.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * An expected result of an activity ("ожидаемый результат", "показатель результативности", "ключевой
 * результат"): its words and, when they state one, a typed target.
 *
 * <p>A result made from its words ({@link #parse(String)}) reads them into a target on first use of
 * {@link #target()}, not before: a roadmap that is only shown or converted never pays for reading the targets of its
 * results. The target parser is a pure function of the words that never throws, so the result behaves as if the
 * target had been read at once; reading is thread-safe and happens at most a few times (once in the usual case).
 *
 * <p>A value: two results are equal when their words and their targets are equal, whether each target was given or
 * read from the words.
 */
public final class ExpectedResult {

    private final String text;

    /** Whether the target is read from the words, as {@link #parse(String)} does. */
    private final boolean fromWords;

    /**
     * The target, or null until the words are read. A racy single check: an {@code Optional} of an immutable target
     * is safely published through its final fields, and reading the words twice gives an equal target.
     */
    private Optional<Target> target;

    /**
     * Creates a result with words and a target given apart from them.
     *
     * @param text the words of the result, as printed
     * @param target the typed target the words state, if any
     * @throws NullPointerException if a part is null
     */
    public ExpectedResult(String text, Optional<Target> target) {
        this.text = Objects.requireNonNull(text, "text");
        this.target = Objects.requireNonNull(target, "target");
        this.fromWords = false;
    }

    private ExpectedResult(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.fromWords = true;
    }

    /**
     * Returns the result with the target its words state, found by {@link Target#parse(String)} on first use of
     * {@link #target()}; the words are kept whole, whatever target is found in them.
     *
     * @param text the words of the result
     * @return the result
     * @throws NullPointerException if {@code text} is null
     */
    public static ExpectedResult parse(String text) {
        return new ExpectedResult(text);
    }

    /**
     * Returns the result with words only and no target.
     *
     * @param text the words of the result
     * @return the result
     */
    public static ExpectedResult ofText(String text) {
        return new ExpectedResult(text, Optional.empty());
    }

    /**
     * Returns the words of the result, as printed.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the typed target the words state, if any: for a result made by {@link #parse(String)}, read from the
     * words on the first call.
     *
     * @return the target
     */
    public Optional<Target> target() {
        Optional<Target> t = target;
        if (t == null) {
            t = Target.parse(text);
            target = t;
        }
        return t;
    }

    /**
     * Tells whether the target is the one the words state, {@link Target#parse(String)} of the text: always so for a
     * result made by {@link #parse(String)}, which is known without reading the words; for another, found by reading
     * them. A writer may then write the words alone.
     *
     * @return true when the words say the whole of the result
     */
    public boolean targetIsFromWords() {
        return fromWords || target().equals(Target.parse(text));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExpectedResult)) {
            return false;
        }
        ExpectedResult other = (ExpectedResult) o;
        return text.equals(other.text) && target().equals(other.target());
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + target().hashCode();
    }

    /**
     * Returns the result as text, as a record would: {@code ExpectedResult[text=..., target=...]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "ExpectedResult[text=" + text + ", target=" + target() + "]";
    }

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only: these private getters carry the constraints of the accessors, so that every
    // validator sees them without configuration. They are not part of the API.

    @NotBlank
    private String getText() {
        return text;
    }

    private Optional<@Valid Target> getTarget() {
        return target();
    }
}
