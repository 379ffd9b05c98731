package io.github.eduroadmap.model;

import io.github.eduroadmap.model.internal.TargetParser;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed target stated by an expected result: "не менее 60% родителей" is at least 60 percent of parents.
 *
 * <pre>{@code
 * Target.parse("100% школ-участниц Проекта 500+")
 *     // Optional[Target[text=100% школ-участниц Проекта 500+, comparison=EXACTLY, value=100, unit=PERCENT,
 *     //        population=Optional[школ-участниц Проекта 500+], per=Optional.empty]]
 * }</pre>
 *
 * @param text the words the target was read from, a part of the result's text
 * @param comparison at least, at most or exactly
 * @param value the number
 * @param unit what the number counts in
 * @param population what is counted or what the percentage is of ("родителей", "семинаров/вебинаров")
 * @param per the unit of a rate ("на одного регионального методиста", "в квартал")
 */
public record Target(
        String text,
        Comparison comparison,
        BigDecimal value,
        Unit unit,
        Optional<String> population,
        Optional<String> per) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Target {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(per, "per");
    }

    /**
     * Finds the target in the words of an expected result. Never throws: words without a number give no target.
     *
     * <p>Understands the seeds' phrasings: "100% школ-участниц Проекта 500+", "не менее 10 семинаров/вебинаров",
     * "не менее 60% родителей", "не более 200 человек на одного регионального методиста", "Обучено 82 куратора",
     * "стопроцентной готовности", numbers written as words ("не менее четырех").
     *
     * @param text the words of an expected result
     * @return the target, or empty when the words state no number
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Target> parse(String text) {
        return TargetParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Tells whether this target asks for every member of its population: exactly or at least 100 percent.
     *
     * @return true for "100% школ-участниц", "Вовлечение 100% учителей", "стопроцентной готовности"
     */
    public boolean isFullCoverage() {
        return unit == Unit.PERCENT
                && comparison != Comparison.AT_MOST
                && value.compareTo(BigDecimal.valueOf(100)) == 0;
    }
}
