package io.github.eduroadmap.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wall between the public API and the internals. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.eduroadmap.testing");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    @Test
    void publicMethodsNeitherTakeNorReturnInternalTypes() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.eduroadmap.testing")
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(DescribedPredicate.not(INTERNAL))
                .andShould()
                .haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL)))
                .check(CLASSES);
    }

    @Test
    void internalsDoNotDependOnThePublicApi() {
        noClasses()
                .that()
                .resideInAPackage("..internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.eduroadmap.testing")
                .check(CLASSES);
    }

    @Test
    void needNoAssertionLibraryAtRunTime() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.assertj..", "org.hamcrest..", "org.opentest4j..", "com.google.common.truth..")
                .check(CLASSES);
    }

    @Test
    void haveNoCyclesBetweenPackages() {
        slices().matching("io.github.eduroadmap.testing.(**)")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void keepTheArgumentProvidersOutOfThePublicApi() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Provider")
                .should()
                .notBePublic()
                .andShould()
                .haveModifier(JavaModifier.FINAL)
                .check(CLASSES);
    }
}
