package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.constraints.WellOrdered;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link WellOrdered}: a range does not end before it starts. */
public final class WellOrderedValidator implements ConstraintValidator<WellOrdered, DateRange> {

    /** Creates the validator; Hibernate Validator calls this. */
    public WellOrderedValidator() {}

    @Override
    public boolean isValid(DateRange range, ConstraintValidatorContext context) {
        if (range == null || range.isWellOrdered()) {
            return true;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("start", range.start());
        args.put("end", range.end());
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        args.forEach(h::addMessageParameter);
        h.withDynamicPayload(Violations.arguments(args));
        return false;
    }
}
