package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetTests {

    private static Target target(Comparison comparison, String value, Unit unit) {
        return new Target("words", comparison, new BigDecimal(value), unit, Optional.of("школ"), Optional.empty());
    }

    @Nested
    class FullCoverage {

        static Stream<Arguments> targets() {
            return Stream.of(
                    Arguments.of(target(Comparison.EXACTLY, "100", Unit.PERCENT), true),
                    Arguments.of(target(Comparison.AT_LEAST, "100", Unit.PERCENT), true),
                    Arguments.of(target(Comparison.EXACTLY, "100.00", Unit.PERCENT), true),
                    Arguments.of(target(Comparison.AT_MOST, "100", Unit.PERCENT), false),
                    Arguments.of(target(Comparison.EXACTLY, "99.9", Unit.PERCENT), false),
                    Arguments.of(target(Comparison.AT_LEAST, "80", Unit.PERCENT), false),
                    Arguments.of(target(Comparison.EXACTLY, "100", Unit.COUNT), false),
                    Arguments.of(target(Comparison.EXACTLY, "100", Unit.HOURS), false));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("targets")
        void asksForEveryMemberOnlyAtOneHundredPercent(Target target, boolean full) {
            assertThat(target.isFullCoverage()).isEqualTo(full);
        }

        @Test
        void holdsForTheSeedsCoverageTargets() {
            assertThat(Target.parse("Размещение концептуальных документов (100% школ-участниц Проекта 500+)"))
                    .get()
                    .matches(Target::isFullCoverage);
            assertThat(Target.parse("Включение в работу педагогических сообществ педагогов из 100% ШНОР и ШНСУ"))
                    .get()
                    .matches(Target::isFullCoverage);
            assertThat(Target.parse("по обеспечению стопроцентной готовности педагогических работников"))
                    .get()
                    .matches(Target::isFullCoverage);
            assertThat(Target.parse("Не менее 60% родителей вовлечены в вопросы сотрудничества со школой"))
                    .get()
                    .matches(t -> !t.isFullCoverage());
            assertThat(Target.parse("Обучено 82 куратора для ШНОР")).get().matches(t -> !t.isFullCoverage());
        }
    }

    @Nested
    class Equality {

        private final Target target = new Target(
                "не более 200 человек на одного регионального методиста",
                Comparison.AT_MOST,
                BigDecimal.valueOf(200),
                Unit.COUNT,
                Optional.of("человек"),
                Optional.of("на одного регионального методиста"));

        @Test
        void isEqualToATargetWithTheSameParts() {
            Target same = new Target(
                    "не более 200 человек на одного регионального методиста",
                    Comparison.AT_MOST,
                    new BigDecimal("200"),
                    Unit.COUNT,
                    Optional.of("человек"),
                    Optional.of("на одного регионального методиста"));

            assertThat(same).isEqualTo(target).hasSameHashCodeAs(target);
        }

        @Test
        void comparesValuesByNumberNotByScale() {
            Target scaled = new Target(
                    target.text(),
                    target.comparison(),
                    new BigDecimal("200.00"),
                    target.unit(),
                    target.population(),
                    target.per());

            assertThat(scaled).isEqualTo(target).hasSameHashCodeAs(target);
            assertThat(scaled.value().toPlainString()).isEqualTo("200");
            assertThat(new Target(
                                    "1E+2",
                                    Comparison.EXACTLY,
                                    new BigDecimal("1E+2"),
                                    Unit.PERCENT,
                                    Optional.empty(),
                                    Optional.empty())
                            .value()
                            .toString())
                    .isEqualTo("100");
            assertThat(new Target(
                                    "52,80",
                                    Comparison.EXACTLY,
                                    new BigDecimal("52.80"),
                                    Unit.PERCENT,
                                    Optional.empty(),
                                    Optional.empty())
                            .value()
                            .toString())
                    .isEqualTo("52.8");
        }

        @Test
        void differsInEachPart() {
            assertThat(new Target(
                            "200 человек",
                            target.comparison(),
                            target.value(),
                            target.unit(),
                            target.population(),
                            target.per()))
                    .isNotEqualTo(target);
            assertThat(new Target(
                            target.text(),
                            Comparison.AT_LEAST,
                            target.value(),
                            target.unit(),
                            target.population(),
                            target.per()))
                    .isNotEqualTo(target);
            assertThat(new Target(
                            target.text(),
                            target.comparison(),
                            BigDecimal.valueOf(201),
                            target.unit(),
                            target.population(),
                            target.per()))
                    .isNotEqualTo(target);
            assertThat(new Target(
                            target.text(),
                            target.comparison(),
                            target.value(),
                            Unit.PERCENT,
                            target.population(),
                            target.per()))
                    .isNotEqualTo(target);
            assertThat(new Target(
                            target.text(),
                            target.comparison(),
                            target.value(),
                            target.unit(),
                            Optional.empty(),
                            target.per()))
                    .isNotEqualTo(target);
            assertThat(new Target(
                            target.text(),
                            target.comparison(),
                            target.value(),
                            target.unit(),
                            target.population(),
                            Optional.empty()))
                    .isNotEqualTo(target);
        }

        @Test
        void isTheSameWhenReadTwice() {
            String words = "Вовлечение не менее 80% учителей с выявленными предметными и методическими дефицитами";

            assertThat(Target.parse(words)).isEqualTo(Target.parse(words));
            assertThat(Target.parse(words).hashCode())
                    .isEqualTo(Target.parse(words).hashCode());
        }
    }

    @Nested
    class Construction {

        @Test
        void refusesMissingParts() {
            BigDecimal v = BigDecimal.ONE;
            Optional<String> none = Optional.empty();
            assertThatNullPointerException()
                    .isThrownBy(() -> new Target(null, Comparison.EXACTLY, v, Unit.COUNT, none, none))
                    .withMessage("text");
            assertThatNullPointerException()
                    .isThrownBy(() -> new Target("1", null, v, Unit.COUNT, none, none))
                    .withMessage("comparison");
            assertThatNullPointerException()
                    .isThrownBy(() -> new Target("1", Comparison.EXACTLY, null, Unit.COUNT, none, none))
                    .withMessage("value");
            assertThatNullPointerException()
                    .isThrownBy(() -> new Target("1", Comparison.EXACTLY, v, null, none, none))
                    .withMessage("unit");
            assertThatNullPointerException()
                    .isThrownBy(() -> new Target("1", Comparison.EXACTLY, v, Unit.COUNT, null, none))
                    .withMessage("population");
            assertThatNullPointerException()
                    .isThrownBy(() -> new Target("1", Comparison.EXACTLY, v, Unit.COUNT, none, null))
                    .withMessage("per");
        }

        @Test
        void parsesTheExampleOfItsDocumentation() {
            assertThat(Target.parse("100% школ-участниц Проекта 500+"))
                    .contains(new Target(
                            "100% школ-участниц Проекта 500+",
                            Comparison.EXACTLY,
                            BigDecimal.valueOf(100),
                            Unit.PERCENT,
                            Optional.of("школ-участниц Проекта 500+"),
                            Optional.empty()));
        }
    }
}
