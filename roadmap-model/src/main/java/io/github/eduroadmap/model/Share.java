package io.github.eduroadmap.model;

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
public record Share(String label, BigDecimal percent, Optional<BigDecimal> count) {

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
