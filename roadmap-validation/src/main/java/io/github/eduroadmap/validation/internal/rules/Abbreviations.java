package io.github.eduroadmap.validation.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds abbreviations in a text: runs of words in upper-case Cyrillic letters ("МОУО", "ГАУ ДПО ПК ИРО", "ИС МЭДК",
 * "ГАУ ДПО «АМИРО»"), and the abbreviations the text itself defines ("(далее – РПШ)", "(далее – ШНОР, ШНСУ
 * соответственно)", "школы с низкими образовательными результатами (ШНОР)").
 *
 * <p>What is not an abbreviation:
 *
 * <ul>
 *   <li>words in capitals: a run holding a word of seven letters or more ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ПРИМОРСКОГО
 *       КРАЯ", "ПРИКАЗЫВАЮ", "ДОРОЖНАЯ КАРТА") or one of a few common words ("КАРТА", "ПЛАН", "ОТДЕЛ");
 *   <li>single letters, hence letter-spaced words ("П Р И К А З"); a single letter inside a run is kept
 *       ("ГАУ ДПО Ж ИРО", an OCR misreading);
 *   <li>Latin letters and Roman numerals ("II"), tokens mixing scripts or glued to digits ("11К");
 *   <li>a quotation wholly in capitals, which is a name («ТОЧКА РОСТА»), unless it follows an abbreviation
 *       ("ГАУ ДПО «АМИРО»");
 *   <li>anything in a text that is OCR noise: fewer than half of its pieces are words or numbers ("Т Х Т Ч /’Л").
 * </ul>
 */
final class Abbreviations {

    /** Shortest word in capitals that is taken as a word, not an abbreviation. */
    static final int WORD_LENGTH = 7;

    /** Common short words printed in capitals in headings. */
    private static final Set<String> CAPITAL_WORDS = Set.of(
            "КАРТА", "КАРТЫ", "ПЛАН", "ПЛАНА", "ЦЕЛЬ", "ЗАДАЧА", "ЗАДАЧИ", "ОТДЕЛ", "КРАЙ", "КРАЯ", "РАЙОН", "РАЙОНА",
            "ГОРОД", "ГОРОДА", "ГОД", "ГОДА", "ГОДУ", "ПРИКАЗ", "ОТЧЕТ", "ОТЧЁТ", "СРОК", "СРОКИ", "ИТОГИ", "ПРОЕКТ",
            "ПРОЕКТА", "ШКОЛА", "ШКОЛЫ");

    /**
     * An abbreviation used in a text.
     *
     * @param text the abbreviation with single spaces, quotes kept: "ГАУ ДПО «АМИРО»"
     * @param tokens its words: ["ГАУ", "ДПО", "«АМИРО»"]
     */
    record Use(String text, List<String> tokens) {}

    /**
     * What a text holds.
     *
     * @param uses the abbreviations used, in order
     * @param definitions the abbreviations defined, in order
     */
    record Found(List<Use> uses, List<Use> definitions) {}

    private static final Found NOTHING = new Found(List.of(), List.of());

    private Abbreviations() {}

    /**
     * Finds the abbreviations a text uses and defines.
     *
     * @param text the text
     * @return the uses and definitions
     */
    static Found in(String text) {
        if (!hasCapitalPair(text) || isNoise(text)) {
            return NOTHING;
        }
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return NOTHING;
        }
        int[] quoteClose = pairs(text, '«', '»');
        int[] parenClose = pairs(text, '(', ')');
        int[] enclosing = enclosing(text, '(', ')');
        markQuotes(text, tokens, quoteClose);
        List<Use> uses = new ArrayList<>();
        List<Use> definitions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.startsRun()) {
                i++;
                continue;
            }
            List<Token> run = new ArrayList<>();
            run.add(t);
            int j = i + 1;
            while (j < tokens.size()) {
                Token next = tokens.get(j);
                Token last = run.get(run.size() - 1);
                if (next.kind != Kind.NAME_IN_QUOTES && next.joinable() && spacesBetween(text, last.end, next.start)) {
                    run.add(next);
                    j++;
                } else if (next.attachable && attachedQuote(text, last.end, next)) {
                    next.quoted = true;
                    run.add(next);
                    j++;
                } else {
                    break;
                }
            }
            i = j;
            while (!run.isEmpty() && run.get(run.size() - 1).kind == Kind.LETTER) {
                run.remove(run.size() - 1);
            }
            if (run.isEmpty() || run.stream().anyMatch(r -> r.kind == Kind.WORD)) {
                continue;
            }
            Use use = use(text, run);
            int start = run.get(0).start - (run.get(0).quoted ? 1 : 0);
            if (definedHere(text, enclosing[start], use, parenClose)) {
                definitions.add(use);
            } else {
                uses.add(use);
            }
        }
        return new Found(List.copyOf(uses), List.copyOf(definitions));
    }

    /**
     * Tells whether a text is OCR noise rather than words: of three or more pieces between spaces, fewer than half
     * are words (two or more letters of one script) or numbers.
     *
     * @param text the text
     * @return true for "Т Х Т Ч /’Л", "^ TYTT Т/ЧТЧ \ Т /̂\ /'N"
     */
    static boolean isNoise(String text) {
        int pieces = 0;
        int clean = 0;
        for (String piece : text.trim().split("\\s+")) {
            if (piece.isEmpty()) {
                continue;
            }
            pieces++;
            if (isClean(piece)) {
                clean++;
            }
        }
        return pieces >= 3 && clean * 2 < pieces;
    }

    private static boolean isClean(String piece) {
        int from = 0;
        int to = piece.length();
        while (from < to && isEdgePunctuation(piece.charAt(from))) {
            from++;
        }
        while (to > from && isEdgePunctuation(piece.charAt(to - 1))) {
            to--;
        }
        String core = piece.substring(from, to);
        if (core.matches("\\d+([.,/:–-]\\d+)*")) {
            return true;
        }
        return core.length() >= 2
                && (core.matches("[А-Яа-яЁё]+(-[А-Яа-яЁё]+)*") || core.matches("[A-Za-z]+(-[A-Za-z]+)*"));
    }

    private static boolean isEdgePunctuation(char c) {
        return "«»\"'“”„()[].,;:!?/–—-".indexOf(c) >= 0;
    }

    private static boolean hasCapitalPair(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (isCapital(text.charAt(i)) && isCapital(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCapital(char c) {
        return (c >= 'А' && c <= 'Я') || c == 'Ё';
    }

    private enum Kind {
        /** Two or more capital Cyrillic letters. */
        ABBREVIATION,
        /** One capital Cyrillic letter. */
        LETTER,
        /** A word in capitals. */
        WORD,
        /** Capitals inside a quotation wholly in capitals. */
        NAME_IN_QUOTES,
        /** Anything else: lower case, Latin, mixed, glued to digits. */
        OTHER
    }

    private static final class Token {
        final int start;
        final int end;
        final String text;
        Kind kind;
        boolean attachable;
        boolean quoted;

        Token(String source, int start, int end) {
            this.start = start;
            this.end = end;
            this.text = source.substring(start, end);
            this.kind = kind(source, text, start, end);
        }

        boolean startsRun() {
            return kind == Kind.ABBREVIATION || kind == Kind.WORD;
        }

        boolean joinable() {
            return kind == Kind.ABBREVIATION || kind == Kind.WORD || kind == Kind.LETTER;
        }
    }

    private static Kind kind(String source, String text, int start, int end) {
        boolean glued = (start > 0 && Character.isDigit(source.charAt(start - 1)))
                || (end < source.length() && Character.isDigit(source.charAt(end)));
        if (glued) {
            return Kind.OTHER;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isCapital(text.charAt(i))) {
                return Kind.OTHER;
            }
        }
        if (text.length() == 1) {
            return Kind.LETTER;
        }
        if (text.length() >= WORD_LENGTH || CAPITAL_WORDS.contains(text)) {
            return Kind.WORD;
        }
        return Kind.ABBREVIATION;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i))) {
                int start = i;
                while (i < text.length() && (Character.isLetter(text.charAt(i)) || isCombining(text.charAt(i)))) {
                    i++;
                }
                tokens.add(new Token(text, start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isCombining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Returns, for each opening character, the index of its closing character, or -1; nesting is followed. */
    private static int[] pairs(String text, char open, char close) {
        int[] closing = new int[text.length()];
        java.util.Arrays.fill(closing, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                stack.push(i);
            } else if (c == close && !stack.isEmpty()) {
                closing[stack.pop()] = i;
            }
        }
        return closing;
    }

    /**
     * Marks the capitals inside quotations wholly in capitals as names, and the single abbreviations quoted alone
     * as attachable to a run before them.
     */
    private static void markQuotes(String text, List<Token> tokens, int[] quoteClose) {
        List<int[]> quotes = new ArrayList<>();
        for (int i = 0; i < quoteClose.length; i++) {
            if (quoteClose[i] >= 0) {
                quotes.add(new int[] {i, quoteClose[i]});
            }
        }
        // straight double quotes pair in order of appearance
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    quotes.add(new int[] {open, i});
                    open = -1;
                }
            }
        }
        for (int[] q : quotes) {
            int first = firstAfter(tokens, q[0]);
            boolean capitalsOnly = true;
            int inside = 0;
            for (int k = first; k < tokens.size() && tokens.get(k).end <= q[1]; k++) {
                inside++;
                if (tokens.get(k).kind == Kind.OTHER) {
                    capitalsOnly = false;
                    break;
                }
            }
            if (!capitalsOnly || inside == 0) {
                continue;
            }
            for (int k = first; k < tokens.size() && tokens.get(k).end <= q[1]; k++) {
                Token t = tokens.get(k);
                t.attachable = inside == 1 && t.start == q[0] + 1 && t.end == q[1] && t.kind == Kind.ABBREVIATION;
                t.kind = Kind.NAME_IN_QUOTES;
            }
        }
    }

    /** Returns the index of the first token starting after a position; tokens are in order. */
    private static int firstAfter(List<Token> tokens, int position) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start > position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean spacesBetween(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean attachedQuote(String text, int runEnd, Token quoted) {
        int open = quoted.start - 1;
        return open > runEnd && spacesBetween(text, runEnd, open) && "«\"".indexOf(text.charAt(open)) >= 0;
    }

    private static Use use(String text, List<Token> run) {
        List<String> words = new ArrayList<>(run.size());
        for (Token t : run) {
            words.add(t.quoted ? "«" + t.text + "»" : t.text);
        }
        return new Use(String.join(" ", words), List.copyOf(words));
    }

    /** Returns, for each position, the index of the innermost unclosed opening character before it, or -1. */
    private static int[] enclosing(String text, char open, char close) {
        int[] at = new int[text.length()];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            at[i] = stack.isEmpty() ? -1 : stack.peek();
            char c = text.charAt(i);
            if (c == open) {
                stack.push(i);
            } else if (c == close && !stack.isEmpty()) {
                stack.pop();
            }
        }
        return at;
    }

    /** Tells whether a run stands in parentheses that define it: "(далее – X)", "(X)". */
    private static boolean definedHere(String text, int open, Use use, int[] parenClose) {
        if (open < 0 || parenClose[open] < 0) {
            return false;
        }
        String inside = text.substring(open + 1, parenClose[open]).strip();
        return inside.toLowerCase(Locale.ROOT).startsWith("далее")
                || Texts.spaced(inside).equals(use.text());
    }
}
