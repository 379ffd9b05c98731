package io.github.eduroadmap.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact the roadmap states about its situation, with its numbers: "16 общеобразовательных организаций ... (из них
 * 75% - городские округа, 25% - сельские территории)", "количество школ с низкими образовательными результатами
 * (ШНОР) – 36% (176)".
 *
 * <p>When the shares split the total into parts ({@link #partition()}), they should sum to 100% and agree with the
 * total: 75% of 16 schools is 12.
 */
@Value.Immutable
public abstract class ContextFact implements Extensible, WithContextFact {

    ContextFact() {}

    /**
     * Returns the words of the fact, as printed.
     *
     * @return the text
     */
    public abstract String text();

    /**
     * Returns the total the fact counts, e.g. 16.
     *
     * @return the total, if stated
     */
    public abstract Optional<BigDecimal> total();

    /**
     * Returns what the total counts, as printed.
     *
     * @return e.g. "общеобразовательных организаций"
     */
    public abstract Optional<String> totalOf();

    /**
     * Returns the shares the fact states, in order.
     *
     * @return the shares
     */
    public abstract List<Share> shares();

    /**
     * Tells whether the shares split the total into parts, so that they must sum to 100%.
     *
     * @return true for "из них 75% - городские округа, 25% - сельские территории"
     */
    @Value.Default
    public boolean partition() {
        return false;
    }

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @NotBlank
    private String getText() {
        return text();
    }

    private Optional<@PositiveOrZero BigDecimal> getTotal() {
        return total();
    }

    private List<@Valid Share> getShares() {
        return shares();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds context facts. */
    public static final class Builder extends ImmutableContextFact.Builder {
        Builder() {}
    }
}
