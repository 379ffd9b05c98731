/**
 * Bean Validation constraints of the roadmap model that the standard constraints do not express.
 *
 * <p>The model's classes carry these and a few standard constraints ({@code @NotBlank}, {@code @NotEmpty},
 * {@code @PositiveOrZero}, {@code @Valid}) on their fields, so that any Jakarta Validation provider configured the
 * usual way (Spring's {@code @Valid}, a plain {@code Validation.buildDefaultValidatorFactory()}) checks them. The
 * validators of these constraints live in {@code roadmap-validation}, which registers them with Hibernate Validator
 * through {@link java.util.ServiceLoader}; put that module and Hibernate Validator on the class path to validate a
 * roadmap this way. Their messages, in English and Russian, are in its {@code ContributorValidationMessages}
 * bundles. {@code roadmap-validation}'s own validator evaluates the same annotations itself, without Hibernate
 * Validator.
 *
 * <p>Nothing here is needed at run time by a program that does not validate: the annotations' own annotations
 * come from {@code jakarta.validation-api}, which the model needs only to compile.
 */
package io.github.eduroadmap.model.constraints;
