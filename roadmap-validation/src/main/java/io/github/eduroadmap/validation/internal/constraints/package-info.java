/**
 * The validators of the model's own constraints ({@code io.github.eduroadmap.model.constraints}), registered with
 * Hibernate Validator through {@link java.util.ServiceLoader} ({@code META-INF/services/jakarta.validation.ConstraintValidator}
 * and {@code provides} in the module), so that every validator factory finds them without configuration.
 */
package io.github.eduroadmap.validation.internal.constraints;
