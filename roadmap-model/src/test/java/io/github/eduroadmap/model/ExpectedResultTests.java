package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectedResultTests {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "Проведено не менее 10 \nсеминаров/вебинаров.\nОказана методическая помощь ОО, \nпредставлены"
                            + " лучшие региональные \nпрактики",
                    "  100% участников из числа включенных в проект,\t",
                    "Диссеминация лучших практик",
                    "Отчеты кураторов школ-участниц Проекта 500+ подготовлены",
                    ""
                })
        void keepsTheWordsWhole(String words) {
            ExpectedResult result = ExpectedResult.parse(words);

            assertThat(result.text()).isEqualTo(words);
            assertThat(result.target()).isEqualTo(Target.parse(words));
        }

        @Test
        void typesTheTargetItsWordsState() {
            ExpectedResult result =
                    ExpectedResult.parse("Не менее 60% родителей вовлечены \nв вопросы сотрудничества" + " со школой");

            assertThat(result.target())
                    .contains(new Target(
                            "Не менее 60% родителей",
                            Comparison.AT_LEAST,
                            BigDecimal.valueOf(60),
                            Unit.PERCENT,
                            Optional.of("родителей"),
                            Optional.empty()));
        }

        @Test
        void keepsWordsWithoutANumberAsTextOnly() {
            assertThat(ExpectedResult.parse("Диссеминация лучших практик").target())
                    .isEmpty();
        }

        @Test
        void refusesNull() {
            assertThatNullPointerException().isThrownBy(() -> ExpectedResult.parse(null));
            assertThatNullPointerException().isThrownBy(() -> new ExpectedResult(null, Optional.empty()));
            assertThatNullPointerException().isThrownBy(() -> new ExpectedResult("words", null));
        }
    }

    @Nested
    class Equality {

        @Test
        void isEqualForTheSameWords() {
            String words = "Проведено 5000 консультаций.";

            assertThat(ExpectedResult.parse(words))
                    .isEqualTo(ExpectedResult.parse(new String(words.toCharArray())))
                    .hasSameHashCodeAs(ExpectedResult.parse(words));
        }

        @Test
        void tellsAResultWithATargetFromTheSameWordsWithout() {
            String words = "Проведено 5000 консультаций.";

            assertThat(ExpectedResult.parse(words)).isNotEqualTo(ExpectedResult.ofText(words));
            assertThat(ExpectedResult.ofText(words)).isEqualTo(new ExpectedResult(words, Optional.empty()));
            assertThat(ExpectedResult.ofText(words).hashCode())
                    .isEqualTo(new ExpectedResult(words, Optional.empty()).hashCode());
        }

        @Test
        void tellsDifferentWordsApart() {
            assertThat(ExpectedResult.parse("Проведено 5000 консультаций."))
                    .isNotEqualTo(ExpectedResult.parse("Проведено 5000 консультаций"));
        }
    }

    @Nested
    class ReadingOnFirstUse {

        private static final String WORDS = "Не менее 60% родителей вовлечены в вопросы сотрудничества со школой";

        @Test
        void equalsTheSameResultWithItsTargetGiven() {
            ExpectedResult read = ExpectedResult.parse(WORDS);
            ExpectedResult given = new ExpectedResult(WORDS, Target.parse(WORDS));

            assertThat(read).isEqualTo(given).hasSameHashCodeAs(given);
            assertThat(given).isEqualTo(read);
            assertThat(read).hasToString(given.toString());
        }

        @Test
        void printsAsARecordWould() {
            assertThat(ExpectedResult.ofText("Проведён"))
                    .hasToString("ExpectedResult[text=Проведён, target=Optional.empty]");
        }

        @Test
        void knowsWithoutReadingThatAResultMadeFromWordsHasTheirTarget() {
            assertThat(ExpectedResult.parse(WORDS).targetIsFromWords()).isTrue();
            assertThat(ExpectedResult.parse("").targetIsFromWords()).isTrue();
        }

        @Test
        void comparesAGivenTargetWithTheWords() {
            assertThat(new ExpectedResult(WORDS, Target.parse(WORDS)).targetIsFromWords())
                    .isTrue();
            assertThat(ExpectedResult.ofText(WORDS).targetIsFromWords()).isFalse();
            assertThat(ExpectedResult.ofText("Диссеминация лучших практик").targetIsFromWords())
                    .isTrue();
        }

        @Test
        void givesEveryThreadTheSameTarget() throws Exception {
            for (int round = 0; round < 200; round++) {
                ExpectedResult shared = ExpectedResult.parse(WORDS + " " + round);
                Optional<Target> expected = Target.parse(WORDS + " " + round);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.FutureTask<Optional<Target>>> tasks = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    java.util.concurrent.FutureTask<Optional<Target>> task =
                            new java.util.concurrent.FutureTask<>(() -> {
                                start.await();
                                return shared.target();
                            });
                    tasks.add(task);
                    new Thread(task).start();
                }
                start.countDown();
                for (java.util.concurrent.FutureTask<Optional<Target>> task : tasks) {
                    assertThat(task.get()).isEqualTo(expected);
                }
            }
        }
    }
}
