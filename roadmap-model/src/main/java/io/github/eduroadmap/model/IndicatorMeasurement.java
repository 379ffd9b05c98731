package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.model.constraints.Percentage;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured value of an expected result's indicator: "on 2021-06-30, 64% of parents were involved".
 *
 * <p>The indicator is referred to by a JSON Pointer into the serialized roadmap,
 * {@code /sections/3/activities/2/results/0}, or by an activity id followed by {@code /results/<n>}.
 */
@Value.Immutable
@Percentage
public abstract class IndicatorMeasurement implements Extensible, WithIndicatorMeasurement {

    IndicatorMeasurement() {}

    /**
     * Returns the expected result measured.
     *
     * @return a pointer or activity-id reference to the result
     */
    public abstract String result();

    /**
     * Returns the measured value.
     *
     * @return the value
     */
    public abstract BigDecimal value();

    /**
     * Returns the unit of the value.
     *
     * @return the unit
     */
    public abstract Unit unit();

    /**
     * Returns the day the value was measured on.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns what or whom the measurement covers, when not the whole roadmap: a municipality, a school.
     *
     * @return the scope, if recorded
     */
    public abstract Optional<String> scope();

    /**
     * Returns where the value comes from: a survey, a system, a report.
     *
     * @return the source, if recorded
     */
    public abstract Optional<String> source();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @NotBlank
    @OneLine
    private String getResult() {
        return result();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds indicator measurements. */
    public static final class Builder extends ImmutableIndicatorMeasurement.Builder {
        Builder() {}
    }
}
