package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.constraints.Percentage;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Percentage} on a number: within 0 and 100, both included. */
public final class PercentageValidator implements ConstraintValidator<Percentage, Number> {

    /** Creates the validator; Hibernate Validator calls this. */
    public PercentageValidator() {}

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null || Checks.isPercentage(value)) {
            return true;
        }
        Violations.withValue(context, value instanceof BigDecimal ? value : value.toString());
        return false;
    }
}
