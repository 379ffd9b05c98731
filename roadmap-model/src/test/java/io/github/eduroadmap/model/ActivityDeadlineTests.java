package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityDeadlineTests {

    private static Activity.Builder activity() {
        return Activity.builder().title("Межмуниципальные семинары");
    }

    @Nested
    class FromWords {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "Сентябрь - октябрь",
                    "ежемесячно до 10 числа месяца, следующего за отчетным",
                    "В течение года",
                    "Сентяьбря",
                    "до 20.01.2022",
                    ""
                })
        void isTheDeadlineTheWordsSay(String words) {
            Activity a = activity().deadlineWords(words).build();

            assertThat(a.deadline()).contains(Deadline.parse(words));
            assertThat(a.deadlineText()).contains(words);
            assertThat(a.deadlineIsFromWords()).isTrue();
        }

        @Test
        void equalsTheActivityWithTheDeadlineGiven() {
            String words = "Сентябрь - октябрь";
            Activity read = activity().deadlineWords(words).build();
            Activity given = activity().deadline(Deadline.parse(words)).build();

            assertThat(read).isEqualTo(given).hasSameHashCodeAs(given);
            assertThat(given).isEqualTo(read);
            assertThat(read).hasToString(given.toString());
        }

        @Test
        void printsTheDeadlineRead() {
            Activity a =
                    activity().number("2.").deadlineWords("Сентябрь - октябрь").build();

            assertThat(a)
                    .hasToString("Activity{extensions={}, number=2., title=Межмуниципальные семинары, deadline="
                            + Deadline.parse("Сентябрь - октябрь") + ", executors=[], results=[], notes=[]}");
            assertThat(activity().build())
                    .hasToString(
                            "Activity{extensions={}, title=Межмуниципальные семинары, executors=[], results=[], notes=[]}");
        }

        @Test
        void isToldApartFromOtherWords() {
            assertThat(activity().deadlineWords("Сентябрь").build())
                    .isNotEqualTo(activity().deadlineWords("Октябрь").build())
                    .isNotEqualTo(activity().build());
        }

        @Test
        void refusesNull() {
            assertThatNullPointerException().isThrownBy(() -> activity().deadlineWords(null));
        }

        @Test
        void givesEveryThreadTheSameDeadline() throws Exception {
            for (int round = 0; round < 200; round++) {
                String words = "до " + (1 + round % 28) + ".05.2022";
                Activity shared = activity().deadlineWords(words).build();
                CountDownLatch start = new CountDownLatch(1);
                List<FutureTask<Optional<Deadline>>> tasks = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    FutureTask<Optional<Deadline>> task = new FutureTask<>(() -> {
                        start.await();
                        return shared.deadline();
                    });
                    tasks.add(task);
                    new Thread(task).start();
                }
                start.countDown();
                for (FutureTask<Optional<Deadline>> task : tasks) {
                    assertThat(task.get()).contains(Deadline.parse(words));
                }
            }
        }
    }

    @Nested
    class Given {

        @Test
        void isKeptAsGiven() {
            Deadline d = new Deadline.Recurring("Ежемесячно", Frequency.MONTHLY, Optional.empty());
            Activity a = activity().deadline(d).build();

            assertThat(a.deadline()).containsSame(d);
            assertThat(a.deadlineText()).contains("Ежемесячно");
        }

        @Test
        void isFromWordsOnlyWhenTheWordsSayIt() {
            assertThat(activity()
                            .deadline(Deadline.parse("Сентябрь - октябрь"))
                            .build()
                            .deadlineIsFromWords())
                    .isTrue();
            assertThat(activity()
                            .deadline(new Deadline.Unparsed("Сентябрь - октябрь"))
                            .build()
                            .deadlineIsFromWords())
                    .isFalse();
        }

        @Test
        void isAbsentWhenNoneIsSet() {
            Activity a = activity().build();

            assertThat(a.deadline()).isEmpty();
            assertThat(a.deadlineText()).isEmpty();
            assertThat(a.deadlineIsFromWords()).isFalse();
        }
    }

    @Nested
    class Copies {

        @Test
        void setAndClearTheDeadline() {
            Activity a = activity().deadlineWords("Сентябрь").build();

            assertThat(a.withDeadline(Deadline.parse("Октябрь")).deadline()).contains(Deadline.parse("Октябрь"));
            assertThat(a.withDeadline(Optional.empty()).deadline()).isEmpty();
            assertThat(a.withTitle("Иное").deadline()).contains(Deadline.parse("Сентябрь"));
        }

        @Test
        void keepTheDeadlineInABuilderFromAnActivity() {
            Activity a = activity().deadlineWords("Сентябрь").build();

            assertThat(Activity.builder().from(a).build()).isEqualTo(a);
        }
    }
}
