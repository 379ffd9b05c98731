package io.github.eduroadmap.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.eduroadmap.io");

    @Test
    void noPublicApiMethodTakesOrReturnsAnInternalType() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.eduroadmap.io")
                .and()
                .arePublic()
                .should(new ArchCondition<JavaMethod>("neither take nor return an internal type") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        boolean internal = m.getRawReturnType().getPackageName().contains(".internal")
                                || m.getRawParameterTypes().stream()
                                        .anyMatch(t -> t.getPackageName().contains(".internal"));
                        if (internal && m.getOwner().getModifiers().contains(JavaModifier.PUBLIC)) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes an internal type"));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void theModelKnowsNothingOfThisModule() {
        noClasses()
                .that()
                .resideInAPackage("io.github.eduroadmap.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.eduroadmap.io..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.eduroadmap.model"));
    }

    @Test
    void theInternalsDoNotDependOnThePublicApi() {
        noClasses()
                .that()
                .resideInAPackage("io.github.eduroadmap.io.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.eduroadmap.io")
                .check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenPackages() {
        slices().matching("io.github.eduroadmap.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
