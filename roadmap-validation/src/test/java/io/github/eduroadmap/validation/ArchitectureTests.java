package io.github.eduroadmap.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wall between the validator's public API and its internals, and what the internals may use. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.eduroadmap.validation");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    @Test
    void publicMethodsOfTheApiNeitherTakeNorReturnInternalTypes() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.eduroadmap.validation")
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(DescribedPredicate.not(INTERNAL))
                .andShould()
                .haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL)))
                .check(CLASSES);
    }

    @Test
    void theConstraintValidatorsKnowNothingOfTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("..validation.internal.constraints..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.eduroadmap.validation", "..validation.internal", "..internal.rules..")
                .check(CLASSES);
    }

    @Test
    void theValidatorNeedsNoHibernateValidator() {
        // Hibernate Validator is optional: only the constraint validators an application's own Hibernate Validator
        // loads may use it, never what the validator runs (the engine, the structure checker, the rules, Checks)
        noClasses()
                .that()
                .resideOutsideOfPackage("..validation.internal.constraints..")
                .or()
                .haveSimpleName("Checks")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hibernate..")
                .check(CLASSES);
        String constraints = "io.github.eduroadmap.validation.internal.constraints";
        noClasses()
                .that()
                .resideOutsideOfPackage(constraints)
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "the constraint validators or their helpers",
                        c -> c.getPackageName().equals(constraints)
                                && !c.getName().startsWith(constraints + ".Checks")))
                .check(CLASSES);
    }

    @Test
    void theModelsConstraintsNeedNoHibernateClasses() {
        noClasses()
                .that()
                .resideInAPackage("io.github.eduroadmap.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hibernate..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.eduroadmap.model"));
    }
}
