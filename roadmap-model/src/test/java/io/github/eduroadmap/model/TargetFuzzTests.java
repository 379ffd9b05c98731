package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test of the target parser.
 *
 * <p>Each input may take 10 seconds: a slower one fails the regression run and is a timeout when fuzzing.
 *
 * <p>Without {@code JAZZER_FUZZ} it runs once per file of its corpus in
 * {@code src/test/resources/io/github/eduroadmap/model/TargetFuzzTestsInputs/}. To fuzz, see
 * {@code docs/testing.md}.
 */
@Timeout(10)
class TargetFuzzTests {

    /**
     * Any text, read as UTF-8, gives a target or none without an exception; a target's text is a piece of the words
     * that is not blank, and parsing is deterministic.
     *
     * @param input the words of an expected result in UTF-8
     */
    @FuzzTest
    void findsATargetInAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Optional<Target> target = Target.parse(text);

        assertThat(Target.parse(text)).isEqualTo(target);
        target.ifPresent(t -> {
            assertThat(text).contains(t.text());
            assertThat(t.text()).isNotBlank();
            t.population().ifPresent(p -> assertThat(p).isNotBlank());
            t.per().ifPresent(p -> assertThat(p).isNotBlank());
        });
    }
}
