package io.github.eduroadmap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Target;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Properties of the target parser over seeded random words: it never throws and never invents words. */
class TargetParserPropertiesTests {

    private static final int RUNS = 10_000;

    /** Chars of every kind the parser treats differently, and some it should not care about. */
    private static final String[] CHARS = {
        "а", "б", "в", "е", "ё", "и", "к", "л", "м", "н", "о", "п", "р", "с", "т", "ч", "ш", "щ", "ы", "я", "А", "Ш",
        "О", "Р", "a", "z", "Q", "0", "1", "2", "5", "9", " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u202F",
        "\u2029", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "«", "»", "„", "“", "”", "\"", "%", "％", "+", "-",
        "–", "—", "/", "№", "#", "_", "\u00AD", "\u0301", "\u0308", "😀", "\uD800", "\uDC00", "２", "٣", "\u0000",
        "\uFFFF"
    };

    /** Words and marks the parser knows, so that random words reach its rules. */
    private static final String[] FRAGMENTS = {
        "не",
        "менее",
        "более",
        "чем",
        "как",
        "минимум",
        "максимум",
        "по",
        "меньшей",
        "мере",
        "от",
        "до",
        "с",
        "со",
        "в",
        "на",
        "из",
        "для",
        "и",
        "или",
        "к",
        "за",
        "раз",
        "раза",
        "час",
        "часов",
        "ч",
        "академических",
        "%",
        "процентов",
        "проц",
        "стопроцентной",
        "стопроцентный",
        "охват",
        "готовности",
        "четырех",
        "двадцати",
        "пяти",
        "тысяч",
        "тысяча",
        "одного",
        "семью",
        "тыс",
        "млн",
        "Проекта",
        "проект",
        "500",
        "+",
        "ГИА",
        "–",
        "9",
        "11",
        "класс",
        "этап",
        "квартал",
        "№",
        "(",
        ")",
        "«",
        "»",
        "\"",
        ",",
        ".",
        ";",
        "/",
        "-",
        "\n",
        "\n\n",
        " ",
        "2021",
        "2022",
        "2021-2023",
        "годы",
        "года",
        "г",
        "января",
        "числа",
        "течение",
        "01.03.2021",
        "52,8",
        "52.8",
        "10",
        "100",
        "1",
        "0",
        "5 000",
        "10-15",
        "100-процентный",
        "1-й",
        "учителей",
        "школ",
        "школ-участниц",
        "ОО",
        "ШНОР",
        "родителей",
        "семинаров/вебинаров",
        "куратора",
        "ШНОР,",
        "слабо",
        "вовлеченных",
        "вовлечены",
        "владеют",
        "приняли",
        "включенных",
        "принявших",
        "имеющих",
        "выявленными",
        "дефицитами",
        "процесс",
        "каждом",
        "муниципалитете",
        "учебный",
        "год",
        "ежемесячно",
        "увеличение",
        "снижение",
        "человек",
        "методиста",
        "регионального",
        "т",
        "д",
        "000000000000000000000",
        "1.1.1.1",
        "9-х",
        "958-а",
        "2022г",
        "10:00"
    };

    private static String charSoup(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int length = r.nextInt(0, 120);
        for (int i = 0; i < length; i++) {
            b.append(CHARS[r.nextInt(CHARS.length)]);
        }
        return b.toString();
    }

    private static String fragmentSoup(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int length = r.nextInt(0, 40);
        for (int i = 0; i < length; i++) {
            b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            int gap = r.nextInt(10);
            b.append(gap < 7 ? " " : gap < 8 ? "" : gap < 9 ? "\n" : CHARS[r.nextInt(CHARS.length)]);
        }
        return b.toString();
    }

    private static final List<String> SEED_WORDS = List.of(
            "100% команд школ, слабо вовлеченных в проект владеют навыками ВСОКО",
            "Размещение концептуальных документов (100% школ-участниц Проекта 500+)",
            "100% участников из числа включенных в проект,\nпринявших участие в вебинарах",
            "Проведено 10 методических дней с \nпривлечением к участию 34 \nмуниципалитетов Приморского края",
            "Обучено 82 куратора для ШНОР, \nвладеющих навыком оказания \nадресной методической помощи",
            "Разработаны/скорректированы 33 \nмуниципальных проекта/программа \nна 2021-2023 годы",
            "Проведены мероприятия в каждом \nмуниципалитете не менее чем 1 раз в \nквартал",
            "Вовлечение 100% учителей (из расчета не более 200 человек на одного регионального методиста)",
            "стопроцентной готовности педагогических работников к системным\nновшествам",
            "(не менее четырех)",
            "от 07.09.2020 № 958-а «О порядке» (144 часа) ГИА – 9 до 10 числа");

    /** A seed phrase with a few chars deleted, repeated, swapped or replaced. */
    private static String mutant(SplittableRandom r) {
        StringBuilder b = new StringBuilder(SEED_WORDS.get(r.nextInt(SEED_WORDS.size())));
        int edits = r.nextInt(1, 6);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(4)) {
                case 0:
                    b.deleteCharAt(at);
                    break;
                case 1:
                    b.insert(at, b.charAt(r.nextInt(b.length())));
                    break;
                case 2:
                    b.insert(at, CHARS[r.nextInt(CHARS.length)]);
                    break;
                default:
                    b.insert(at, FRAGMENTS[r.nextInt(FRAGMENTS.length)] + " ");
                    break;
            }
        }
        return b.toString();
    }

    private static void checkAll(long seed, Function<SplittableRandom, String> generator) {
        SplittableRandom random = new SplittableRandom(seed);
        int found = 0;
        for (int run = 0; run < RUNS; run++) {
            String words = generator.apply(random);
            try {
                found += check(words);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("seed " + seed + ", run " + run + ", words [" + escape(words) + "]", e);
            }
        }
        // the generators are meant to reach the rules that find targets, not only those that find none
        assertThat(found).as("targets found in %s runs", RUNS).isGreaterThan(RUNS / 50);
    }

    private static int check(String words) {
        Optional<Target> target = Target.parse(words);
        List<Target> all = TargetParser.parseAll(words);
        assertThat(all).as("the quick check").isEqualTo(TargetParser.parseAllTokenized(words));
        assertThat(all.isEmpty()).isEqualTo(target.isEmpty());
        target.ifPresent(t -> assertThat(all.get(0)).isEqualTo(t));
        assertThat(Target.parse(words)).isEqualTo(target);
        for (Target t : all) {
            assertThat(t.text()).isNotBlank().isEqualTo(t.text().strip());
            assertThat(words).as("the text is a part of the words").contains(t.text());
            assertThat(t.value().signum()).as("the value %s", t.value()).isGreaterThanOrEqualTo(0);
            t.population().ifPresent(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
            t.per().ifPresent(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
        }
        ExpectedResult result = ExpectedResult.parse(words);
        assertThat(result.text()).isSameAs(words);
        assertThat(result.target()).isEqualTo(target);
        return all.size();
    }

    private static String escape(String words) {
        StringBuilder b = new StringBuilder();
        for (char c : words.toCharArray()) {
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFF) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Nested
    class OverRandomWords {

        @Test
        void holdsForRandomChars() {
            checkAll(20_220_629L, TargetParserPropertiesTests::charSoup);
        }

        @Test
        void holdsForRandomSequencesOfKnownWords() {
            checkAll(23_6045L, TargetParserPropertiesTests::fragmentSoup);
        }

        @Test
        void holdsForMutatedSeedWords() {
            checkAll(11_459L, TargetParserPropertiesTests::mutant);
        }
    }

    @Nested
    class TheQuickCheckForNumbers {

        /** Known words without digits, in every case, so that numbers come only as words. */
        private String wordsWithoutDigits(SplittableRandom r) {
            StringBuilder b = new StringBuilder();
            int length = r.nextInt(0, 30);
            for (int i = 0; i < length; i++) {
                String f = FRAGMENTS[r.nextInt(FRAGMENTS.length)].replaceAll("[0-9]", "");
                int form = r.nextInt(3);
                b.append(form == 0 ? f : form == 1 ? f.toUpperCase(java.util.Locale.ROOT) : f.replace('е', 'ё'));
                b.append(r.nextInt(4) == 0 ? CHARS[r.nextInt(CHARS.length)].replaceAll("[0-9]", "") : " ");
            }
            return b.toString();
        }

        @Test
        void neverHidesATargetInWordsWithoutDigits() {
            SplittableRandom random = new SplittableRandom(500L);
            int targets = 0;
            int skipped = 0;
            for (int run = 0; run < RUNS; run++) {
                String words = wordsWithoutDigits(random);
                List<Target> all = TargetParser.parseAllTokenized(words);
                targets += all.size();
                if (!TargetParser.mayHoldNumber(words)) {
                    skipped++;
                    assertThat(all).as("run %s: [%s]", run, escape(words)).isEmpty();
                }
            }
            assertThat(targets).as("targets in words").isGreaterThan(RUNS / 50);
            assertThat(skipped).as("words read by the quick check alone").isGreaterThan(RUNS / 50);
        }

        @Test
        void readsWordsWithoutNumbersAlone() {
            assertThat(TargetParser.mayHoldNumber("Диссеминация лучших практик"))
                    .isFalse();
            assertThat(TargetParser.mayHoldNumber("Сформирована команда ШНОР, определены ответственные"))
                    .isFalse();
            assertThat(TargetParser.mayHoldNumber("")).isFalse();
        }

        @Test
        void sendsDigitsNumeralsAndTheHundredPercentAdjectiveToTheParser() {
            assertThat(TargetParser.mayHoldNumber("Обучено 82 куратора")).isTrue();
            assertThat(TargetParser.mayHoldNumber("(не менее Четырёх)")).isTrue();
            assertThat(TargetParser.mayHoldNumber("СТОПРОЦЕНТНЫЙ охват")).isTrue();
            assertThat(TargetParser.mayHoldNumber("сто")).isTrue();
        }
    }

    @Nested
    class InLinearTime {

        private void readsQuickly(String unit, int times) {
            String words = unit.repeat(times);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                TargetParser.parseAll(words);
                Target.parse(words);
            });
        }

        @Test
        void readsAMegabyteOfResults() {
            readsQuickly(
                    "Вовлечение не менее 80% учителей с выявленными\nпредметными и методическими дефицитами в процесс"
                            + " (из расчета не более 200 человек на одного регионального методиста). ",
                    6_000);
        }

        @Test
        void readsAMegabyteOfNumbersThatAreNoTargets() {
            readsQuickly("2021-2023 годы, Проекта 500+ «10» ГИА – 9 01.03.2021 № 234 (144 часа) ", 15_000);
        }

        @Test
        void readsLongRunsOfDigitsAndSeparators() {
            readsQuickly("1.", 500_000);
            readsQuickly("1 000 ", 200_000);
            readsQuickly("9", 1_000_000);
        }

        @Test
        void readsLongNounPhrasesAndClauses() {
            readsQuickly("школ, слабо вовлеченных ", 50_000);
            readsQuickly("100% школ-участниц Проекта 500+ и ", 30_000);
            readsQuickly("не менее четырех пяти ", 50_000);
        }
    }
}
