package io.github.eduroadmap.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 *   <li>Latin letters and Roman numerals ("II", and "ХХ" typed in Cyrillic), tokens mixing scripts or glued to digits
 *       ("11К");
 *   <li>a quotation wholly in capitals, which is a name («ТОЧКА РОСТА»), unless it follows an abbreviation
 *       ("ГАУ ДПО «АМИРО»");
 *   <li>anything in a text that is OCR noise: fewer than half of its pieces are words or numbers ("Т Х Т Ч /’Л").
 * </ul>
 */
final class Abbreviations {

    /** Shortest word in capitals that is taken as a word, not an abbreviation. */
    static final int WORD_LENGTH = 7;

    /** Common short words printed in capitals in headings. */
    private static final String[] CAPITAL_WORDS = {
        "КАРТА", "КАРТЫ", "ПЛАН", "ПЛАНА", "ЦЕЛЬ", "ЗАДАЧА", "ЗАДАЧИ", "ОТДЕЛ", "КРАЙ", "КРАЯ", "РАЙОН", "РАЙОНА",
        "ГОРОД", "ГОРОДА", "ГОД", "ГОДА", "ГОДУ", "ПРИКАЗ", "ОТЧЕТ", "ОТЧЁТ", "СРОК", "СРОКИ", "ИТОГИ", "ПРОЕКТ",
        "ПРОЕКТА", "ШКОЛА", "ШКОЛЫ"
    };

    /** Longest capitals told apart by {@link #key}: longer ones are words by their length alone. */
    private static final int KEYED_LENGTH = WORD_LENGTH - 1;

    /** Bits of the number of slots of {@link #CAPITAL_WORD_KEYS}, some twice as many as there are words. */
    private static final int KEY_SLOTS_BITS = 6;

    /** The keys of the common words in capitals: a table of open addressing, 0 where there is none. */
    private static final long[] CAPITAL_WORD_KEYS = capitalWordKeys();

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
        if (!mayHoldAbbreviation(text)) {
            return NOTHING;
        }
        // the text is read from an array: quicker than from the string, character by character
        char[] chars = text.toCharArray();
        List<Token> tokens = tokens(chars);
        if (!hasAbbreviation(tokens) || isNoise(chars)) {
            return NOTHING;
        }
        Parentheses parentheses = text.indexOf('(') >= 0 ? new Parentheses(chars) : null;
        if (text.indexOf('«') >= 0 || text.indexOf('"') >= 0) {
            markQuotes(chars, tokens, pairs(chars, '«', '»'));
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
                if (next.kind != Kind.NAME_IN_QUOTES && next.joinable() && spacesBetween(chars, last.end, next.start)) {
                    run.add(next);
                    j++;
                } else if (next.attachable && attachedQuote(chars, last.end, next)) {
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
            if (parentheses != null && definedHere(text, parentheses, start, use)) {
                definitions.add(use);
            } else {
                uses.add(use);
            }
        }
        return new Found(List.copyOf(uses), List.copyOf(definitions));
    }

    /**
     * Tells whether a text may hold an abbreviation: whether it has two capital Cyrillic letters side by side. Most
     * texts have none and need no more reading: this looks at every other character, and at the two beside each
     * capital, copying nothing.
     *
     * @param text the text
     * @return false when {@link #in} finds nothing in the text
     */
    static boolean mayHoldAbbreviation(String text) {
        int n = text.length();
        // any two capitals side by side hold a character at an odd index
        for (int i = 1; i < n; i += 2) {
            char c = text.charAt(i);
            // one comparison passes over all but 'Ё' to 'Я' (capitals and a few rare letters)
            if ((char) (c - 'Ё') <= 'Я' - 'Ё'
                    && isCapital(c)
                    && (isCapital(text.charAt(i - 1)) || (i + 1 < n && isCapital(text.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether capitals from {@code start} to {@code end} are a whole word of {@link #tokens}: no letter or
     * combining mark after them, and none before them but combining marks that follow no letter.
     */
    private static boolean standsAlone(char[] text, int start, int end) {
        if (end < text.length && (isLetter(text[end]) || isCombining(text[end]))) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && isCombining(text[before])) {
            before--;
        }
        return before < 0 || !isLetter(text[before]);
    }

    /**
     * Tells whether a text is OCR noise rather than words: of three or more pieces between spaces, fewer than half
     * are words (two or more letters of one script) or numbers.
     *
     * @param text the text
     * @return true for "Т Х Т Ч /’Л", "^ TYTT Т/ЧТЧ \ Т /̂\ /'N"
     */
    static boolean isNoise(String text) {
        return isNoise(text.toCharArray());
    }

    private static boolean isNoise(char[] text) {
        int n = text.length;
        int pieces = 0;
        int clean = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(text[i])) {
                i++;
            }
            pieces++;
            if (isClean(text, start, i)) {
                clean++;
            }
            // each piece still to come takes two characters or more, a space before it and itself: once half of
            // all pieces there can be are clean, the text is words
            if (clean * 2 >= pieces + (n - i) / 2) {
                return false;
            }
        }
        return pieces >= 3 && clean * 2 < pieces;
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
    private static boolean isClean(char[] text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && isEdgePunctuation(text[from])) {
            from++;
        }
        while (to > from && isEdgePunctuation(text[to - 1])) {
            to--;
        }
        if (from == to) {
            return false;
        }
        return isNumber(text, from, to) || (to - from >= 2 && isWord(text, from, to));
    }

    /** Digits, with single separators between them: "13.06.2021", "23/6045", "52,8". */
    private static boolean isNumber(char[] text, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
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
    private static boolean isWord(char[] text, int from, int to) {
        int script = 0;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
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
        switch (c) {
            case '«':
            case '»':
            case '"':
            case '\'':
            case '“':
            case '”':
            case '„':
            case '(':
            case ')':
            case '[':
            case ']':
            case '.':
            case ',':
            case ';':
            case ':':
            case '!':
            case '?':
            case '/':
            case '–':
            case '—':
            case '-':
                return true;
            default:
                return false;
        }
    }

    private static boolean isCyrillic(char c) {
        return (c >= 'А' && c <= 'я') || c == 'Ё' || c == 'ё';
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
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
        Kind kind;
        boolean attachable;
        boolean quoted;

        Token(int start, int end, Kind kind) {
            this.start = start;
            this.end = end;
            this.kind = kind;
        }

        boolean startsRun() {
            return kind == Kind.ABBREVIATION || kind == Kind.WORD;
        }

        boolean joinable() {
            return kind == Kind.ABBREVIATION || kind == Kind.WORD || kind == Kind.LETTER;
        }
    }

    private static Kind kind(char[] source, int start, int end) {
        boolean glued = (start > 0 && Character.isDigit(source[start - 1]))
                || (end < source.length && Character.isDigit(source[end]));
        if (glued) {
            return Kind.OTHER;
        }
        for (int i = start; i < end; i++) {
            if (!isCapital(source[i])) {
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
        if (length >= WORD_LENGTH || isCapitalWord(source, start, end)) {
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

    /**
     * Tells whether capitals are one of {@link #CAPITAL_WORDS}, without copying them out of the text: by their
     * {@link #key}.
     */
    private static boolean isCapitalWord(char[] source, int start, int end) {
        if (end - start > KEYED_LENGTH) {
            return false;
        }
        long key = key(source, start, end);
        for (int slot = slot(key); CAPITAL_WORD_KEYS[slot] != 0; slot = (slot + 1) & (CAPITAL_WORD_KEYS.length - 1)) {
            if (CAPITAL_WORD_KEYS[slot] == key) {
                return true;
            }
        }
        return false;
    }

    /** Returns where a key is first looked for in {@link #CAPITAL_WORD_KEYS}. */
    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - KEY_SLOTS_BITS));
    }

    /**
     * Returns a number that stands for at most {@link #KEYED_LENGTH} capitals: six bits a letter, the first highest,
     * each letter a number from 1 so that no two words share one.
     */
    private static long key(char[] source, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = source[i];
            key = (key << 6) | (c == 'Ё' ? 33 : c - 'А' + 1);
        }
        return key;
    }

    private static long[] capitalWordKeys() {
        long[] table = new long[1 << KEY_SLOTS_BITS];
        for (String w : CAPITAL_WORDS) {
            if (w.length() <= KEYED_LENGTH) {
                long key = key(w.toCharArray(), 0, w.length());
                int slot = slot(key);
                while (table[slot] != 0) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = key;
            }
        }
        return table;
    }

    /** Tells whether capitals are a Roman numeral typed in Cyrillic look-alikes: "ХХ", "ХХХ". */
    private static boolean isCyrillicRoman(char[] source, int start, int end) {
        for (int i = start; i < end; i++) {
            if (source[i] != 'Х') {
                return false;
            }
        }
        return end - start <= 3;
    }

    /**
     * Returns the words in capitals of a text (abbreviations, words, single letters), in order. A word is a letter
     * and the letters and combining marks after it; a word in capitals is one of capitals only, so it is found from
     * its capitals: a run of them that {@link #standsAlone}.
     */
    private static List<Token> tokens(char[] text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length;
        int i = 0;
        while (i < n) {
            if (!isCapital(text[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isCapital(text[i])) {
                i++;
            }
            if (standsAlone(text, start, i)) {
                Kind kind = kind(text, start, i);
                if (kind != Kind.OTHER) {
                    tokens.add(new Token(start, i, kind));
                }
            }
        }
        return tokens;
    }

    private static boolean hasAbbreviation(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind == Kind.ABBREVIATION) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCombining(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Returns, for each opening character, the index of its closing character, or -1; nesting is followed. */
    private static int[] pairs(char[] text, char open, char close) {
        int[] closing = new int[text.length];
        int[] stack = new int[text.length];
        int depth = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
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
    private static void markQuotes(char[] text, List<Token> tokens, int[] quoteClose) {
        List<int[]> quotes = new ArrayList<>();
        for (int i = 0; i < quoteClose.length; i++) {
            if (quoteClose[i] >= 0) {
                quotes.add(new int[] {i, quoteClose[i]});
            }
        }
        // straight double quotes pair in order of appearance
        int open = -1;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '"') {
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
    private static boolean capitalsOnly(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
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

    private static boolean spacesBetween(char[] text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean attachedQuote(char[] text, int runEnd, Token quoted) {
        int open = quoted.start - 1;
        return open > runEnd && spacesBetween(text, runEnd, open) && "«\"".indexOf(text[open]) >= 0;
    }

    private static Use use(String text, List<Token> run) {
        List<String> words = new ArrayList<>(run.size());
        for (Token t : run) {
            String word = text.substring(t.start, t.end);
            words.add(t.quoted ? "«" + word + "»" : word);
        }
        return new Use(String.join(" ", words), List.copyOf(words));
    }

    /**
     * The parentheses of a text, paired as they nest (a closing one with none open is passed over), read as far as
     * they are asked about.
     */
    private static final class Parentheses {
        private final char[] text;
        private final int[] open;
        private int depth;
        private int read;

        Parentheses(char[] text) {
            this.text = text;
            this.open = new int[text.length];
        }

        /** Returns the innermost parenthesis left open before a position, or -1. */
        int enclosing(int position) {
            if (position < read) {
                depth = 0;
                read = 0;
            }
            for (; read < position; read++) {
                char c = text[read];
                if (c == '(') {
                    open[depth++] = read;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
            }
            return depth == 0 ? -1 : open[depth - 1];
        }

        /** Returns the parenthesis that closes the one at {@code opening}, or -1. */
        int closing(int opening) {
            int nested = 0;
            for (int i = opening + 1; i < text.length; i++) {
                if (text[i] == '(') {
                    nested++;
                } else if (text[i] == ')') {
                    if (nested == 0) {
                        return i;
                    }
                    nested--;
                }
            }
            return -1;
        }
    }

    /** Tells whether a run starting at {@code start} stands in parentheses that define it: "(далее – X)", "(X)". */
    private static boolean definedHere(String text, Parentheses parentheses, int start, Use use) {
        int open = parentheses.enclosing(start);
        int close = open < 0 ? -1 : parentheses.closing(open);
        if (close < 0) {
            return false;
        }
        String inside = text.substring(open + 1, close).strip();
        return inside.toLowerCase(Locale.ROOT).startsWith("далее")
                || Texts.spaced(inside).equals(use.text());
    }
}
