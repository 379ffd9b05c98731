package io.github.eduroadmap.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The walls between the modules and between each module's API and its internals: the public API never takes or
 * returns an internal type, no module is exported with its internals, dependencies run one way and the model depends
 * on nothing but the JDK.
 */
class ArchitectureTests {

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/examples/"))
                .importPackages("io.github.eduroadmap");
        assertThat(library).as("library classes on the test class path").isNotEmpty();
    }

    @Nested
    class TheApiWall {

        @Test
        void noPublicApiMethodOrFieldTakesOrReturnsAnInternalType() {
            classes()
                    .that()
                    .resideOutsideOfPackage("..internal..")
                    .and()
                    .arePublic()
                    .should(exposeNoInternalType())
                    .check(library);
        }

        @Test
        void noModuleExportsAnInternalPackage() throws IOException {
            List<String> offending = new ArrayList<>();
            List<String> modules = new ArrayList<>();
            for (URL url : Collections.list(getClass().getClassLoader().getResources("module-info.class"))) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor d = ModuleDescriptor.read(in);
                    if (!d.name().startsWith("io.github.eduroadmap")) {
                        continue;
                    }
                    modules.add(d.name());
                    for (ModuleDescriptor.Exports e : d.exports()) {
                        if (e.source().contains(".internal")) {
                            offending.add(d.name() + " exports " + e.source());
                        }
                    }
                }
            }
            assertThat(modules).contains("io.github.eduroadmap.model", "io.github.eduroadmap.io");
            assertThat(offending).isEmpty();
        }
    }

    @Nested
    class TheModules {

        @Test
        void moduleDependenciesAreFreeOfCycles() {
            slices().matching("io.github.eduroadmap.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .check(library);
        }

        @Test
        void theModelDependsOnNothingButTheJdk() {
            classes()
                    .that()
                    .resideInAPackage("io.github.eduroadmap.model..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "io.github.eduroadmap.model..", "java..", "jakarta.validation..", "org.immutables..")
                    .check(library);
        }

        @Test
        void theIoModuleDependsOnlyOnTheModelAndJackson() {
            noClasses()
                    .that()
                    .resideInAPackage("io.github.eduroadmap.io..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("io.github.eduroadmap.cli..", "io.github.eduroadmap.testing..")
                    .check(library);
        }

        @Test
        void nothingDependsOnTheCommandLine() {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("io.github.eduroadmap.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("io.github.eduroadmap.cli..")
                    .check(library);
        }
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no internal type in a public or protected signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethod m : c.getMethods()) {
                    if (!isVisible(m.getModifiers())) {
                        continue;
                    }
                    List<JavaType> types = new ArrayList<>(m.getParameterTypes());
                    types.add(m.getReturnType());
                    for (JavaType t : types) {
                        if (mentionsInternal(t)) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes " + t.getName()));
                        }
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (isVisible(f.getModifiers()) && mentionsInternal(f.getType())) {
                        events.add(SimpleConditionEvent.violated(
                                f, f.getFullName() + " exposes " + f.getType().getName()));
                    }
                }
            }
        };
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean mentionsInternal(JavaType type) {
        if (type.toErasure().getPackageName().contains(".internal")) {
            return true;
        }
        if (type instanceof JavaParameterizedType) {
            for (JavaType arg : ((JavaParameterizedType) type).getActualTypeArguments()) {
                if (mentionsInternal(arg)) {
                    return true;
                }
            }
        }
        return false;
    }
}
