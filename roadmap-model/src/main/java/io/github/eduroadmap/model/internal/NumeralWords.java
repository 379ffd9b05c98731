package io.github.eduroadmap.model.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Russian cardinal numbers written in words, in every case: "четырех" is 4, "двадцать пять" is 25, "две тысячи"
 * is 2000. Ordinals ("второй") and collectives ("трое") are not numbers here.
 */
final class NumeralWords {

    /** A number read from words: its value and the index after its last word. */
    record Reading(long value, int end) {}

    private static final int UNIT = 0;
    private static final int TEEN = 1;
    private static final int TEN = 2;
    private static final int HUNDRED = 3;
    private static final int THOUSAND = 4;
    private static final int START = 5;

    /** Every form while the tables are made: its kind and value. */
    private static final Map<String, int[]> FORMS = new HashMap<>();

    static {
        unit(
                1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одни", "одних",
                "одними", "одною");
        unit(2, "два", "две", "двух", "двум", "двумя");
        unit(3, "три", "трех", "трем", "тремя");
        unit(4, "четыре", "четырех", "четырем", "четырьмя");
        regular(UNIT, 5, "пять", "пят");
        regular(UNIT, 6, "шесть", "шест");
        regular(UNIT, 7, "семь", "сем");
        unit(8, "восемь", "восьми", "восемью", "восьмью");
        regular(UNIT, 9, "девять", "девят");
        regular(TEEN, 10, "десять", "десят");
        String[] teens = {
            "одиннадцат",
            "двенадцат",
            "тринадцат",
            "четырнадцат",
            "пятнадцат",
            "шестнадцат",
            "семнадцат",
            "восемнадцат",
            "девятнадцат"
        };
        for (int k = 0; k < teens.length; k++) {
            regular(TEEN, 11 + k, teens[k] + "ь", teens[k]);
        }
        regular(TEN, 20, "двадцать", "двадцат");
        regular(TEN, 30, "тридцать", "тридцат");
        put(TEN, 40, "сорок", "сорока");
        put(TEN, 50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        put(TEN, 60, "шестьдесят", "шестидесяти", "шестьюдесятью");
        put(TEN, 70, "семьдесят", "семидесяти", "семьюдесятью");
        put(TEN, 80, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        put(TEN, 90, "девяносто", "девяноста");
        put(HUNDRED, 100, "сто", "ста");
        put(HUNDRED, 200, "двести", "двухсот", "двумстам", "двумястами", "двухстах");
        put(HUNDRED, 300, "триста", "трехсот", "тремстам", "тремястами", "трехстах");
        put(HUNDRED, 400, "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
        String[][] hundreds = {
            {"пятьсот", "пяти", "пятью"},
            {"шестьсот", "шести", "шестью"},
            {"семьсот", "семи", "семью"},
            {"восемьсот", "восьми", "восемью"},
            {"девятьсот", "девяти", "девятью"}
        };
        for (int k = 0; k < hundreds.length; k++) {
            String[] h = hundreds[k];
            put(HUNDRED, 500 + 100 * k, h[0], h[1] + "сот", h[1] + "стам", h[2] + "стами", h[1] + "стах");
        }
        put(
                THOUSAND,
                1000,
                "тысяча",
                "тысячи",
                "тысяч",
                "тысячу",
                "тысячей",
                "тысячею",
                "тысячам",
                "тысячами",
                "тысячах");
    }

    /** The length of the shortest numeral word ("два", "сто"). */
    static final int SHORTEST;

    /** The first two letters of every numeral word and of "стопроцентный", in lower case, each as a bit. */
    private static final boolean[] OPENINGS = new boolean[32 * 32];

    /** Every form, with its kind times {@link #KIND} plus its value. */
    private static final WordTable WORDS;

    private static final int KIND = 1 << 16;

    static {
        int shortest = Integer.MAX_VALUE;
        Map<String, Integer> packed = new HashMap<>();
        for (Map.Entry<String, int[]> e : FORMS.entrySet()) {
            packed.put(e.getKey(), e.getValue()[0] * KIND + e.getValue()[1]);
            shortest = Math.min(shortest, e.getKey().length());
            OPENINGS[opening(e.getKey().charAt(0), e.getKey().charAt(1))] = true;
        }
        OPENINGS[opening('с', 'т')] = true; // "стопроцентный"
        WORDS = WordTable.of(packed);
        SHORTEST = shortest;
    }

    /** Numbers two lower-case Russian letters from "а" to "я"; -1 for any other chars. */
    private static int opening(char first, char second) {
        int a = first - 'а';
        int b = second - 'а';
        return a >= 0 && a < 32 && b >= 0 && b < 32 ? a * 32 + b : -1;
    }

    private NumeralWords() {}

    /**
     * Tells whether a word with these first two chars may be a numeral word, or the adjective "стопроцентный".
     *
     * @param first the first char, in any case
     * @param second the second char, in any case
     * @return false when no numeral word starts with them
     */
    static boolean mayStart(char first, char second) {
        int i = opening(Chars.fold(first), Chars.fold(second));
        return i >= 0 && OPENINGS[i];
    }

    /** Tells whether a word of one kind may follow one of another within a group: "сто двадцать пять". */
    private static boolean follows(int last, int kind) {
        switch (last) {
            case START:
                return true;
            case HUNDRED:
                return kind == TEN || kind == TEEN || kind == UNIT;
            case TEN:
                return kind == UNIT;
            default:
                return false;
        }
    }

    private static void unit(int value, String... forms) {
        put(UNIT, value, forms);
    }

    /** A numeral in "-ь" declined like "пять": "пять", "пяти", "пятью". */
    private static void regular(int kind, int value, String nominative, String stem) {
        put(kind, value, nominative, stem + "и", stem + "ью");
    }

    private static void put(int kind, int value, String... forms) {
        for (String form : forms) {
            FORMS.put(form, new int[] {kind, value});
        }
    }

    /**
     * Tells whether a word token is a Russian cardinal number word.
     *
     * @param t the token
     * @return whether it is one
     */
    static boolean isNumeral(TargetToken t) {
        return t.isWord()
                && t.length() >= SHORTEST
                && OPENINGS[Math.max(0, opening(t.charAt(0), t.charAt(1)))]
                && WORDS.get(t) != WordTable.ABSENT;
    }

    /**
     * Tells whether a range of chars, read in lower case with "ё" as "е", is a Russian cardinal number word.
     *
     * @param s the chars
     * @param from the first index
     * @param to the index after the last
     * @return whether it is one
     */
    static boolean isNumeral(char[] s, int from, int to) {
        return WORDS.getIgnoringCase(s, from, to) != WordTable.ABSENT;
    }

    /**
     * Tells whether a word token is a form of "тысяча".
     *
     * @param t the token
     * @return whether it is
     */
    static boolean isThousand(TargetToken t) {
        int w = WORDS.get(t);
        return w != WordTable.ABSENT && w / KIND == THOUSAND;
    }

    /**
     * Reads a number written in words, starting at a token: "двадцать пять", "две тысячи триста".
     *
     * @param tokens the tokens
     * @param from the index of the first word
     * @return the number, or null when the token does not start one
     */
    static Reading read(TargetToken.Tokens tokens, int from) {
        int i = from;
        long total = 0;
        long group = 0;
        int last = START;
        boolean any = false;
        boolean thousands = false;
        TargetToken t;
        while ((t = tokens.get(i)) != null) {
            if (!t.isWord() || (i > from && t.breakBefore())) {
                break;
            }
            int w = WORDS.get(t);
            if (w == WordTable.ABSENT) {
                break;
            }
            int kind = w / KIND;
            if (kind == THOUSAND) {
                if (thousands) {
                    break;
                }
                total = (any ? group : 1) * 1000L;
                group = 0;
                thousands = true;
                last = START;
            } else if (follows(last, kind)) {
                group += w % KIND;
                last = kind;
            } else {
                break;
            }
            any = true;
            i++;
        }
        return any ? new Reading(total + group, i) : null;
    }
}
