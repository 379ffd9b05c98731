/** The roadmap validator: Bean Validation for structure, the rule engine for the domain, reports in ru and en. */
module io.github.eduroadmap.validation {
    requires transitive io.github.eduroadmap.model;
    requires org.hibernate.validator;
    requires jakarta.validation;

    exports io.github.eduroadmap.validation;

    uses io.github.eduroadmap.validation.Rule;
}
