package io.github.eduroadmap.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * An expected result of an activity ("ожидаемый результат", "показатель результативности", "ключевой
 * результат"): its words and, when they state one, a typed target.
 *
 * @param text the words of the result, as printed
 * @param target the typed target the words state, if any
 */
public record ExpectedResult(@NotBlank String text, Optional<@Valid Target> target) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public ExpectedResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Returns the result with the target its words state, found by {@link Target#parse(String)}; the words are kept
     * whole, whatever target is found in them.
     *
     * @param text the words of the result
     * @return the result
     * @throws NullPointerException if {@code text} is null
     */
    public static ExpectedResult parse(String text) {
        return new ExpectedResult(text, Target.parse(text));
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
}
