package io.github.eduroadmap.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tidy spaces: the quick answer for texts already tidy agrees with tidying them. */
class TextsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "Отдел образования|Отдел образования",
                "' Отдел образования'|Отдел образования",
                "'Отдел образования '|Отдел образования",
                "'Отдел  образования'|Отдел образования",
                "'Отдел\u00A0образования'|Отдел образования",
                "'Отдел\tобразования'|Отдел образования",
                "''|''",
                "'   '|''"
            })
    void makesRunsOfSpaceOneSpaceAndTrimsTheEnds(String text, String expected) {
        assertThat(Texts.spaced(text)).isEqualTo(expected);
    }

    @Test
    void agreesWithTidyingCharByCharOverRandomTexts() {
        char[] chars = {' ', ' ', '\t', '\n', '\u00A0', '\u2009', 'а', 'б', 'Я', '.', ','};
        SplittableRandom random = new SplittableRandom(2021L);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(0, 12);
            for (int i = 0; i < n; i++) {
                t.append(chars[random.nextInt(chars.length)]);
            }
            String text = t.toString();

            assertThat(Texts.spaced(text)).as("[%s]", text).isEqualTo(reference(text));
        }
    }

    /** Tidies a text the obvious way: each run of spaces of any kind becomes one space, the ends are trimmed. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (char c : text.toCharArray()) {
            if (Texts.isSpace(c)) {
                pending = true;
            } else {
                if (pending && out.length() > 0) {
                    out.append(' ');
                }
                pending = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void shortensAsTheTrailingPatternDoesOverRandomTexts() {
        // the quick test of the last char must never skip what the pattern would strip
        java.util.regex.Pattern trailing = java.util.regex.Pattern.compile("[\\s,;:.«(-]+$");
        char[] chars = {'а', 'б', 'Я', ' ', ',', ';', ':', '.', '«', '(', '-', '»', ')', '\u0085', '\u2028', '\u000B'};
        SplittableRandom random = new SplittableRandom(1931L);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(50, 90);
            for (int i = 0; i < n; i++) {
                t.append(chars[random.nextInt(chars.length)]);
            }
            String text = t.toString();
            String spaced = Texts.spaced(text);
            String expected;
            if (spaced.length() <= 60) {
                expected = spaced;
            } else {
                int cut = spaced.lastIndexOf(' ', 60);
                cut = cut >= 30 ? cut : 60;
                expected = trailing.matcher(spaced.substring(0, cut)).replaceAll("") + "…";
            }
            assertThat(Texts.shorten(text)).as(text).isEqualTo(expected);
        }
    }
}
