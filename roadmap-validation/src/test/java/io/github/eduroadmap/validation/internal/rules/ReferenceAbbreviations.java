package io.github.eduroadmap.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The finder of abbreviations as it was before it was made quicker (main at 10472cf), kept unchanged but for its name
 * to check {@link Abbreviations} against it: both must find the same in every text.
 */
final class ReferenceAbbreviations {

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

    private ReferenceAbbreviations() {}

    /**
     * Finds the abbreviations a text uses and defines.
     *
     * @param text the text
     * @return the uses and definitions
     */
    static Found in(String text) {
        if (!hasCapitalPair(text)) {
            return NOTHING;
        }
        List<Token> tokens = tokens(text);
        if (!hasAbbreviation(tokens) || isNoise(text)) {
            return NOTHING;
        }
        boolean parentheses = text.indexOf('(') >= 0;
        int[] parenClose = parentheses ? pairs(text, '(', ')') : null;
        int[] enclosing = parentheses ? enclosing(text, '(', ')') : null;
        if (text.indexOf('«') >= 0 || text.indexOf('"') >= 0) {
            markQuotes(text, tokens, pairs(text, '«', '»'));
        }
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
            if (run.isEmpty() || hasWord(run)) {
                continue;
            }
            Use use = use(text, run);
            int start = run.get(0).start - (run.get(0).quoted ? 1 : 0);
            if (parentheses && definedHere(text, enclosing[start], use, parenClose)) {
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
        int n = text.length();
        int pieces = 0;
        for (int i = 0; i < n; i++) {
            if (!isSpace(text.charAt(i)) && (i == 0 || isSpace(text.charAt(i - 1)))) {
                pieces++;
            }
        }
        if (pieces < 3) {
            return false;
        }
        int clean = 0;
        int unclean = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (isClean(text, start, i)) {
                clean++;
            } else {
                unclean++;
            }
            if (clean * 2 >= pieces) {
                return false;
            }
            if (unclean * 2 > pieces) {
                return true;
            }
        }
        return clean * 2 < pieces;
    }

    /** Character.isWhitespace, quicker for the usual characters. */
    private static boolean isSpace(char c) {
        if (c > ' ') {
            // no character below U+1680 besides these is white space
            return c >= 0x1680 && Character.isWhitespace(c);
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c >= 0x1C;
    }

    /** Character.isLetter, quicker for Cyrillic and Latin letters. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return isCyrillic(c) || Character.isLetter(c);
    }

    /** Tells whether a piece, its edge punctuation aside, is a number or a word of two letters or more. */
    private static boolean isClean(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && isEdgePunctuation(text.charAt(from))) {
            from++;
        }
        while (to > from && isEdgePunctuation(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return false;
        }
        return isNumber(text, from, to) || (to - from >= 2 && isWord(text, from, to));
    }

    /** Digits, with single separators between them: "13.06.2021", "23/6045", "52,8". */
    private static boolean isNumber(String text, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (".,/:–-".indexOf(c) >= 0 && digit && i + 1 < to) {
                digit = false;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Letters of one script, Cyrillic or Latin, with single hyphens between them: "школ-участниц". */
    private static boolean isWord(String text, int from, int to) {
        int script = 0;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int s = isCyrillic(c) ? 1 : isLatin(c) ? 2 : 0;
            if (s != 0 && (script == 0 || script == s)) {
                script = s;
                letter = true;
            } else if (c == '-' && letter && i + 1 < to) {
                letter = false;
            } else {
                return false;
            }
        }
        return letter;
    }

    private static boolean isEdgePunctuation(char c) {
        return "«»\"'“”„()[].,;:!?/–—-".indexOf(c) >= 0;
    }

    private static boolean isCyrillic(char c) {
        return (c >= 'А' && c <= 'я') || c == 'Ё' || c == 'ё';
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Tells whether a text holds a word of the kind abbreviation, as {@link #in} first checks.
     *
     * @param text the text
     * @return true when it does
     */
    static boolean hasAbbreviation(String text) {
        return hasCapitalPair(text) && hasAbbreviation(tokens(text));
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
            this.kind = kind(source, start, end);
            this.text = kind == Kind.OTHER ? "" : source.substring(start, end);
        }

        boolean startsRun() {
            return kind == Kind.ABBREVIATION || kind == Kind.WORD;
        }

        boolean joinable() {
            return kind == Kind.ABBREVIATION || kind == Kind.WORD || kind == Kind.LETTER;
        }
    }

    private static Kind kind(String source, int start, int end) {
        boolean glued = (start > 0 && Character.isDigit(source.charAt(start - 1)))
                || (end < source.length() && Character.isDigit(source.charAt(end)));
        if (glued) {
            return Kind.OTHER;
        }
        for (int i = start; i < end; i++) {
            if (!isCapital(source.charAt(i))) {
                return Kind.OTHER;
            }
        }
        int length = end - start;
        if (length == 1) {
            return Kind.LETTER;
        }
        if (isCyrillicRoman(source, start, end)) {
            return Kind.OTHER;
        }
        if (length >= WORD_LENGTH || CAPITAL_WORDS.contains(source.substring(start, end))) {
            return Kind.WORD;
        }
        return Kind.ABBREVIATION;
    }

    private static boolean hasWord(List<Token> run) {
        for (Token t : run) {
            if (t.kind == Kind.WORD) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAbbreviation(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind == Kind.ABBREVIATION) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether capitals are a Roman numeral typed in Cyrillic look-alikes: "ХХ", "ХХХ". */
    private static boolean isCyrillicRoman(String source, int start, int end) {
        for (int i = start; i < end; i++) {
            if (source.charAt(i) != 'Х') {
                return false;
            }
        }
        return end - start <= 3;
    }

    /** Returns the words in capitals of a text (abbreviations, words, single letters), in order. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isLetter(text.charAt(i))) {
                int start = i;
                while (i < text.length() && (isLetter(text.charAt(i)) || isCombining(text.charAt(i)))) {
                    i++;
                }
                Token t = new Token(text, start, i);
                if (t.kind != Kind.OTHER) {
                    tokens.add(t);
                }
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isCombining(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Returns, for each opening character, the index of its closing character, or -1; nesting is followed. */
    private static int[] pairs(String text, char open, char close) {
        int[] closing = new int[text.length()];
        int[] stack = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            closing[i] = -1;
            if (c == open) {
                stack[depth++] = i;
            } else if (c == close && depth > 0) {
                closing[stack[--depth]] = i;
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
            if (!capitalsOnly(text, q[0] + 1, q[1])) {
                continue;
            }
            int first = firstAfter(tokens, q[0]);
            int inside = 0;
            for (int k = first; k < tokens.size() && tokens.get(k).end <= q[1]; k++) {
                inside++;
            }
            for (int k = first; k < tokens.size() && tokens.get(k).end <= q[1]; k++) {
                Token t = tokens.get(k);
                t.attachable = inside == 1 && t.start == q[0] + 1 && t.end == q[1] && t.kind == Kind.ABBREVIATION;
                t.kind = Kind.NAME_IN_QUOTES;
            }
        }
    }

    /** Tells whether every letter between two positions is a capital Cyrillic letter. */
    private static boolean capitalsOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !isCapital(c)) {
                return false;
            }
        }
        return true;
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
        int[] stack = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            at[i] = depth == 0 ? -1 : stack[depth - 1];
            char c = text.charAt(i);
            if (c == open) {
                stack[depth++] = i;
            } else if (c == close && depth > 0) {
                depth--;
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
