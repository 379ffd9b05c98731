package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.Percentage;
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
 * @param value the number, kept without trailing zeros
 * @param unit what the number counts in
 * @param population what is counted or what the percentage is of ("родителей", "семинаров/вебинаров")
 * @param per the unit of a rate ("на одного регионального методиста", "в квартал")
 */
@Percentage
public record Target(
        String text,
        Comparison comparison,
        BigDecimal value,
        Unit unit,
        Optional<String> population,
        Optional<String> per) {

    /**
     * Checks the parts and writes the value without trailing zeros, so that "100", "100,0" and {@code 1E+2} are
     * the same value and targets compare equal by their numbers.
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
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /**
     * Finds the target in the words of an expected result. Never throws: words without a number give no target.
     *
     * <p>Understands the seeds' phrasings: "100% школ-участниц Проекта 500+", "не менее 10 семинаров/вебинаров",
     * "не менее 60% родителей", "не более 200 человек на одного регионального методиста", "Обучено 82 куратора",
     * "стопроцентной готовности", numbers written as words ("не менее четырех").
     *
     * <p>One target per result: the first number, in reading order, that is a target. A percentage does not win
     * over an earlier count; later numbers qualify the first ("Проведено 10 методических дней с привлечением к
     * участию 34 муниципалитетов" is 10 days), and a constraint after the target ("Вовлечение 100% учителей ... (из
     * расчета не более 200 человек на одного регионального методиста)") stays in the result's words only. These
     * numbers are never targets: years ("на 2021-2023 годы", "Август 2022"), dates ("01.03.2021", "до 10 числа"),
     * names ("Проекта 500+", anything in quotes), grades ("ГИА – 9", "9 класс"), ordinals ("1 этап"), document
     * numbers ("№ 234"), list numbers and course lengths in brackets ("(144 часа)"); nor is a bare number with no
     * comparison, unit or noun after it ("в 20").
     *
     * <p>Comparisons: "не менее", "не ниже", "как минимум", "от" are at least; "не более", "не выше" are at most;
     * "до 200 человек" is at most, but "увеличение ... до 80%" is at least; a range "от 10 до 20 семинаров" is at
     * least 10; anything else is exactly. The {@link #text() text} is the part of the words the target was read
     * from (comparison, number, unit, population and rate), exactly as printed; the population and the rate are
     * as printed with whitespace runs made single spaces.
     *
     * @param text the words of an expected result
     * @return the target, or empty when no number in the words is a target
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
