package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.model.constraints.Percentage;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Percentage} on a measurement: a measurement in percent is 0 to 100. */
public final class MeasurementPercentageValidator implements ConstraintValidator<Percentage, IndicatorMeasurement> {

    /** Creates the validator; Hibernate Validator calls this. */
    public MeasurementPercentageValidator() {}

    @Override
    public boolean isValid(IndicatorMeasurement measurement, ConstraintValidatorContext context) {
        if (measurement == null || measurement.unit() != Unit.PERCENT || Checks.isPercentage(measurement.value())) {
            return true;
        }
        Violations.at(context, "value", measurement.value());
        return false;
    }
}
