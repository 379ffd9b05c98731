package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.constraints.Percentage;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Percentage} on a number: within 0 and 100, both included. */
public final class PercentageValidator implements ConstraintValidator<Percentage, Number> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Creates the validator; Hibernate Validator calls this. */
    public PercentageValidator() {}

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null || isPercentage(value)) {
            return true;
        }
        Violations.withValue(context, value instanceof BigDecimal ? value : value.toString());
        return false;
    }

    /**
     * Tells whether a number lies within 0 and 100, both included.
     *
     * @param value the number
     * @return true when it does; false for NaN and infinities
     */
    static boolean isPercentage(Number value) {
        BigDecimal d;
        if (value instanceof BigDecimal) {
            d = (BigDecimal) value;
        } else if (value instanceof Double || value instanceof Float) {
            double x = value.doubleValue();
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return false;
            }
            d = BigDecimal.valueOf(x);
        } else {
            d = new BigDecimal(value.toString());
        }
        return d.signum() >= 0 && d.compareTo(HUNDRED) <= 0;
    }
}
