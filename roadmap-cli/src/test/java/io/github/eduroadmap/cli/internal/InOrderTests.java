package io.github.eduroadmap.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work on several threads, results in the order of the inputs. */
class InOrderTests {

    @Test
    void handsOverEveryResultInTheOrderOfTheInputs() {
        SplittableRandom random = new SplittableRandom(7L);
        List<Integer> inputs = IntStream.range(0, 500).boxed().collect(Collectors.toList());
        List<Integer> delays = inputs.stream().map(i -> random.nextInt(3)).collect(Collectors.toList());
        List<String> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();

        InOrder.forEach(
                inputs,
                i -> {
                    sleep(delays.get(i));
                    return i + ":" + Thread.currentThread().getName();
                },
                (i, r) -> {
                    seen.add(i + "=" + r.substring(0, r.indexOf(':')));
                    threads.add(r.substring(r.indexOf(':') + 1));
                });

        assertThat(seen)
                .containsExactlyElementsOf(inputs.stream().map(i -> i + "=" + i).collect(Collectors.toList()));
        if (InOrder.threads() > 1) {
            assertThat(threads).allMatch(t -> t.startsWith("roadmap-worker-"));
        }
    }

    @Test
    void fewInputsRunOnTheCallingThread() {
        List<String> threads = new ArrayList<>();

        InOrder.forEach(List.of(1, 2, 3), i -> Thread.currentThread().getName(), (i, t) -> threads.add(t));

        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerAfterTheResultsBeforeIt() {
        List<Integer> done = new ArrayList<>();

        assertThatThrownBy(() -> InOrder.forEach(
                        IntStream.range(0, 100).boxed().collect(Collectors.toList()),
                        i -> {
                            if (i == 37) {
                                throw new IllegalStateException("input 37");
                            }
                            return i;
                        },
                        (i, r) -> done.add(r)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("input 37");
        assertThat(done)
                .containsExactlyElementsOf(IntStream.range(0, 37).boxed().collect(Collectors.toList()));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
