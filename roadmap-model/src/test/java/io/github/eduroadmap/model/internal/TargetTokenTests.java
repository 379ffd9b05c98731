package io.github.eduroadmap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The tokens of the target parser keep the lower case of each word as the JDK makes it, ready for table lookups. */
class TargetTokenTests {

    /** Chars of words, with the two whose lower case depends on more than themselves: "İ" and "Σ". */
    private static final String[] CHARS = {
        "а", "Б", "ё", "Ё", "я", "Я", "A", "z", "İ", "Σ", "Α", "σ", "ß", "\u0301", "\u00AD", "-", "/", "‐", " ", "\n",
        "1", "%", "«"
    };

    private static String randomWords(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(CHARS[random.nextInt(CHARS.length)]);
        }
        return b.toString();
    }

    @Nested
    class LowerCase {

        @Test
        void isWhatStringToLowerCaseGivesWithYoAsYe() {
            SplittableRandom random = new SplittableRandom(20_251_122L);
            for (int run = 0; run < 20_000; run++) {
                String words = randomWords(random);
                for (TargetToken t : TargetToken.split(words)) {
                    if (!t.isWord()) {
                        continue;
                    }
                    String lower = t.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
                    assertThat(t.lower()).as(words).isEqualTo(lower);
                    assertThat(t.length()).as(words).isEqualTo(lower.length());
                    assertThat(t.hash()).as(words).isEqualTo(lower.hashCode());
                    assertThat(t.is(lower)).as(words).isTrue();
                }
            }
        }

        @Test
        void ofADottedCapitalIIsTwoChars() {
            TargetToken t = TargetToken.split("İют")[0];

            assertThat(t.lower()).isEqualTo("i\u0307ют");
            assertThat(t.length()).isEqualTo(4);
            assertThat(t.endsWith("ют")).isTrue();
        }

        @Test
        void ofAFinalCapitalSigmaIsTheFinalSmallSigma() {
            assertThat(TargetToken.split("ΑΣ")[0].lower()).isEqualTo("ας");
            assertThat(TargetToken.split("ΣΑ")[0].lower()).isEqualTo("σα");
        }
    }

    @Nested
    class WordTables {

        @Test
        void findAWordInAnyCaseAndOnlyAWholeWord() {
            WordTable table = WordTable.of("до", "не", "более", "числа");

            assertThat(table.contains(TargetToken.split("ДО")[0])).isTrue();
            assertThat(table.contains(TargetToken.split("Более")[0])).isTrue();
            assertThat(table.contains(TargetToken.split("болеее")[0])).isFalse();
            assertThat(table.contains(TargetToken.split("д")[0])).isFalse();
            assertThat(table.contains(TargetToken.split("5")[0])).isFalse();
            assertThat(table.getIgnoringCase("ЧИСЛА".toCharArray(), 0, 5)).isZero();
            assertThat(table.get("до числа".toCharArray(), 3, 8)).isZero();
            assertThat(table.get("до числа".toCharArray(), 0, 3)).isEqualTo(WordTable.ABSENT);
        }

        @Test
        void keepTheIntOfEachWord() {
            WordTable table = WordTable.of(java.util.Map.of("тыс", 3, "млн", 6));

            assertThat(table.get(TargetToken.split("Млн")[0])).isEqualTo(6);
            assertThat(table.get(TargetToken.split("тыс")[0])).isEqualTo(3);
            assertThat(table.get(TargetToken.split("млрд")[0])).isEqualTo(WordTable.ABSENT);
        }
    }
}
