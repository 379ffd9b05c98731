/** The roadmap validator: Bean Validation for structure, the rule engine for the domain, reports in ru and en. */
module io.github.eduroadmap.validation {
    requires transitive io.github.eduroadmap.model;
    // the constraints' annotation types: the validator reads them from the model to check structure
    requires jakarta.validation;
    // only the constraint validators registered below use it, when an application validates with Hibernate Validator
    requires static org.hibernate.validator;

    exports io.github.eduroadmap.validation;

    // An application's Hibernate Validator instantiates the validators of the model's constraints by reflection.
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
