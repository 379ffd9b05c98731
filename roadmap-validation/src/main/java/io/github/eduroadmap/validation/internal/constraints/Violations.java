package io.github.eduroadmap.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Helps the validators report: message parameters and the same arguments as the violation's dynamic payload, which
 * the engine turns into {@link io.github.eduroadmap.validation.Violation#arguments()}.
 */
final class Violations {

    private Violations() {}

    /**
     * Gives the default violation the argument {@code value}.
     *
     * @param context the context
     * @param value the value the message speaks of
     */
    static void withValue(ConstraintValidatorContext context, Object value) {
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.addMessageParameter("value", value);
        h.withDynamicPayload(arguments(Map.of("value", value)));
    }

    /**
     * Reports a violation at a property of the validated object, with its value as the argument {@code value}.
     *
     * @param context the context
     * @param property the property's name
     * @param value the property's value
     */
    static void at(ConstraintValidatorContext context, String property, Object value) {
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.addMessageParameter("value", value);
        h.withDynamicPayload(arguments(Map.of("value", value)));
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    /**
     * Starts a violation of its own with the argument {@code value}; the caller adds the nodes and the violation.
     *
     * @param context the context
     * @param value the value the message speaks of
     * @return the builder
     */
    static ConstraintViolationBuilder start(ConstraintValidatorContext context, String value) {
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.addMessageParameter("value", value);
        h.withDynamicPayload(arguments(Map.of("value", value)));
        context.disableDefaultConstraintViolation();
        return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    }

    /**
     * Wraps arguments as a dynamic payload the engine recognises.
     *
     * @param args the arguments by name, in order
     * @return the payload
     */
    static Arguments arguments(Map<String, Object> args) {
        return new Arguments(Collections.unmodifiableMap(new LinkedHashMap<>(args)));
    }
}
