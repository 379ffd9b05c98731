/**
 * The validators of the model's own constraints ({@code io.github.eduroadmap.model.constraints}), registered with
 * Hibernate Validator through {@link java.util.ServiceLoader} ({@code META-INF/services/jakarta.validation.ConstraintValidator}
 * and {@code provides} in the module), so that every validator factory finds them without configuration; and
 * {@link io.github.eduroadmap.validation.internal.constraints.Checks}, what they check, which the validator's own
 * structure checker asks too. Only the validators need Hibernate Validator, an optional dependency: the validator
 * never loads them.
 */
package io.github.eduroadmap.validation.internal.constraints;
