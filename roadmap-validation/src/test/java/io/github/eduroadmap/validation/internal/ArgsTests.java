package io.github.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Message arguments: an ordered immutable map that behaves as the LinkedHashMap it replaces. */
class ArgsTests {

    @Nested
    class AsALinkedHashMap {

        @Test
        void agreesWithALinkedHashMapOverRandomArguments() {
            String[] names = {"a", "b", "c", "value", "date", new String("a")};
            Object[] values = {1, "x", LocalDate.of(2022, 1, 10), List.of("ШНОР"), 7L, null};
            SplittableRandom random = new SplittableRandom(1937L);
            for (int run = 0; run < 5_000; run++) {
                int n = random.nextInt(0, 6);
                Object[] pairs = new Object[2 * n];
                Map<String, Object> expected = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    pairs[2 * i] = names[random.nextInt(names.length)];
                    pairs[2 * i + 1] = values[random.nextInt(values.length)];
                    expected.put((String) pairs[2 * i], pairs[2 * i + 1]);
                }
                Map<String, Object> args = Args.of(pairs);
                String what = expected.toString();

                assertThat(new ArrayList<>(args.entrySet())).as(what).isEqualTo(new ArrayList<>(expected.entrySet()));
                assertThat(args).as(what).isEqualTo(expected).hasToString(expected.toString());
                assertThat(args.hashCode()).as(what).isEqualTo(expected.hashCode());
                assertThat(Args.copyOf(expected)).as(what).isEqualTo(expected);
                assertThat(Args.isChecked(args)).as(what).isEqualTo(!expected.containsValue(null));
                for (String name : names) {
                    assertThat(args.get(name)).as(what).isEqualTo(expected.get(name));
                    assertThat(args.containsKey(name)).as(what).isEqualTo(expected.containsKey(name));
                }
            }
        }
    }

    @Test
    void addsAnArgumentAtTheEndOrReplacesOneInItsPlace() {
        Map<String, Object> args = Args.of("a", 1, "b", 2);

        assertThat(Args.with(args, "c", 3)).containsExactly(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3));
        assertThat(Args.with(args, "a", 3)).containsExactly(Map.entry("a", 3), Map.entry("b", 2));
        assertThat(args).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    }

    @Test
    void cannotBeChanged() {
        Map<String, Object> args = Args.of("a", 1);

        assertThatThrownBy(() -> args.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> args.entrySet().iterator().next().setValue(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(args::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesANameWithoutItsValueOrANameThatIsNoText() {
        assertThatThrownBy(() -> Args.of("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Args.of(1, "a")).isInstanceOf(IllegalArgumentException.class);
    }
}
