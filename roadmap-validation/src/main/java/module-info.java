/** The roadmap validator: Bean Validation for structure, the rule engine for the domain, reports in ru and en. */
module io.github.eduroadmap.validation {
    requires transitive io.github.eduroadmap.model;
    requires org.hibernate.validator;
    requires jakarta.validation;

    exports io.github.eduroadmap.validation;

    // Hibernate Validator instantiates the validators of the model's constraints by reflection.
    opens io.github.eduroadmap.validation.internal.constraints to
            org.hibernate.validator;

    uses io.github.eduroadmap.validation.Rule;

    provides jakarta.validation.ConstraintValidator with
            io.github.eduroadmap.validation.internal.constraints.OneLineValidator,
            io.github.eduroadmap.validation.internal.constraints.PercentageValidator,
            io.github.eduroadmap.validation.internal.constraints.TargetPercentageValidator,
            io.github.eduroadmap.validation.internal.constraints.MeasurementPercentageValidator,
            io.github.eduroadmap.validation.internal.constraints.WellOrderedValidator,
            io.github.eduroadmap.validation.internal.constraints.UniqueIdsValidator;
}
