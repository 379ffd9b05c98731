package io.github.eduroadmap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTests {

    @Test
    void findsEveryFieldByItsName() {
        for (Field f : Field.values()) {
            assertThat(Field.of(f.key)).isSameAs(f);
            assertThat(Field.of(new String(f.key.toCharArray()))).isSameAs(f);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "Title", "titles", "titl", "e", "extension", "экстеншн", "schema ", " schema"})
    void findsNothingForOtherNames(String name) {
        assertThat(Field.of(name)).isNull();
    }
}
