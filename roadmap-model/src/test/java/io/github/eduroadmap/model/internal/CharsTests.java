package io.github.eduroadmap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The parsers' char classes and lower case say for every char exactly what the JDK says. */
class CharsTests {

    @Nested
    class Classes {

        @Test
        void tellLettersAsTheJdkDoes() {
            List<Integer> wrong = new ArrayList<>();
            for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                if (Chars.isLetter(c) != Character.isLetter(c)) {
                    wrong.add(i);
                }
            }
            assertThat(wrong).isEmpty();
        }

        @Test
        void tellWhiteSpaceAsTheJdkDoes() {
            List<Integer> wrong = new ArrayList<>();
            for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                if (Chars.isSpace(c) != (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                    wrong.add(i);
                }
            }
            assertThat(wrong).isEmpty();
        }

        @Test
        void tellCombiningMarksAndWhatGoesOnAWordAsTheJdkDoes() {
            List<Integer> wrong = new ArrayList<>();
            for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                int type = Character.getType(c);
                boolean mark = type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                if (Chars.isCombiningMark(c) != mark
                        || Chars.continuesWord(c) != (Character.isLetter(c) || mark || c == '\u00AD')) {
                    wrong.add(i);
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    @Nested
    class LowerCase {

        @Test
        void isTheJdksWithYoAsYe() {
            List<Integer> wrong = new ArrayList<>();
            for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                char lower = Character.toLowerCase(c);
                if (Chars.fold(c) != (lower == 'ё' ? 'е' : lower)) {
                    wrong.add(i);
                }
            }
            assertThat(wrong).isEmpty();
        }

        @Test
        void ofAWordIsThatOfItsCharsButForDottedCapitalIAndCapitalSigma() {
            // what TargetToken relies on: String.toLowerCase(Locale.ROOT) lowers char by char but for these two
            List<Integer> irregular = new ArrayList<>();
            for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                if (Character.isSurrogate(c)) {
                    continue;
                }
                for (String word : new String[] {"" + c, "а" + c, c + "а", "а" + c + "а", "Α" + c, "Α" + c + "Α"}) {
                    StringBuilder byChar = new StringBuilder();
                    for (int k = 0; k < word.length(); k++) {
                        byChar.append(Character.toLowerCase(word.charAt(k)));
                    }
                    if (!word.toLowerCase(Locale.ROOT).equals(byChar.toString())) {
                        irregular.add(i);
                        break;
                    }
                }
            }
            assertThat(irregular).containsExactly(0x130, 0x3A3);
            assertThat(irregular).allMatch(i -> Chars.lowersIrregularly((char) i.intValue()));
        }
    }
}
