package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.BeanValidationTests.Case;
import io.github.eduroadmap.validation.internal.HibernateValidatorOracle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's own validator, built the way Spring Boot builds one when no expression language is on the class path and
 * configured with nothing of ours, sees every constraint of the model: {@code @Valid Roadmap} works.
 */
class SpringStyleTests {

    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    static final Validator VALIDATOR = FACTORY.getValidator();

    /** What a controller method {@code upload(@Valid @RequestBody Upload upload)} receives. */
    record Upload(
            @NotBlank String uploader,
            @Valid Roadmap roadmap,
            @Valid Monitoring monitoring) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static Stream<Case> everyBrokenFixture() {
        return Stream.of(
                        BeanValidationTests.Blank.cases(),
                        BeanValidationTests.NotOneLine.cases(),
                        BeanValidationTests.Negative.cases(),
                        BeanValidationTests.PercentOutOfRange.cases().map(a -> (Case) a[0]),
                        Stream.of(
                                BeanValidationTests.roadmapCase(
                                        "no sections", Fixtures.roadmap().withSections(List.of()), "/sections"),
                                BeanValidationTests.roadmapCase(
                                        "period",
                                        Fixtures.roadmap()
                                                .withPeriod(DateRange.of(
                                                        LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1))),
                                        "/period"),
                                BeanValidationTests.roadmapCase(
                                        "duplicate objective",
                                        Fixtures.roadmap()
                                                .withObjectives(
                                                        Fixtures.roadmap()
                                                                .objectives()
                                                                .get(0),
                                                        Fixtures.roadmap()
                                                                .objectives()
                                                                .get(0)),
                                        "/objectives/1/id")))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBrokenFixture")
    void aPlainValidatorFindsWhatTheRoadmapValidatorFinds(Case c) {
        Object bean = c.document() == Document.MONITORING ? c.monitoring().get() : c.roadmap();
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(bean);
        assertThat(found).hasSize(1);
        ConstraintViolation<Object> v = found.iterator().next();
        assertThat(HibernateValidatorOracle.pointer(v.getPropertyPath())).hasToString(c.pointer());
        assertThat(v.getMessage()).doesNotContain("{").doesNotContain("}");
    }

    @Test
    void validatesARoadmapInsideTheUsersOwnObject() {
        Roadmap broken = Fixtures.withActivity(0, 1, a -> a.withTitle(""))
                .withPeriod(DateRange.of(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1)));
        Set<ConstraintViolation<Upload>> found = VALIDATOR.validate(new Upload("", broken, Fixtures.monitoring()));
        assertThat(found.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("uploader", "roadmap.sections[0].activities[1].title", "roadmap.period");
        assertThat(found.stream()
                        .filter(v -> v.getPropertyPath().toString().equals("roadmap.period"))
                        .map(ConstraintViolation::getMessage))
                .containsExactly("период заканчивается 2022-01-01, раньше своего начала 2022-12-31");
    }

    @Test
    void speaksTheLanguageItIsAskedFor() {
        Roadmap broken = Fixtures.roadmap().withProgramme("500+\nЭффективная школа");
        ConstraintViolation<Roadmap> v = VALIDATOR.validate(broken).iterator().next();
        ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
        assertThat(interpolator.interpolate(v.getMessageTemplate(), new Context(v), Locale.ROOT))
                .isEqualTo("must be one line of text, without line breaks");
        assertThat(interpolator.interpolate(v.getMessageTemplate(), new Context(v), Locale.forLanguageTag("ru")))
                .isEqualTo("должно быть записано в одну строку, без переносов");
    }

    @Test
    void theDefaultProviderIsFoundToo() {
        try (ValidatorFactory f = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            assertThat(f.getValidator().validate(Fixtures.roadmap().withTitle(" ")))
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("title");
            assertThat(f.getValidator().validate(Fixtures.roadmap())).isEmpty();
            assertThat(f.getValidator().validate(Fixtures.monitoring())).isEmpty();
        }
    }

    /** The interpolation context of a violation, as a message interpolator is given it. */
    private static final class Context implements jakarta.validation.MessageInterpolator.Context {
        private final ConstraintViolation<?> v;

        Context(ConstraintViolation<?> v) {
            this.v = v;
        }

        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return v.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return v.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
