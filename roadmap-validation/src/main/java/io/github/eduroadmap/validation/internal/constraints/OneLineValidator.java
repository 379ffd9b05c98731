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
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isLineBreak(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a character breaks a line.
     *
     * @param c the character
     * @return true for LF, CR, NEL, LS and PS
     */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
