package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OneLine}: no line feed, carriage return, next line, line or paragraph separator. */
public final class OneLineValidator implements ConstraintValidator<OneLine, CharSequence> {

    /** Creates the validator; Hibernate Validator calls this. */
    public OneLineValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return Checks.isOneLine(value);
    }
}
