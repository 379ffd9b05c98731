package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A short form the roadmap defines that is not an organisation: "(далее – ШНОР)", "(далее – Проект)",
 * "(далее – РПШ)".
 *
 * @param abbreviation the short form, e.g. "ШНОР"
 * @param meaning the full words, e.g. "общеобразовательные организации с низкими результатами обучения"
 */
public record Term(
        @NotBlank @OneLine String abbreviation, @NotBlank String meaning) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Term {
        Objects.requireNonNull(abbreviation, "abbreviation");
        Objects.requireNonNull(meaning, "meaning");
    }
}
