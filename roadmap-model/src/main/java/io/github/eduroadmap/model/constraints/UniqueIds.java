package io.github.eduroadmap.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.eduroadmap.model.Roadmap} gives no two objectives the same
 * {@link io.github.eduroadmap.model.Objective#id() id}, and no two activities the same
 * {@link io.github.eduroadmap.model.Activity#id() id}.
 *
 * <p>Each later use of an id is a violation at that objective's or activity's {@code id}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(UniqueIds.List.class)
public @interface UniqueIds {

    /**
     * Returns the message template.
     *
     * @return the key of the message in {@code ContributorValidationMessages}, by default
     *     {@code {io.github.eduroadmap.model.constraints.UniqueIds.message}}
     */
    String message() default "{io.github.eduroadmap.model.constraints.UniqueIds.message}";

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

    /** Several {@link UniqueIds} constraints on the same element. */
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        UniqueIds[] value();
    }
}
