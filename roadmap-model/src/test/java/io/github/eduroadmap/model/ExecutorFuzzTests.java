package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test of reading an executor's words against a glossary.
 *
 * <p>Each input may take 10 seconds: a slower one fails the regression run and is a timeout when fuzzing.
 *
 * <p>Without {@code JAZZER_FUZZ} it runs once per file of its corpus in
 * {@code src/test/resources/io/github/eduroadmap/model/ExecutorFuzzTestsInputs/}. To fuzz, see
 * {@code docs/testing.md}.
 */
@Timeout(10)
class ExecutorFuzzTests {

    /**
     * Any words against any glossary resolve without an exception to an executor that keeps the words exactly; an
     * organisation executor names an organisation of the glossary, and resolving is deterministic.
     *
     * <p>The input is UTF-8 text: the executor's words, then for each organisation of the glossary a NUL and the
     * organisation as {@code abbreviation|name}, or as {@code name} alone.
     *
     * @param input the words and the glossary
     */
    @FuzzTest
    void resolvesAnyWordsAgainstAnyGlossary(byte[] input) {
        String[] pieces = new String(input, StandardCharsets.UTF_8).split("\u0000", -1);
        String words = pieces[0];
        List<Organisation> glossary = new ArrayList<>();
        for (int i = 1; i < pieces.length; i++) {
            int bar = pieces[i].indexOf('|');
            Organisation.Builder o = Organisation.builder();
            if (bar >= 0) {
                o.abbreviation(pieces[i].substring(0, bar)).name(pieces[i].substring(bar + 1));
            } else {
                o.name(pieces[i]);
            }
            glossary.add(o.build());
        }

        Executor executor = Executor.resolve(words, glossary);

        assertThat(executor.text()).isEqualTo(words);
        assertThat(Executor.resolve(words, glossary)).isEqualTo(executor);
        if (executor instanceof OrganisationExecutor) {
            assertThat(glossary)
                    .extracting(Organisation::key)
                    .contains(((OrganisationExecutor) executor).organisation());
        }
    }
}
