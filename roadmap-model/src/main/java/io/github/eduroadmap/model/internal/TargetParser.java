package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds typed targets in the Russian words of expected results.
 *
 * <p>The words are split into tokens once and read left to right; every number (in digits, in words such as
 * "четырех", or the adjective "стопроцентный") is looked at in turn, and the first one that is a target is the
 * result's target. Reading is linear in the length of the words, never throws for any string, and the target's
 * {@link Target#text() text} is always a substring of the words.
 *
 * <h2>One target per result</h2>
 *
 * The first number, in reading order, that is a target wins; a percentage does not win over an earlier count.
 * In the documents the main quantity comes first and later numbers qualify it: "Проведено 10 методических дней с
 * привлечением к участию 34 муниципалитетов" is 10 days; "16 общеобразовательных организаций ... (из них 75% ...)"
 * is 16. A constraint that follows the target, like "(из расчета не более 200 человек на одного регионального
 * методиста)" after "Вовлечение 100% учителей ...", is not part of the target: it stays in the result's words and
 * {@link #parseAll(String)} reads it as a further target (at most 200 people per regional methodist).
 *
 * <h2>What is a target</h2>
 *
 * A number is a target when it has a comparison before it, a unit after it (percent, hours, times), or a noun
 * after it (the population): "не менее 10", "52,8%", "Обучено 82 куратора". A bare number ("в 20") is not. These
 * are never targets: a year ("2022 г.", "в 2021-2023 годы", "Август 2022", "2020/21"), a date ("01.03.2021",
 * "20 января", "до 10 числа"), a time ("10:00"), a project's name ("Проекта 500+", "проекта 500", "«500 +»", any
 * number inside quotes), an exam grade ("ГИА – 9", "9 класс", "9-х классов"), an ordinal ("1 этап", "2 квартал",
 * "1-й"), a document number ("№ 23/6045", "958-а"), a list number at the start of a line ("1. "), a course length
 * in brackets ("(144 часа)"), a duration ("в течение 2 лет"), a number glued to letters (OCR noise) and a number
 * of more than 15 digits.
 *
 * <h2>Comparison</h2>
 *
 * <ul>
 *   <li>at least: "не менее", "не менее чем", "не менее, чем", "не меньше", "не ниже", "не реже", "как минимум",
 *       "минимум", "по меньшей мере", "от", and the strict "более", "больше", "свыше", "выше" (the model has no
 *       strict comparisons; the documents mean "at least");
 *   <li>at most: "не более", "не больше", "не выше", "не чаще", "как максимум", "максимум", and the strict
 *       "менее", "меньше", "ниже";
 *   <li>"до N": at most ("до 200 человек"), but at least after a word of increase ("увеличение ... до 80%",
 *       "повышение", "рост", "доведение") and, after a starting value "с 40% до 60%", by the direction of the
 *       change; the starting value itself is no target. "до" before a date or a year is a deadline, not a target;
 *   <li>a range "от 10 до 20 семинаров" or "10-15%" is at least its lower bound; its upper bound is a further
 *       target (at most) for {@link #parseAll(String)};
 *   <li>otherwise exactly: "100% школ-участниц", "Обучено 82 куратора" (met by reaching the number).
 * </ul>
 *
 * A preposition may stand between the comparison and the number: "не менее чем в 3 муниципалитетах".
 *
 * <h2>Unit and value</h2>
 *
 * Percent: "%", "процентов", "проц.", "стопроцентный", "100-процентный" (value 100). Hours: "часов", "часа",
 * "ч.", "академических часов". Times: "раз", "раза". Anything else is a count. The value is exact ("52,8" is
 * 52.8; "52.8%" too); "тыс.", "тысяч", "млн" multiply ("5 тыс." is 5000); thousands may be grouped by a space
 * ("5 000"). Numbers in words are read in every case ("не менее четырех", "двадцати пяти"); without a comparison
 * they must be at least two and followed by a noun ("три семинара"), since "один", "одного" and "семью" are also
 * ordinary words.
 *
 * <h2>Population and rate</h2>
 *
 * The population is the noun phrase right after the number and its unit, as printed with its whitespace runs
 * made single spaces. It runs over nouns, adjectives, abbreviations (also listed with commas: "ШНОР, ШНСУ"),
 * "и"/"или", and narrowing phrases ("для ШНОР", "из числа", "с выявленными дефицитами", a preposition after a
 * participle: "включенных в проект"), and takes a participial clause after a comma when the clause ends the phrase or the subject ("школ, слабо
 * вовлеченные в проект приняли ..."; not "куратора для ШНОР, владеющих навыком ..., имеющим ..."). It stops at a
 * finite verb or short participle ("вовлечены", "разработана", "владеют"), at any other preposition ("в процесс",
 * "на 2021-2023 годы", "к системным новшествам"), at another number, at punctuation, quotes and brackets, and at
 * an empty line. "Проекта 500+" inside it stays ("школ-участниц Проекта 500+"). After "стопроцентной" the noun it
 * qualifies is skipped: "стопроцентной готовности педагогических работников" has the population "педагогических
 * работников". The rate ("per") is a phrase like "на одного регионального методиста", "в каждом муниципалитете",
 * "от каждой школы", "в квартал", "за учебный год", "ежемесячно" that follows the unit or the population.
 *
 * <p>Results without a number ("Все документы ... соответствуют", "Диссеминация лучших практик") have no target.
 */
public final class TargetParser {

    private static final int MAX_DIGITS = 15;
    private static final int MAX_CLAUSE_WORDS = 12;
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014";
    private static final String NUMBER_SEPARATORS = ".,/:" + DASHES;
    private static final WordTable BEFORE_NUMBER =
            WordTable.of("в", "во", "на", "из", "у", "для", "среди", "с", "со", "к", "по");
    /** The words {@code comparisonBefore} reads. */
    private static final WordTable COMPARISON_WORDS = WordTable.of(
            "менее",
            "меньше",
            "более",
            "больше",
            "свыше",
            "ниже",
            "выше",
            "реже",
            "чаще",
            "минимум",
            "максимум",
            "мере",
            "от",
            "до");

    private static final WordTable AMBIGUOUS_NUMERALS = WordTable.of("семью", "сорок", "сорока");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The separators within a number a {@link Cluster} tells apart, each written by {@link #separators(String)}. */
    private static final int COMMA = separators(",");

    private static final int DOT = separators(".");
    private static final int DASH = separators("-");
    private static final int COMMA_DASH = separators(",-");
    private static final int DASH_COMMA = separators("-,");
    private static final int COMMA_DASH_COMMA = separators(",-,");

    /** "тыс.", "млн", "млрд" and their words, each with the power of ten it multiplies by. */
    private static final WordTable MULTIPLIERS = WordTable.of(Map.ofEntries(
            Map.entry("тыс", 3),
            Map.entry("тысяч", 3),
            Map.entry("тысячи", 3),
            Map.entry("тысяча", 3),
            Map.entry("млн", 6),
            Map.entry("миллион", 6),
            Map.entry("миллиона", 6),
            Map.entry("миллионов", 6),
            Map.entry("млрд", 9),
            Map.entry("миллиард", 9),
            Map.entry("миллиарда", 9),
            Map.entry("миллиардов", 9)));

    private TargetParser() {}

    /**
     * Finds the target of an expected result: the first number in its words that is a target. Never throws.
     *
     * @param text the words
     * @return the target, or empty when no number in the words is a target
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Target> parse(String text) {
        char[] chars = text.toCharArray();
        if (!mayHoldNumber(chars)) {
            return Optional.empty();
        }
        List<Target> found = new Reader(text, chars).read(true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Finds every target in the words, in reading order: the one {@link #parse(String)} finds first, then further
     * constraints ("не более 200 человек на одного регионального методиста") and the upper bounds of ranges.
     * Never throws.
     *
     * @param text the words
     * @return the targets, possibly none
     * @throws NullPointerException if {@code text} is null
     */
    public static List<Target> parseAll(String text) {
        char[] chars = text.toCharArray();
        if (!mayHoldNumber(chars)) {
            return List.of();
        }
        return List.copyOf(new Reader(text, chars).read(false));
    }

    /**
     * Finds every target as {@link #parseAll(String)} does, always splitting the words into tokens: what
     * {@link #mayHoldNumber(String)} is checked against.
     *
     * @param text the words
     * @return the targets, possibly none
     */
    static List<Target> parseAllTokenized(String text) {
        return List.copyOf(new Reader(text, text.toCharArray()).read(false));
    }

    /**
     * Tells, without splitting the words into tokens, whether they may hold a number: an ASCII digit, or a run of
     * letters that is a numeral word ("четырех") or starts with "стопроцентн". Words without any hold no target,
     * since a target starts at digits or at such a word; most results ("Диссеминация лучших практик") are read
     * here at the cost of one pass over their chars. A run of letters is at least as long as the word token it is
     * part of, so a numeral token is never missed; a run that only looks like one is read in full.
     *
     * @param s the words
     * @return false when the words hold no number
     */
    static boolean mayHoldNumber(String s) {
        return mayHoldNumber(s.toCharArray());
    }

    /** Tells whether words may hold a number, see {@link #mayHoldNumber(String)}. */
    private static boolean mayHoldNumber(char[] s) {
        for (char c : s) {
            if (c >= '0' && c <= '9') {
                return true; // most results with a number have digits, found by this quick pass
            }
        }
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (!Chars.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Chars.isLetter(s[i])) {
                i++;
            }
            if (i - start >= NumeralWords.SHORTEST
                    && NumeralWords.mayStart(c, s[start + 1])
                    && (NumeralWords.isNumeral(s, start, i) || startsWithFolded(s, start, i, "стопроцентн"))) {
                return true;
            }
        }
        return false;
    }

    /** Writes up to three separators within a number as one int, each dash as "-". */
    private static int separators(String seps) {
        int pattern = 0;
        for (int k = 0; k < seps.length(); k++) {
            pattern = pattern * 8 + separator(seps.charAt(k));
        }
        return pattern;
    }

    /** Numbers a separator within a number, 1 to 5, every dash as one. */
    private static int separator(char c) {
        return DASHES.indexOf(c) >= 0 ? 5 : ".,/:".indexOf(c) + 1;
    }

    /** Tells whether chars, read in lower case with "е" for "ё", start with a prefix in lower case. */
    private static boolean startsWithFolded(char[] s, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Chars.fold(s[from + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** What reading at one token gave: a target (or none) and the token to go on from. */
    private record Found(Target target, Target upper, int next) {}

    /** Digits read as one number: "52,8", "10-15", "01.03.2021" (which is no number). */
    private record Cluster(Kind kind, int end, BigDecimal lo, BigDecimal hi, int hiIndex, int digits) {}

    private enum Kind {
        INT,
        DECIMAL,
        DOTTED,
        RANGE,
        NONE
    }

    /** A comparison found before a number, and the token it starts at. */
    private record Lookback(Comparison comparison, int from, String word) {}

    /** A unit read after a number: the value (multiplied by "тыс."), the unit and the token after it. */
    private record UnitRead(BigDecimal value, Unit unit, int next) {}

    /** A number read from digits or words, with its unit. */
    private record Quantity(BigDecimal value, Unit unit, int next) {}

    /** The population and rate after a number, by token indexes; -1 when absent. */
    private record Phrase(int popFirst, int popLast, int perFirst, int perLast) {
        int last() {
            return Math.max(popLast, perLast);
        }
    }

    private static final class Reader {
        private final String s;
        private final TargetToken.Tokens t;
        private int guillemets;
        private boolean straightQuote;
        private boolean curlyQuote;
        private int direction;
        private BigDecimal baseline;

        /** Reads words, with a copy of their chars for the tokens to keep their lower case in. */
        Reader(String s, char[] chars) {
            this.s = s;
            this.t = new TargetToken.Tokens(s, chars);
        }

        List<Target> read(boolean firstOnly) {
            List<Target> out = new ArrayList<>();
            int resume = 0;
            TargetToken tok;
            for (int i = 0; (tok = t.get(i)) != null; i++) {
                if (tok.breakBefore()) {
                    guillemets = 0;
                    straightQuote = false;
                    curlyQuote = false;
                    direction = 0;
                    baseline = null;
                }
                boolean quoted = guillemets > 0 || straightQuote || curlyQuote;
                track(tok, quoted);
                if (i < resume || quoted) {
                    continue;
                }
                Found f = tok.isDigits() ? digits(i) : tok.isWord() ? words(i) : null;
                if (f == null) {
                    continue;
                }
                resume = Math.max(f.next(), i + 1);
                if (f.target() != null) {
                    out.add(f.target());
                    if (firstOnly) {
                        return out;
                    }
                    if (f.upper() != null) {
                        out.add(f.upper());
                    }
                }
            }
            return out;
        }

        private void track(TargetToken tok, boolean quoted) {
            if (tok.isWord()) {
                int d = quoted ? 0 : TargetWords.direction(tok);
                if (d != 0) {
                    direction = d;
                }
            } else if (tok.isMarkOf("«„")) {
                guillemets++;
            } else if (tok.isMark('»')) {
                guillemets = Math.max(0, guillemets - 1);
            } else if (tok.isMark('"')) {
                straightQuote = !straightQuote;
            } else if (tok.isMark('\u201C')) {
                curlyQuote = !curlyQuote;
            } else if (tok.isMark('\u201D')) {
                curlyQuote = false;
            } else if (tok.isMarkOf(".;!?")) {
                direction = 0;
                baseline = null;
            }
        }

        // ---------------------------------------------------------------- numbers in digits

        private Found digits(int i) {
            Cluster c = cluster(i);
            int j = c.end();
            if (c.kind() == Kind.NONE) {
                return skip(j);
            }
            TargetToken first = t.get(i);
            TargetToken prev = at(i - 1);
            if (prev != null && !first.spaceBefore() && prev.isWord()) {
                return skip(j); // glued to letters: a code or OCR noise
            }
            boolean percentAdjective = false;
            TargetToken glued = at(j);
            if (glued != null && !glued.spaceBefore()) {
                if (glued.isWord()) {
                    return skip(j + 1); // "2022г", "202l"
                }
                TargetToken suffix = at(j + 1);
                if (glued.isMarkOf(DASHES) && suffix != null && suffix.isWord() && !suffix.spaceBefore()) {
                    if (!suffix.startsWith("процентн") || c.kind() != Kind.INT) {
                        return skip(j + 2); // "1-й", "9-х", "958-а"
                    }
                    percentAdjective = true;
                    j += 2;
                }
            }
            TargetToken after = at(j);
            if (!percentAdjective && after != null && after.isMark('+') && !after.lineBefore()) {
                return skip(j + 1); // "500+": a name
            }
            boolean percentNext = !percentAdjective && isPercentAt(j);
            if (c.kind() == Kind.DOTTED && !percentNext) {
                return skip(j); // a date or a section number
            }
            if (c.kind() == Kind.RANGE && isYear(c.lo(), c.digits())) {
                return skip(j); // "2021-2023", "2020-21"
            }
            if (notATargetByWhatPrecedes(i, c, percentNext)) {
                return skip(j);
            }
            if (c.kind() == Kind.INT
                    && (i == 0 || first.lineBefore())
                    && after != null
                    && after.isMarkOf(".)")
                    && !after.spaceBefore()) {
                TargetToken past = at(j + 1);
                if (past == null || past.spaceBefore()) {
                    return skip(j + 1); // a list number: "1. Обеспечить"
                }
            }

            Lookback lb = comparisonBefore(i);
            BigDecimal value = c.lo();
            Unit unit = Unit.PERCENT;
            int k = j;
            if (!percentAdjective) {
                UnitRead u = unitAt(j, value, true);
                value = u.value();
                unit = u.unit();
                k = u.next();
            }
            boolean yearLike = c.kind() == Kind.INT && isYear(c.lo(), c.digits());
            TargetToken y = at(k);
            if (unit == Unit.COUNT && y != null && y.isWord() && !y.breakBefore()) {
                if (TargetWords.isMonth(y) || TargetWords.DAY_WORDS.contains(y)) {
                    return skip(k + 1); // "20 января", "до 10 числа"
                }
                if (yearLike && TargetWords.YEAR_WORDS.contains(y)) {
                    return skip(k + 1);
                }
                if (lb == null && TargetWords.isOrdinalNoun(y)) {
                    return skip(k + 1); // "1 этап", "9 класс", "4 квартал"
                }
            }
            if (unit == Unit.COUNT && yearLike && !isContent(k)) {
                return skip(k); // "Август 2022", "в 2022 проведено"
            }
            if (unit == Unit.HOURS && prev != null && prev.isMark('(') && y != null && y.isMark(')')) {
                return skip(k + 1); // "(144 часа)": the length of a course in its title
            }
            if (lb == null
                    && prev != null
                    && prev.isWord()
                    && (prev.is("с") || prev.is("со"))
                    && isWordAt(k, "до")
                    && quantityAt(k + 1) != null) {
                baseline = value; // "с 40% до 60%": the starting value
                return skip(k);
            }
            return finish(i, lb, value, unit, percentAdjective, k, c.kind() == Kind.RANGE ? c : null);
        }

        private boolean notATargetByWhatPrecedes(int i, Cluster c, boolean percentNext) {
            TargetToken prev = at(i - 1);
            if (prev == null) {
                return false;
            }
            if (prev.isMark('№') || prev.isMark('#')) {
                return true;
            }
            if (prev.isWord()) {
                if (TargetWords.DOCUMENT_NUMBER.contains(prev) || prev.is("течение")) {
                    return true;
                }
                if (prev.startsWith("проект") && c.kind() == Kind.INT) {
                    return true; // "Проекта 500", "проект 500+"
                }
                if (TargetWords.isMonth(prev) && c.kind() == Kind.INT && isYear(c.lo(), c.digits())) {
                    return true;
                }
            }
            TargetToken exam = prev.isMarkOf(DASHES) ? at(i - 2) : prev;
            return exam != null
                    && exam.isWord()
                    && TargetWords.EXAMS.contains(exam)
                    && c.kind() == Kind.INT
                    && c.lo().compareTo(BigDecimal.valueOf(11)) <= 0
                    && !percentNext; // "ГИА – 9", "ЕГЭ-11"
        }

        /**
         * Reads the digits at i as one number with what is glued to them: separators between runs of digits ("52,8",
         * "10-15", "01.03.2021"), or groups of thousands after a space ("5 000").
         */
        private Cluster cluster(int i) {
            int runs = 1; // runs of digits joined by separators
            int pattern = 0; // the separators, see separators(String)
            int second = -1; // the token of the second run
            int third = -1;
            int fourth = -1;
            boolean tooLong = t.get(i).printedLength() > MAX_DIGITS;
            int k = i + 1;
            while (t.get(k + 1) != null) {
                TargetToken a = t.get(k);
                TargetToken b = t.get(k + 1);
                if (!(a.isMarkOf(NUMBER_SEPARATORS) && !a.spaceBefore() && b.isDigits() && !b.spaceBefore())) {
                    break;
                }
                runs++;
                if (runs <= 4) {
                    pattern = pattern * 8 + separator(s.charAt(a.start()));
                }
                second = runs == 2 ? k + 1 : second;
                third = runs == 3 ? k + 1 : third;
                fourth = runs == 4 ? k + 1 : fourth;
                tooLong |= b.printedLength() > MAX_DIGITS;
                k += 2;
            }
            int digits = t.get(i).printedLength();
            long grouped = 0;
            boolean groupable = runs == 1 && digits <= 3; // "5 000", not "2022 000"
            if (groupable) {
                grouped = digitsOf(t.get(i), 0);
                while (t.get(k) != null && isThousandsGroup(k)) {
                    grouped = digitsOf(t.get(k), grouped);
                    digits += 3;
                    k++;
                }
                tooLong = digits > MAX_DIGITS;
            }
            if (tooLong || runs > 4) {
                return new Cluster(Kind.NONE, k, null, null, -1, 0);
            }
            if (runs == 1) {
                BigDecimal value = groupable ? BigDecimal.valueOf(grouped) : number(i, -1);
                return new Cluster(Kind.INT, k, value, null, -1, digits);
            } else if (pattern == COMMA) {
                return new Cluster(Kind.DECIMAL, k, number(i, second), null, -1, digits);
            } else if (pattern == DOT) {
                return new Cluster(Kind.DOTTED, k, number(i, second), null, -1, digits);
            } else if (pattern == DASH) {
                return new Cluster(Kind.RANGE, k, number(i, -1), number(second, -1), second, digits);
            } else if (pattern == COMMA_DASH) {
                return new Cluster(Kind.RANGE, k, number(i, second), number(third, -1), third, digits);
            } else if (pattern == DASH_COMMA) {
                return new Cluster(Kind.RANGE, k, number(i, -1), number(second, third), second, digits);
            } else if (pattern == COMMA_DASH_COMMA) {
                return new Cluster(Kind.RANGE, k, number(i, second), number(third, fourth), third, digits);
            }
            return new Cluster(Kind.NONE, k, null, null, -1, 0);
        }

        /** The value of the digits of a token after the value of the digits before it. */
        private long digitsOf(TargetToken digits, long before) {
            long v = before;
            for (int j = digits.start(); j < digits.end(); j++) {
                v = v * 10 + (s.charAt(j) - '0');
            }
            return v;
        }

        /**
         * Returns the number of a run of digits with the run of its fraction, if any: "52" and "8" are 52.8, with as
         * many decimal places as the fraction has digits ("52,80" is 52.80).
         */
        private BigDecimal number(int whole, int fraction) {
            TargetToken w = t.get(whole);
            if (fraction < 0) {
                return BigDecimal.valueOf(digitsOf(w, 0)); // at most 15 digits
            }
            TargetToken f = t.get(fraction);
            if (w.printedLength() + f.printedLength() <= 18) { // the digits fit in a long
                return BigDecimal.valueOf(digitsOf(f, digitsOf(w, 0)), f.printedLength());
            }
            return new BigDecimal(w.text() + "." + f.text());
        }

        /** Tells whether the digits at k are a group of thousands after a space: the "000" of "5 000". */
        private boolean isThousandsGroup(int k) {
            TargetToken g = t.get(k);
            if (!g.isDigits() || g.printedLength() != 3 || g.lineBefore()) {
                return false;
            }
            TargetToken before = t.get(k - 1);
            if (g.start() - before.end() != 1 || !isGroupSpace(s.charAt(before.end()))) {
                return false;
            }
            TargetToken sep = at(k + 1);
            TargetToken more = at(k + 2);
            return !(sep != null
                    && sep.isMarkOf(NUMBER_SEPARATORS)
                    && !sep.spaceBefore()
                    && more != null
                    && more.isDigits()
                    && !more.spaceBefore());
        }

        // ---------------------------------------------------------------- numbers in words

        private Found words(int i) {
            TargetToken w = t.get(i);
            boolean percentAdjective = w.startsWith("стопроцентн");
            if (!percentAdjective && !NumeralWords.isNumeral(w)) {
                return null;
            }
            Lookback lb = comparisonBefore(i);
            if (percentAdjective) {
                return finish(i, lb, HUNDRED, Unit.PERCENT, true, i + 1, null);
            }
            NumeralWords.Reading r = NumeralWords.read(t, i);
            if (lb == null) {
                TargetToken prev = at(i - 1);
                if (r.value() < 2
                        || AMBIGUOUS_NUMERALS.contains(w)
                        || NumeralWords.isThousand(w)
                        || (prev != null && prev.is("течение"))) {
                    return skip(r.end());
                }
            }
            UnitRead u = unitAt(r.end(), BigDecimal.valueOf(r.value()), false);
            return finish(i, lb, u.value(), u.unit(), false, u.next(), null);
        }

        // ---------------------------------------------------------------- what follows the number

        /**
         * Reads the range, population and rate after a number and builds the target.
         *
         * @param i the first token of the number
         * @param lb the comparison before it, if any
         * @param k the token after the number and its unit
         * @param range the digits' range ("10-15"), if the number is one
         */
        private Found finish(
                int i, Lookback lb, BigDecimal value, Unit unit, boolean percentAdjective, int k, Cluster range) {
            int numberLast = k - 1;
            BigDecimal hi = null;
            int hiFrom = -1;
            Unit theUnit = unit;
            if (range != null) {
                hi = range.hi();
                hiFrom = range.hiIndex();
            } else if (lb != null && lb.word().equals("от") && isWordAt(k, "до")) {
                Quantity q = quantityAt(k + 1);
                if (q != null) {
                    hi = q.value();
                    hiFrom = k;
                    if (theUnit == Unit.COUNT) {
                        theUnit = q.unit();
                    }
                    k = q.next();
                    numberLast = k - 1;
                }
            }
            int head = -1;
            if (percentAdjective && isContent(k)) {
                head = k; // "стопроцентной готовности": the noun the adjective qualifies
                k++;
            }
            if (theUnit == Unit.PERCENT && isWordAt(k, "от") && isContent(k + 1)) {
                k++; // "50% от общего числа учителей"
            }
            Phrase ph = phrase(k);
            boolean bare = lb == null && theUnit == Unit.COUNT && ph.popFirst() < 0 && ph.perFirst() < 0;
            if (bare) {
                return skip(numberLast + 1);
            }
            Comparison comparison = comparison(lb, value, range != null || hi != null);
            baseline = null;
            int from = lb != null ? lb.from() : i;
            int last = Math.max(Math.max(numberLast, head), ph.last());
            Optional<String> population = span(ph.popFirst(), ph.popLast());
            Optional<String> per = span(ph.perFirst(), ph.perLast());
            Target target = new Target(text(from, last), comparison, value, theUnit, population, per);
            Target upper = hi == null
                    ? null
                    : new Target(text(hiFrom, last), Comparison.AT_MOST, hi, theUnit, population, per);
            return new Found(target, upper, last + 1);
        }

        private Comparison comparison(Lookback lb, BigDecimal value, boolean range) {
            if (lb == null) {
                return range ? Comparison.AT_LEAST : Comparison.EXACTLY;
            }
            if (lb.word().equals("до")) {
                if (baseline != null) {
                    return value.compareTo(baseline) >= 0 ? Comparison.AT_LEAST : Comparison.AT_MOST;
                }
                return direction > 0 ? Comparison.AT_LEAST : Comparison.AT_MOST;
            }
            return lb.comparison();
        }

        /** Reads a number (digits or words) with its unit at k: the upper bound of "от 10 до 20 семинаров". */
        private Quantity quantityAt(int k) {
            TargetToken x = at(k);
            if (x == null || x.breakBefore()) {
                return null;
            }
            if (x.isDigits()) {
                Cluster c = cluster(k);
                TargetToken g = at(c.end());
                if ((c.kind() != Kind.INT && c.kind() != Kind.DECIMAL)
                        || (g != null && !g.spaceBefore() && g.isWord())) {
                    return null;
                }
                UnitRead u = unitAt(c.end(), c.lo(), true);
                return new Quantity(u.value(), u.unit(), u.next());
            }
            if (x.isWord() && NumeralWords.isNumeral(x)) {
                NumeralWords.Reading r = NumeralWords.read(t, k);
                UnitRead u = unitAt(r.end(), BigDecimal.valueOf(r.value()), false);
                return new Quantity(u.value(), u.unit(), u.next());
            }
            return null;
        }

        private UnitRead unitAt(int k, BigDecimal value, boolean multipliers) {
            BigDecimal v = value;
            TargetToken x = at(k);
            if (x == null || x.breakBefore()) {
                return new UnitRead(v, Unit.COUNT, k);
            }
            if (multipliers && x.isWord()) {
                long m = multiplier(x);
                if (m > 0) {
                    v = v.multiply(BigDecimal.valueOf(m));
                    k++;
                    if (isAdjacentMark(k, '.') && x.length() <= 4) {
                        k++;
                    }
                    x = at(k);
                    if (x == null || x.breakBefore()) {
                        return new UnitRead(v, Unit.COUNT, k);
                    }
                }
            }
            if (x.isMark('%') || x.isMark('\uFF05')) {
                return new UnitRead(v, Unit.PERCENT, k + 1);
            }
            if (!x.isWord()) {
                return new UnitRead(v, Unit.COUNT, k);
            }
            if (TargetWords.isPercentWord(x)) {
                return new UnitRead(v, Unit.PERCENT, x.is("проц") && isAdjacentMark(k + 1, '.') ? k + 2 : k + 1);
            }
            int h = k;
            if (TargetWords.HOUR_KINDS.contains(x)) {
                h = isAdjacentMark(k + 1, '.') ? k + 2 : k + 1;
            }
            TargetToken hour = at(h);
            if (hour != null && hour.isWord() && !hour.breakBefore() && TargetWords.HOURS.contains(hour)) {
                boolean abbreviated = hour.is("ч") && isAdjacentMark(h + 1, '.');
                return new UnitRead(v, Unit.HOURS, abbreviated ? h + 2 : h + 1);
            }
            if (TargetWords.TIMES.contains(x)) {
                return new UnitRead(v, Unit.TIMES, k + 1);
            }
            return new UnitRead(v, Unit.COUNT, k);
        }

        private static long multiplier(TargetToken w) {
            int power = MULTIPLIERS.get(w);
            return power == WordTable.ABSENT ? 0 : power == 3 ? 1_000L : power == 6 ? 1_000_000L : 1_000_000_000L;
        }

        private boolean isPercentAt(int k) {
            TargetToken x = at(k);
            if (x == null || x.breakBefore()) {
                return false;
            }
            return x.isMark('%') || x.isMark('\uFF05') || (x.isWord() && TargetWords.isPercentWord(x));
        }

        private Lookback comparisonBefore(int i) {
            int k = i - 1;
            TargetToken x = at(k);
            boolean preposition = false;
            if (x != null && x.isWord() && BEFORE_NUMBER.contains(x)) {
                preposition = true;
                k--;
                x = at(k);
            }
            boolean than = false;
            if (x != null && x.is("чем")) {
                than = true;
                k--;
                if (isMarkAt(k, ',')) {
                    k--;
                }
                x = at(k);
            }
            if (x == null || !x.isWord()) {
                return null;
            }
            if (!COMPARISON_WORDS.contains(x)) {
                return null;
            }
            String w = x.lower();
            boolean not = isWordAt(k - 1, "не");
            int from = not ? k - 1 : k;
            switch (w) {
                case "менее":
                case "меньше":
                    return new Lookback(not ? Comparison.AT_LEAST : Comparison.AT_MOST, from, w);
                case "более":
                case "больше":
                case "свыше":
                    return new Lookback(not ? Comparison.AT_MOST : Comparison.AT_LEAST, from, w);
                case "ниже":
                    return new Lookback(not ? Comparison.AT_LEAST : Comparison.AT_MOST, from, w);
                case "выше":
                    return new Lookback(not ? Comparison.AT_MOST : Comparison.AT_LEAST, from, w);
                case "реже":
                    return not ? new Lookback(Comparison.AT_LEAST, from, w) : null;
                case "чаще":
                    return not ? new Lookback(Comparison.AT_MOST, from, w) : null;
                case "минимум":
                    return new Lookback(Comparison.AT_LEAST, isWordAt(k - 1, "как") ? k - 1 : k, w);
                case "максимум":
                    return new Lookback(Comparison.AT_MOST, isWordAt(k - 1, "как") ? k - 1 : k, w);
                case "мере":
                    return isWordAt(k - 1, "меньшей") && isWordAt(k - 2, "по")
                            ? new Lookback(Comparison.AT_LEAST, k - 2, w)
                            : null;
                case "от":
                    return preposition || than ? null : new Lookback(Comparison.AT_LEAST, k, w);
                case "до":
                    return preposition || than ? null : new Lookback(Comparison.AT_MOST, k, w);
                default:
                    return null;
            }
        }

        // ---------------------------------------------------------------- population and rate

        private Phrase phrase(int from) {
            int k = from;
            int first = -1;
            int last = -1;
            TargetToken prevWord = null; // the word before, null after a name number
            TargetToken x;
            while ((x = t.get(k)) != null) {
                if (x.breakBefore()) {
                    break;
                }
                if (x.isWord()) {
                    if (TargetWords.PREPOSITIONS.contains(x)) {
                        int perLast = perAt(k);
                        if (perLast >= 0) {
                            return new Phrase(first, last, k, perLast);
                        }
                        if (narrows(x, prevWord, k)) {
                            prevWord = x;
                            k++;
                            continue;
                        }
                        break;
                    }
                    if (TargetWords.RATE_ADVERBS.contains(x)) {
                        return new Phrase(first, last, k, k);
                    }
                    if (TargetWords.CONJUNCTIONS.contains(x)) {
                        if (first >= 0 && isContent(k + 1)) {
                            prevWord = x;
                            k++;
                            continue;
                        }
                        break;
                    }
                    if (!isContent(k)) {
                        break;
                    }
                    if (first < 0) {
                        first = k;
                    }
                    last = k;
                    prevWord = x;
                    k++;
                    continue;
                }
                if (x.isDigits()) {
                    if (first >= 0 && last == k - 1 && prevWord != null && prevWord.startsWith("проект")) {
                        last = nameEnd(k); // "школ-участниц Проекта 500+"
                        prevWord = null;
                        k = last + 1;
                        continue;
                    }
                    break;
                }
                if (x.isMark(',')
                        && first >= 0
                        && last == k - 1
                        && isAbbreviationAt(k - 1)
                        && isAbbreviationAt(k + 1)
                        && isContent(k + 1)) {
                    k++; // a list of abbreviations: "ШНОР, ШНСУ"
                    continue;
                }
                if (x.isMark(',') && first >= 0) {
                    int clauseLast = clause(k);
                    if (clauseLast >= 0) {
                        last = clauseLast;
                    }
                    break;
                }
                if (x.isMark('/') && first >= 0 && last == k - 1 && isContent(k + 1)) {
                    k++;
                    continue;
                }
                break;
            }
            return new Phrase(first, last, -1, -1);
        }

        /** Tells whether a preposition continues the population: "куратора для ШНОР", "включенных в проект". */
        private boolean narrows(TargetToken w, TargetToken prevWord, int k) {
            if (prevWord != null && TargetWords.isParticiple(prevWord)) {
                return isContent(k + 1);
            }
            if (TargetWords.NARROWING.contains(w)) {
                return isContent(k + 1);
            }
            if (w.is("с") || w.is("со")) {
                TargetToken x = at(k + 1);
                return x != null
                        && x.isWord()
                        && !x.breakBefore()
                        && (TargetWords.isInstrumentalAdjective(x) || x.isAbbreviation());
            }
            return false;
        }

        /** Returns the last token of a rate phrase starting with the preposition at k, or -1. */
        private int perAt(int k) {
            TargetToken w = t.get(k);
            TargetToken x = at(k + 1);
            if (x == null || x.breakBefore()) {
                return -1;
            }
            if (x.isWord()) {
                TargetToken next = x;
                boolean quantifier = TargetWords.EACH.contains(next) || (w.is("на") && TargetWords.ONE.contains(next));
                if (quantifier && (w.is("на") || w.is("в") || w.is("во") || w.is("для") || w.is("от"))) {
                    return contentAfter(k + 2, k + 1);
                }
                if (w.is("в") || w.is("во") || w.is("за")) {
                    int m = k + 1;
                    if (next.startsWith("учебн")) {
                        TargetToken period = at(k + 2);
                        if (period == null || !period.isWord() || period.breakBefore()) {
                            return -1;
                        }
                        m = k + 2;
                        next = period;
                    }
                    return TargetWords.PERIODS.contains(next) ? m : -1;
                }
                return -1;
            }
            if (x.isDigits() && w.is("на")) {
                Cluster c = cluster(k + 1);
                return c.kind() == Kind.INT ? contentAfter(c.end(), c.end() - 1) : -1;
            }
            return -1;
        }

        /** Returns the last of the content words from k on, or {@code otherwise} when there is none. */
        private int contentAfter(int k, int otherwise) {
            int last = otherwise;
            while (isContent(k)) {
                last = k;
                k++;
            }
            return last;
        }

        /**
         * Reads a participial clause after the comma at k: "школ, слабо вовлеченные в проект приняли ...". Returns
         * its last token when it ends the phrase (at the end, a bracket, a full stop, or before a predicate), else
         * -1.
         */
        private int clause(int comma) {
            int k = comma + 1;
            int adverbs = 0;
            TargetToken x = at(k);
            while (x != null && x.isWord() && !x.breakBefore() && adverbs < 2 && isClauseAdverb(x)) {
                k++;
                adverbs++;
                x = at(k);
            }
            if (x == null || !x.isWord() || x.breakBefore() || !TargetWords.isParticiple(x)) {
                return -1;
            }
            int last = k;
            int words = 1;
            TargetToken prevWord = x; // the word before, null after a name number
            k++;
            while (true) {
                x = at(k);
                if (x == null || x.breakBefore()) {
                    return last;
                }
                if (x.isWord()) {
                    if (TargetWords.isPredicate(x)) {
                        return last;
                    }
                    if (TargetWords.STOPS.contains(x) || ++words > MAX_CLAUSE_WORDS) {
                        return -1;
                    }
                    last = k;
                    prevWord = x;
                    k++;
                } else if (x.isDigits()) {
                    if (prevWord == null || !prevWord.startsWith("проект")) {
                        return -1;
                    }
                    last = nameEnd(k);
                    prevWord = null;
                    k = last + 1;
                } else if (x.isMarkOf(").;!?")) {
                    return last;
                } else if (x.isMark(',')) {
                    TargetToken y = at(k + 1);
                    return y != null && y.isWord() && !y.breakBefore() && TargetWords.isPredicate(y) ? last : -1;
                } else if (x.isMark('/')) {
                    k++;
                } else {
                    return -1;
                }
            }
        }

        private static boolean isClauseAdverb(TargetToken w) {
            return TargetWords.CLAUSE_ADVERBS.contains(w)
                    || (w.length() >= 4
                            && w.endsWith("о")
                            && !TargetWords.isPredicate(w)
                            && !TargetWords.isParticiple(w));
        }

        /** Returns the last token of a name number at k: "500" or "500+" / "500 +". */
        private int nameEnd(int k) {
            int last = k;
            TargetToken plus = at(k + 1);
            if (plus != null && plus.isMark('+') && !plus.lineBefore()) {
                last = k + 1;
            }
            return last;
        }

        /** Tells whether the token at k is a word that can be part of a noun phrase. */
        private boolean isContent(int k) {
            TargetToken x = at(k);
            if (x == null || !x.isWord() || x.breakBefore()) {
                return false;
            }
            return x.length() > 1 // a single letter is a preposition, an initial or OCR noise: "на 8 л."
                    && !TargetWords.PREPOSITIONS.contains(x)
                    && !TargetWords.STOPS.contains(x)
                    && !TargetWords.CONJUNCTIONS.contains(x)
                    && !TargetWords.RATE_ADVERBS.contains(x)
                    && !TargetWords.isPredicate(x)
                    && !NumeralWords.isNumeral(x);
        }

        // ---------------------------------------------------------------- helpers

        private Found skip(int next) {
            return new Found(null, null, next);
        }

        private TargetToken at(int k) {
            return t.get(k);
        }

        private boolean isAbbreviationAt(int k) {
            TargetToken x = at(k);
            return x != null && x.isWord() && !x.breakBefore() && x.isAbbreviation();
        }

        private boolean isWordAt(int k, String lower) {
            TargetToken x = at(k);
            return x != null && x.is(lower);
        }

        private boolean isMarkAt(int k, char mark) {
            TargetToken x = at(k);
            return x != null && x.isMark(mark);
        }

        private boolean isAdjacentMark(int k, char mark) {
            TargetToken x = at(k);
            return x != null && x.isMark(mark) && !x.spaceBefore();
        }

        private String text(int from, int last) {
            return s.substring(t.get(from).start(), t.get(last).end());
        }

        private Optional<String> span(int first, int last) {
            if (first < 0 || last < first) {
                return Optional.empty();
            }
            int from = t.get(first).start();
            int to = t.get(last).end();
            return Optional.of(isSingleSpaced(from, to) ? s.substring(from, to) : singleSpaced(s.substring(from, to)));
        }

        /** Tells whether the words from one token to another have no white space but single plain spaces. */
        private boolean isSingleSpaced(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == ' ' ? TargetToken.isSpace(s.charAt(i + 1)) : TargetToken.isSpace(c)) {
                    return false;
                }
            }
            return true;
        }

        private static String singleSpaced(String words) {
            StringBuilder b = new StringBuilder(words.length());
            boolean space = false;
            for (int i = 0; i < words.length(); i++) {
                char c = words.charAt(i);
                if (TargetToken.isSpace(c)) {
                    space = true;
                } else {
                    if (space && b.length() > 0) {
                        b.append(' ');
                    }
                    space = false;
                    b.append(c);
                }
            }
            return b.toString();
        }

        private static boolean isGroupSpace(char c) {
            return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
        }

        private static boolean isYear(BigDecimal v, int digits) {
            return digits == 4
                    && v.compareTo(BigDecimal.valueOf(1900)) >= 0
                    && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
        }
    }
}
