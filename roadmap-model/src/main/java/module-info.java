/**
 * The immutable model of education quality roadmaps: values, the deadline algebra and its Russian parser, indicator
 * targets, calendars, and the Bean Validation constraints of {@code io.github.eduroadmap.model.constraints}.
 */
// "module": the qualified opens names Hibernate Validator, which the model does not require.
@SuppressWarnings("module")
module io.github.eduroadmap.model {
    requires static org.immutables.value.annotations;
    requires static jakarta.validation;

    exports io.github.eduroadmap.model;
    exports io.github.eduroadmap.model.constraints;

    // Bean Validation reads the constraints of the private getters, when Hibernate Validator is present.
    opens io.github.eduroadmap.model to
            org.hibernate.validator;
}
