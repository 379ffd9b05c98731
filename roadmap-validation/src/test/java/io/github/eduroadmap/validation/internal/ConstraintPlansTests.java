package io.github.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.model.constraints.Percentage;
import io.github.eduroadmap.validation.internal.ConstraintPlans.Check;
import io.github.eduroadmap.validation.internal.ConstraintPlans.Plan;
import io.github.eduroadmap.validation.internal.ConstraintPlans.Property;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure checker's plans: compiled for every class of the model, they hold exactly the constraints and
 * cascades Hibernate Validator's metadata finds there; a constraint the checker does not support fails loudly.
 */
class ConstraintPlansTests {

    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    static final Validator HIBERNATE = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    /** Every class of the model's root package, the generated implementations included. */
    static Stream<Class<?>> modelClasses() throws IOException, URISyntaxException {
        Path location = Path.of(Roadmap.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String dir = Roadmap.class.getPackageName().replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                Stream<Path> files = Files.list((jar == null ? location : jar.getPath("/")).resolve(dir))) {
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".class") || file.startsWith("package-info")) {
                    continue;
                }
                try {
                    classes.add(
                            Class.forName(Roadmap.class.getPackageName() + "." + file.substring(0, file.length() - 6)));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(classes).hasSizeGreaterThan(40);
        return classes.stream().filter(c -> !c.isAnnotation() && !c.isEnum());
    }

    /** What a plan checks, one line per constraint or cascade. */
    static TreeSet<String> described(Plan plan) {
        TreeSet<String> lines = new TreeSet<>();
        for (Check c : plan.onBean()) {
            lines.add("class @" + name(c));
        }
        for (Property p : plan.properties()) {
            for (Check c : p.onValue()) {
                lines.add(p.name() + " @" + name(c));
            }
            String container = p.container() == ConstraintPlans.Container.OPTIONAL ? "Optional" : "List";
            for (Check c : p.onElement()) {
                lines.add(p.name() + " " + container + "<@" + name(c) + ">");
            }
            if (p.cascade()) {
                lines.add(p.name() + " " + container + "<@Valid>");
            }
        }
        return lines;
    }

    static String name(Check c) {
        switch (c.kind()) {
            case NOT_BLANK:
                return "NotBlank";
            case NOT_EMPTY:
                return "NotEmpty";
            case POSITIVE_OR_ZERO:
                return "PositiveOrZero";
            case ONE_LINE:
                return "OneLine";
            case WELL_ORDERED:
                return "WellOrdered";
            case UNIQUE_IDS:
                return "UniqueIds";
            default:
                return "Percentage";
        }
    }

    /** What Hibernate Validator's metadata says is checked, in the same lines. */
    static TreeSet<String> described(BeanDescriptor d) {
        TreeSet<String> lines = new TreeSet<>();
        for (ConstraintDescriptor<?> c : d.getConstraintDescriptors()) {
            lines.add("class @" + c.getAnnotation().annotationType().getSimpleName());
        }
        for (PropertyDescriptor p : d.getConstrainedProperties()) {
            for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                lines.add(p.getPropertyName() + " @"
                        + c.getAnnotation().annotationType().getSimpleName());
            }
            if (p.isCascaded()) {
                lines.add(p.getPropertyName() + " @Valid");
            }
            for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                String container = e.getContainerClass().getSimpleName();
                for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
                    lines.add(p.getPropertyName() + " " + container + "<@"
                            + c.getAnnotation().annotationType().getSimpleName() + ">");
                }
                if (e.isCascaded()) {
                    lines.add(p.getPropertyName() + " " + container + "<@Valid>");
                }
            }
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelClasses")
    void everyClassOfTheModelHasThePlanOfHibernateValidatorsMetadata(Class<?> type) {
        assertThat(described(ConstraintPlans.compile(type)))
                .isEqualTo(described(HIBERNATE.getConstraintsForClass(type)));
    }

    @Test
    void theModelHasEveryKindOfConstraintAndCascade() throws IOException, URISyntaxException {
        TreeSet<String> all = new TreeSet<>();
        modelClasses().forEach(c -> described(ConstraintPlans.of(c)).forEach(l -> all.add(l.replaceAll("^\\S+ ", ""))));
        assertThat(all)
                .contains(
                        "@NotBlank",
                        "@NotEmpty",
                        "Optional<@OneLine>",
                        "Optional<@PositiveOrZero>",
                        "Optional<@WellOrdered>",
                        "@WellOrdered",
                        "@Percentage",
                        "@UniqueIds",
                        "Optional<@Valid>",
                        "List<@Valid>");
        assertThat(described(ConstraintPlans.of(Roadmap.class)))
                .contains("class @UniqueIds", "title @NotBlank", "sections @NotEmpty", "sections List<@Valid>");
    }

    @Test
    void theStandardMessagesAreHibernateValidatorsOwn() {
        for (Locale l : List.of(Locale.ROOT, Locale.forLanguageTag("ru"))) {
            Properties copied = BeanValidation.standardMessages(l);
            ResourceBundle own = ResourceBundle.getBundle("org.hibernate.validator.ValidationMessages", l);
            assertThat(copied).as(l.toString()).hasSize(3);
            copied.forEach((k, v) -> assertThat(v).as(k + " in " + l).isEqualTo(own.getString((String) k)));
        }
    }

    /** Classes with constraints the checker does not support, each where a model class might put one. */
    @Nested
    class Unsupported {

        record WithSize(@Size(max = 3) String name) {}

        record WithMin(@Min(1) int count) {}

        record WithValidOnTheDeclaration(@Valid Target target) {}

        record WithGroups(
                @NotBlank(groups = Unsupported.class) String name) {}

        record WithAConstraintOnListElements(List<@NotBlank String> names) {}

        record WithANestedCascade(Optional<List<@Valid Target>> targets) {}

        record WithATextMessage(
                @NotBlank(message = "required") String name) {}

        record WithNotBlankOnAnOptional(@NotBlank Optional<String> name) {}

        record WithPercentageOnText(@Percentage String share) {}

        record WithNotEmptyInAnOptional(Optional<@NotEmpty List<String>> names) {}

        @Percentage
        record WithPercentageOnAClassOfItsOwn(String value) {}

        static final class WithAnAnnotatedField {
            @NotBlank
            private final String name = "";

            String name() {
                return name;
            }
        }

        static final class WithAGetterWithoutAccessor {
            @NotBlank
            private String getName() {
                return "";
            }
        }

        static Stream<Class<?>> classes() {
            return Stream.of(
                    WithSize.class,
                    WithMin.class,
                    WithValidOnTheDeclaration.class,
                    WithGroups.class,
                    WithAConstraintOnListElements.class,
                    WithANestedCascade.class,
                    WithATextMessage.class,
                    WithNotBlankOnAnOptional.class,
                    WithPercentageOnText.class,
                    WithNotEmptyInAnOptional.class,
                    WithPercentageOnAClassOfItsOwn.class,
                    WithAnAnnotatedField.class,
                    WithAGetterWithoutAccessor.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("classes")
        void failsLoudlyNamingTheClass(Class<?> type) {
            assertThatThrownBy(() -> ConstraintPlans.of(type))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(type.getName());
        }

        @Test
        void failsTheValidationLoudlyToo() {
            java.util.List<io.github.eduroadmap.validation.Violation> found = new ArrayList<>();
            assertThatThrownBy(() -> new BeanValidation(Locale.ROOT)
                            .validate(
                                    new WithSize("x"),
                                    io.github.eduroadmap.validation.Document.ROADMAP,
                                    BeanValidation.CODES,
                                    found))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("jakarta.validation.constraints.Size");
        }
    }

    @Nested
    class Supported {

        record Repeated(@OneLine @OneLine String id, Optional<@OneLine String> number, DateRange period) {}

        @Test
        void repeatedConstraintsAreEachChecked() {
            assertThat(described(ConstraintPlans.of(Repeated.class)))
                    .containsExactly("id @OneLine", "number Optional<@OneLine>");
            assertThat(ConstraintPlans.of(Repeated.class).properties()[0].onValue())
                    .hasSize(2);
        }

        @Test
        void aClassWithoutConstraintsHasAnEmptyPlan() {
            assertThat(described(ConstraintPlans.of(String.class))).isEmpty();
        }
    }
}
