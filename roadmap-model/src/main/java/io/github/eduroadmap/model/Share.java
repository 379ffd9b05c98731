package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.Percentage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A share stated by a context fact: "75% - городские округа", "ШНОР – 36% (176)".
 *
 * @param label what the share is of, as printed
 * @param percent the percentage
 * @param count the count the document gives beside the percentage, if any
 */
public record Share(
        @NotBlank String label, @Percentage BigDecimal percent, Optional<@PositiveOrZero BigDecimal> count) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Share {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(count, "count");
    }
}
