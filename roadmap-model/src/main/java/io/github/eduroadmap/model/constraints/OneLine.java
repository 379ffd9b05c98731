package io.github.eduroadmap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is on one line: no line feed, carriage return, next line, line or paragraph separator.
 *
 * <p>{@code null} is valid. Applies to {@link CharSequence}; on an {@link java.util.Optional} of text it checks the
 * text, if any. Used on identifiers, printed numbers and abbreviations, which a reader matches word for word.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(OneLine.List.class)
public @interface OneLine {

    /**
     * Returns the message template.
     *
     * @return the key of the message in {@code ContributorValidationMessages}, by default
     *     {@code {io.github.eduroadmap.model.constraints.OneLine.message}}
     */
    String message() default "{io.github.eduroadmap.model.constraints.OneLine.message}";

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

    /** Several {@link OneLine} constraints on the same element. */
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @Documented
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        OneLine[] value();
    }
}
