package io.github.eduroadmap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated percentage lies within 0 and 100, both included.
 *
 * <p>{@code null} is valid. Applies to a {@link java.math.BigDecimal} or other {@link Number} (the percentage itself),
 * and at class level to a {@link io.github.eduroadmap.model.Target} or an
 * {@link io.github.eduroadmap.model.IndicatorMeasurement}, whose value it checks when their unit is
 * {@link io.github.eduroadmap.model.Unit#PERCENT}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE, TYPE})
@Retention(RUNTIME)
@Repeatable(Percentage.List.class)
public @interface Percentage {

    /**
     * Returns the message template.
     *
     * @return the key of the message in {@code ContributorValidationMessages}, by default
     *     {@code {io.github.eduroadmap.model.constraints.Percentage.message}}
     */
    String message() default "{io.github.eduroadmap.model.constraints.Percentage.message}";

    /**
     * Returns the groups the constraint belongs to.
     *
     * @return the groups; the default group unless set
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload of the constraint.
     *
     * @return the payload; none unless set
     */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link Percentage} constraints on the same element. */
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE, TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        Percentage[] value();
    }
}
