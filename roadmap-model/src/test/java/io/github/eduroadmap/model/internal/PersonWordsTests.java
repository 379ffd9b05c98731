package io.github.eduroadmap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Executor;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written matcher of a surname with initials answers exactly as {@link Executor#PERSON} does. */
class PersonWordsTests {

    private static final int RUNS = 200_000;

    /**
     * Chars of every kind the pattern treats differently: upper and lower case letters (Cyrillic, Latin, outside the
     * Basic Multilingual Plane), a title case letter, "ё", the dash and dot, the six ASCII spaces of {@code \s} and
     * spaces it does not count, a dash it does not count, digits and lone surrogates.
     */
    private static final String[] CHARS = {
        "А",
        "Н",
        "Е",
        "Ё",
        "Ж",
        "A",
        "Z",
        "\uD835\uDC00",
        "а",
        "е",
        "ё",
        "я",
        "z",
        "\uD835\uDC1A",
        "ǅ",
        "ª",
        "-",
        ".",
        " ",
        "\t",
        "\n",
        "\u000B",
        "\f",
        "\r",
        "\u00A0",
        "\u2009",
        "\u3000",
        "–",
        "1",
        "\uD835",
        "\uDC00",
        ","
    };

    private static final String[] UPPER = {"А", "Н", "Е", "Ё", "Б", "A", "Ⅰ", "\uD835\uDC00"};
    private static final String[] LOWER = {"а", "е", "ё", "й", "ы", "-", "z", "ⅰ", "\uD835\uDC1A"};
    private static final String[] SPACES = {"", "", "", " ", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "  "};

    @Nested
    class Examples {

        static Stream<Arguments> words() {
            return Stream.of(
                    Arguments.of("Н.Е. Байрачный", true),
                    Arguments.of("Н. Е. Байрачный", true),
                    Arguments.of("Н.Е.Байрачный", true),
                    Arguments.of("Н.  Байрачный", true),
                    Arguments.of("Байрачный Н.Е.", true),
                    Arguments.of("Байрачный Н. Е. ", true),
                    Arguments.of("Петрова-Водкина А.", false),
                    Arguments.of("Мамина-сибиряка Д.Н.", true),
                    Arguments.of("Байрачный  Н.Е.", false),
                    Arguments.of("Н.Е.И. Байрачный", false),
                    Arguments.of("Байрачный Н.Е.И.", false),
                    Arguments.of("Н.Е. Б", false),
                    Arguments.of("Н.Е.   Байрачный", false),
                    Arguments.of("Н.Е.\u00A0Байрачный", false),
                    Arguments.of("директор Н.Е. Байрачный", false),
                    Arguments.of("Байрачный Н.Е", false),
                    Arguments.of("РЦОКО (г. Владивосток)", false),
                    Arguments.of("", false));
        }

        @ParameterizedTest
        @MethodSource("words")
        void readsTheExamplesAsThePatternDoes(String words, boolean person) {
            assertThat(PersonWords.matches(words)).isEqualTo(person);
            assertThat(Executor.PERSON.matcher(words).matches()).isEqualTo(person);
        }
    }

    @Nested
    class AgainstThePattern {

        @Test
        void agreesOnRandomChars() {
            SplittableRandom random = new SplittableRandom(20261122L);
            int persons = 0;
            for (int run = 0; run < RUNS; run++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(14);
                for (int i = 0; i < length; i++) {
                    b.append(CHARS[random.nextInt(CHARS.length)]);
                }
                persons += agree(b.toString()) ? 1 : 0;
            }
            assertThat(persons).isPositive();
        }

        @Test
        void agreesOnNamesWithInitialsAndOnThemChangedByOneChar() {
            SplittableRandom random = new SplittableRandom(500L);
            int persons = 0;
            for (int run = 0; run < RUNS; run++) {
                String words = name(random);
                if (random.nextInt(3) == 0) {
                    words = changed(words, random);
                }
                persons += agree(words) ? 1 : 0;
            }
            // the names are built to reach every branch of the pattern: many match, many do not
            assertThat(persons).isBetween(RUNS / 20, RUNS * 19 / 20);
        }

        /** Asserts the matcher answers as the pattern and returns the answer. */
        private boolean agree(String words) {
            boolean expected = Executor.PERSON.matcher(words).matches();
            assertThat(PersonWords.matches(words)).as("%s", escaped(words)).isEqualTo(expected);
            return expected;
        }
    }

    /** Returns initials and a surname in either order, with zero to three initials and any spaces between. */
    private static String name(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        boolean initialsFirst = random.nextBoolean();
        if (!initialsFirst) {
            surname(b, random);
            b.append(SPACES[random.nextInt(SPACES.length)]);
        }
        int initials = random.nextInt(4);
        for (int i = 0; i < initials; i++) {
            b.append(UPPER[random.nextInt(UPPER.length)]).append('.');
            b.append(SPACES[random.nextInt(SPACES.length)]);
        }
        if (initialsFirst) {
            b.append(SPACES[random.nextInt(SPACES.length)]);
            surname(b, random);
        }
        return b.toString();
    }

    private static void surname(StringBuilder b, SplittableRandom random) {
        b.append(UPPER[random.nextInt(UPPER.length)]);
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            b.append(LOWER[random.nextInt(LOWER.length)]);
        }
    }

    /** Returns the words with one char inserted, removed or replaced. */
    private static String changed(String words, SplittableRandom random) {
        int at = words.isEmpty() ? 0 : random.nextInt(words.length());
        String c = CHARS[random.nextInt(CHARS.length)];
        switch (words.isEmpty() ? 0 : random.nextInt(3)) {
            case 0:
                return words.substring(0, at) + c + words.substring(at);
            case 1:
                return words.substring(0, at) + words.substring(at + 1);
            default:
                return words.substring(0, at) + c + words.substring(at + 1);
        }
    }

    private static String escaped(String words) {
        StringBuilder b = new StringBuilder();
        for (char c : words.toCharArray()) {
            b.append(
                    c >= 0x20 && c < 0x7F || Character.isLetter(c)
                            ? String.valueOf(c)
                            : String.format("\\u%04X", (int) c));
        }
        return b.toString();
    }
}
