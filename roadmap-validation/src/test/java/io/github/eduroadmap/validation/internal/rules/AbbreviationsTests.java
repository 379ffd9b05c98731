package io.github.eduroadmap.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick finder of abbreviations finds what the plain one found before it, in every text. */
class AbbreviationsTests {

    /** Pieces texts are made of: abbreviations, words, single capitals, and every character the finder looks at. */
    private static final List<String> PIECES = List.of(
            "ГАУ",
            "ДПО",
            "ПК",
            "ИРО",
            "МО",
            "ШНОР",
            "ШНРО",
            "ОО",
            "Ж",
            "П",
            "Х",
            "ХХ",
            "ХХХ",
            "ХХХХ",
            "ЁЖ",
            "ЯЯ",
            "КАРТА",
            "КРАЙ",
            "ГОД",
            "ПРОЕКТА",
            "ПРИКАЗЫВАЮ",
            "АБВГДЕ",
            "АБВГДЕЖ",
            "АЁ",
            "Ё",
            "Я",
            "А",
            "Ђ",
            "Ѐ",
            "Ѐ",
            "а",
            "ё",
            "школ",
            "Школа",
            "МОУО",
            "СОШ",
            "Мо",
            "мО",
            "A",
            "x",
            "II",
            "X",
            "1",
            "11",
            "٣",
            "\u0301",
            "\u0483",
            "\u0903",
            "é",
            "中",
            " ",
            " ",
            " ",
            " ",
            "  ",
            "\u00a0",
            "\t",
            "\n",
            "\u2003",
            "«",
            "»",
            "\"",
            "(",
            ")",
            "(далее – ",
            "(Далее ",
            ",",
            ".",
            "-",
            "–",
            "/",
            "’",
            ";",
            ":",
            "?",
            "13.06.2021",
            "52,8");

    private static String text(SplittableRandom random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    @Nested
    class AgreesWithTheFinderBeforeIt {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
        void onRandomTexts(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int found = 0;
            for (int k = 0; k < 20_000; k++) {
                String text = text(random, 1 + random.nextInt(12));
                Abbreviations.Found quick = Abbreviations.in(text);
                ReferenceAbbreviations.Found plain = ReferenceAbbreviations.in(text);
                if (ReferenceAbbreviations.hasAbbreviation(text)) {
                    assertThat(Abbreviations.mayHoldAbbreviation(text)).as(text).isTrue();
                }
                assertThat(Abbreviations.isNoise(text)).as(text).isEqualTo(ReferenceAbbreviations.isNoise(text));
                assertThat(describe(
                                quick.uses(), quick.definitions(), Abbreviations.Use::text, Abbreviations.Use::tokens))
                        .as(text)
                        .isEqualTo(describe(
                                plain.uses(),
                                plain.definitions(),
                                ReferenceAbbreviations.Use::text,
                                ReferenceAbbreviations.Use::tokens));
                if (!quick.uses().isEmpty() || !quick.definitions().isEmpty()) {
                    found++;
                }
            }
            // the texts are made so that many hold abbreviations, not only a few
            assertThat(found).isGreaterThan(2_000);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "ГАУ ДПО ПК ИРО",
                    "xМО",
                    "МОx",
                    "1МО",
                    "МО1",
                    "\u0301МО",
                    "а\u0301МО",
                    "(\u0301МО)",
                    "МО\u0301",
                    "ХХ ХХХ ХХХХ",
                    "КАРТА ПЛАН ГОД",
                    "ГОДЫ",
                    "ПРИКАЗЫВАЮ МО",
                    "ЁЁ",
                    "А ББ",
                    "А Б ВВ",
                    "ЂЂ ЀЀ",
                    "МОУ «Нижнеильиновская СОШ»",
                    "органы управления образованием (далее - МОУО)"
                })
        void onTextsAtTheEdges(String text) {
            if (ReferenceAbbreviations.hasAbbreviation(text)) {
                assertThat(Abbreviations.mayHoldAbbreviation(text)).isTrue();
            }
            Abbreviations.Found quick = Abbreviations.in(text);
            ReferenceAbbreviations.Found plain = ReferenceAbbreviations.in(text);
            assertThat(describe(quick.uses(), quick.definitions(), Abbreviations.Use::text, Abbreviations.Use::tokens))
                    .isEqualTo(describe(
                            plain.uses(),
                            plain.definitions(),
                            ReferenceAbbreviations.Use::text,
                            ReferenceAbbreviations.Use::tokens));
        }
    }

    /** Uses and definitions as text, the same for both finders' kinds of use. */
    private static <U> String describe(
            List<U> uses, List<U> definitions, Function<U, String> text, Function<U, Object> tokens) {
        StringBuilder b = new StringBuilder("uses");
        append(b, uses, text, tokens);
        b.append(" definitions");
        append(b, definitions, text, tokens);
        return b.toString();
    }

    private static <U> void append(
            StringBuilder b, List<U> items, Function<U, String> text, Function<U, Object> tokens) {
        for (U u : items) {
            b.append(" [")
                    .append(text.apply(u))
                    .append(' ')
                    .append(tokens.apply(u))
                    .append(']');
        }
    }
}
