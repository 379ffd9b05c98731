package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.model.constraints.Percentage;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Percentage} on a target: a target in percent targets 0 to 100. */
public final class TargetPercentageValidator implements ConstraintValidator<Percentage, Target> {

    /** Creates the validator; Hibernate Validator calls this. */
    public TargetPercentageValidator() {}

    @Override
    public boolean isValid(Target target, ConstraintValidatorContext context) {
        if (target == null || target.unit() != Unit.PERCENT || Checks.isPercentage(target.value())) {
            return true;
        }
        Violations.at(context, "value", target.value());
        return false;
    }
}
