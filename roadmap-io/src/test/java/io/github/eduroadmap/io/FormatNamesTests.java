package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.internal.FormatNames;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormatNamesTests {

    @Test
    void namesEveryDeadlineVariantOnceAndNothingElse() {
        assertEveryPermittedSubclassHasOneName(Deadline.class, FormatNames.DEADLINE_TYPES);
    }

    @Test
    void namesEveryExecutorVariantOnceAndNothingElse() {
        assertEveryPermittedSubclassHasOneName(Executor.class, FormatNames.EXECUTOR_KEYS);
    }

    @Test
    void findsEachDeadlineVariantByItsName() {
        FormatNames.DEADLINE_TYPES.forEach(
                (type, name) -> assertThat(FormatNames.deadlineClass(name)).isEqualTo(type));
        assertThat(FormatNames.deadlineClass("weekly")).isNull();
    }

    private static <T> void assertEveryPermittedSubclassHasOneName(
            Class<T> family, Map<Class<? extends T>, String> names) {
        List<Class<?>> permitted = Arrays.asList(family.getPermittedSubclasses());
        assertThat(permitted).isNotEmpty();
        assertThat(names.keySet())
                .containsExactlyInAnyOrderElementsOf(permitted.stream()
                        .map(c -> (Class<? extends T>) c.asSubclass(family))
                        .collect(Collectors.toList()));
        Set<String> distinct = new HashSet<>(names.values());
        assertThat(distinct).as("names are distinct").hasSize(names.size());
        assertThat(distinct).allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
    }
}
