package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code result.is-executor-list}: a result cell that holds a list of executors instead of a result ("Отдел
 * образования; Образовательные организации").
 *
 * <p>The test: split at ";" and ","; every part names an executor, and at least one part names a known executor
 * word for word (letter case and "ё" aside). A part names a known executor when it is an organisation of the
 * glossary (abbreviation or full name) or the words of an executor of any activity of the roadmap; it names an
 * executor of some kind when it has at most four words and begins or ends with a word for a body or a role
 * ("организации", "отдел", "комитет", "координатор", "кураторы", ...). A part with a digit or a "%" never names an
 * executor.
 */
public final class ResultIsExecutorListRule extends BuiltInRule {

    /** Words for bodies and roles, in the nominative, that begin or end the name of an executor. */
    private static final List<String> ROLE_WORDS = List.of(
            "организация",
            "организации",
            "учреждение",
            "учреждения",
            "отдел",
            "отделы",
            "управление",
            "комитет",
            "министерство",
            "департамент",
            "администрация",
            "администрации",
            "орган",
            "органы",
            "центр",
            "кабинет",
            "школы",
            "координатор",
            "координаторы",
            "куратор",
            "кураторы",
            "методист",
            "методисты",
            "руководитель",
            "руководители",
            "специалист",
            "специалисты");

    private static final int MOST_WORDS = 4;

    /** Creates the rule. */
    public ResultIsExecutorListRule() {
        super("result.is-executor-list", Severity.WARNING, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        RoadmapTexts texts = RoadmapTexts.of(context);
        Known knownExecutors = new Known(context.roadmap(), texts);
        for (int t = 0; t < texts.size(); t++) {
            if (texts.place(t) != RoadmapTexts.Place.RESULT) {
                continue;
            }
            String result = texts.text(t);
            List<String> executors = executors(result, knownExecutors);
            if (!executors.isEmpty()) {
                context.report(texts.where(t), Args.of("result", Texts.excerpt(result), "executors", executors));
            }
        }
    }

    /**
     * The known executors of a roadmap, the organisations of its glossary (abbreviation or full name) and the
     * executors of its activities, in {@link Texts#comparable(String) comparable} form, with a quick test by the
     * first and last letters and the length, the shape, that passes by most texts without copying them.
     */
    static final class Known {
        private final Set<String> keys = new HashSet<>();
        private final LongSet ends = new LongSet();
        private final LongSet shapes = new LongSet();
        private int longest;

        /**
         * Reads the known executors of a roadmap.
         *
         * @param roadmap the roadmap
         * @param texts its texts
         */
        Known(Roadmap roadmap, RoadmapTexts texts) {
            for (Organisation o : roadmap.organisations()) {
                add(Texts.comparable(o.name()));
                o.abbreviation().ifPresent(a -> add(Texts.comparable(a)));
            }
            Set<String> seen = new HashSet<>();
            for (int t = 0; t < texts.size(); t++) {
                String text = texts.text(t);
                if (texts.place(t) == RoadmapTexts.Place.EXECUTOR && seen.add(text)) {
                    int a = tidyStart(text, 0, text.length());
                    int b = text.length();
                    while (b > a && isSpace(text.charAt(b - 1))) {
                        b--;
                    }
                    add(comparable(text, a, b));
                }
            }
        }

        private void add(String key) {
            if (keys.add(key) && !key.isEmpty()) {
                int last = key.length() - 1;
                ends.add(ends(
                        key.charAt(0),
                        key.charAt(Math.min(1, last)),
                        key.charAt(Math.max(last - 1, 0)),
                        key.charAt(last)));
                shapes.add(shape(key.length(), key.charAt(0), key.charAt(last)));
                longest = Math.max(longest, key.length());
            }
        }

        /**
         * Tells whether a piece of text, tidied ({@link #tidy}), is a known executor.
         *
         * @param s the text
         * @param a where the piece begins, after its leading spaces
         * @param b where it ends, before its final spaces and dots; greater than {@code a}
         */
        boolean contains(String s, int a, int b) {
            char first = s.charAt(a);
            char last = s.charAt(b - 1);
            if (hasFixedCase(first) && hasFixedCase(last)) {
                // the first two and last two characters, as tidy and folded: a test implied by the exact one that
                // needs no pass over the text
                char second = b - a == 1 ? first : tidied(s.charAt(a + 1));
                char beforeLast = b - a == 1 ? first : tidied(s.charAt(b - 2));
                if (hasFixedCase(second)
                        && hasFixedCase(beforeLast)
                        && !ends.contains(ends(first, second, beforeLast, last))) {
                    return false;
                }
                // where both ends are plain, the length is that of the words with tidy spaces, a dotted capital I
                // counted once, as it ever was; elsewhere it is the length of the comparable form
                boolean plain = isPlainCase(first) && isPlainCase(last);
                int length = tidyLength(s, a, b, !plain, longest);
                if (length > longest || !shapes.contains(shape(length, first, last))) {
                    return false;
                }
            }
            return keys.contains(comparable(s, a, b));
        }

        /**
         * Returns four characters, folded, as one number: the first two and the last two of a text with tidy spaces,
         * or of a text of one character that character four times.
         */
        private static long ends(char first, char second, char beforeLast, char last) {
            return ((long) folded(first) << 48)
                    | ((long) folded(second) << 32)
                    | ((long) folded(beforeLast) << 16)
                    | folded(last);
        }

        /** A character inside a piece of text as it is with tidy spaces: a space of any kind as a plain one. */
        private static char tidied(char c) {
            return isSpace(c) ? ' ' : c;
        }

        private static long shape(int length, char first, char last) {
            return ((long) length << 32) | ((long) folded(first) << 16) | folded(last);
        }

        /**
         * Tells whether a character is lower-cased alike alone and inside a text (not Greek, whose final sigma
         * differs, and not the dotted capital I, which becomes two characters), so that {@link #folded} is exact.
         */
        private static boolean isPlainCase(char c) {
            return c < 0x0130 || (c > 0x0130 && c < 0x0370) || (c >= 0x0400 && c < 0x0530);
        }
    }

    /**
     * Returns a piece of text, tidied ({@link #tidy}), in {@link Texts#comparable(String) comparable} form: folded
     * letter by letter when every letter {@link #hasFixedCase has a fixed case}, which is the same.
     */
    private static String comparable(String s, int a, int b) {
        char[] out = new char[b - a];
        int length = 0;
        boolean space = false;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (!hasFixedCase(c)) {
                return Texts.comparable(tidy(s, a, b));
            } else {
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = folded(c);
            }
        }
        return new String(out, 0, length);
    }

    /**
     * A letter as {@link Texts#comparable(String)} leaves it when it {@link #hasFixedCase has a fixed case}: lower
     * case, "ё" as "е".
     */
    private static char folded(char c) {
        if (c >= 'а' && c <= 'я') {
            return c;
        }
        if (c >= 'А' && c <= 'Я') {
            return (char) (c + ('а' - 'А'));
        }
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
    }

    /**
     * Tells whether {@link String#toLowerCase(java.util.Locale)} lower-cases a character, in Russian, alone and
     * wherever it stands in a text, to the one character {@link Character#toLowerCase(char)} gives: every character
     * but the dotted capital I, which becomes two, the Greek capital sigma, which is lower-cased by its place in a
     * word, and the surrogates.
     */
    private static boolean hasFixedCase(char c) {
        return c != 0x0130 && c != 0x03A3 && !Character.isSurrogate(c);
    }

    /** A set of longs, open addressing, without boxing. */
    static final class LongSet {
        private long[] slots = new long[16];
        private int size;
        private boolean zero;

        void add(long value) {
            if (value == 0) {
                zero = true;
                return;
            }
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = index(value, mask);
            while (slots[i] != 0) {
                if (slots[i] == value) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = value;
            size++;
        }

        boolean contains(long value) {
            if (value == 0) {
                return zero;
            }
            int mask = slots.length - 1;
            int i = index(value, mask);
            while (slots[i] != 0) {
                if (slots[i] == value) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long v : old) {
                if (v != 0) {
                    add(v);
                }
            }
        }

        private static int index(long value, int mask) {
            return (int) ((value * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }
    }

    /**
     * Returns the parts of a result when all of them name executors, or an empty list.
     *
     * <p>Most results are settled by their first words: the whole is known only when it has the shape of a known
     * executor, then a digit settles it, and so does a part of more than four words that does not have that shape.
     *
     * @param result the words of the result
     * @param known the known executors
     */
    static List<String> executors(String result, Known known) {
        int n = result.length();
        int wholeStart = tidyStart(result, 0, n);
        int wholeEnd = tidyEnd(result, wholeStart, n);
        if (wholeStart == wholeEnd) {
            return List.of();
        }
        if (known.contains(result, wholeStart, wholeEnd)) {
            return List.of(tidy(result, wholeStart, wholeEnd));
        }
        // the parts, split at ";", "," and line breaks: a digit or "%" in any of them means no list, as a part with
        // one never names an executor
        List<String> parts = null;
        boolean someKnown = false;
        int start = 0;
        while (start <= n) {
            int i = start;
            int words = 0;
            boolean inWord = false;
            boolean many = false;
            for (; i < n; i++) {
                char c = result.charAt(i);
                if (c >= 'Ѐ' && c <= 'ӿ') {
                    // a Cyrillic letter, most characters: neither a digit, nor a separator, nor a space
                    if (!inWord && ++words > MOST_WORDS) {
                        many = true;
                        break;
                    }
                    inWord = true;
                    continue;
                }
                if ((c >= '0' && c <= '9') || c == '%') {
                    return List.of();
                }
                if (c == ';' || c == ',' || c == '\n') {
                    break;
                }
                boolean space = isSpace(c);
                if (!space && !inWord && ++words > MOST_WORDS) {
                    many = true;
                    break;
                }
                inWord = !space;
            }
            int end = many ? partEnd(result, i) : i;
            int a = tidyStart(result, start, end);
            int b = tidyEnd(result, a, end);
            if (a < b) {
                // the whole result, when it is the part, is not known: see above
                boolean isKnown = (a != wholeStart || b != wholeEnd) && known.contains(result, a, b);
                if (isKnown) {
                    someKnown = true;
                } else if (many || !isExecutorLike(result, a, b)) {
                    return List.of();
                }
                if (many && hasDigit(result, i, end)) {
                    return List.of();
                }
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                parts.add(tidy(result, a, b));
            }
            start = end + 1;
        }
        return someKnown ? List.copyOf(parts) : List.of();
    }

    /** Returns where the part a character belongs to ends: at the next ";", "," or line break, or the end. */
    private static int partEnd(String s, int from) {
        int end = s.length();
        int semicolon = s.indexOf(';', from);
        if (semicolon >= 0) {
            end = semicolon;
        }
        int comma = s.indexOf(',', from);
        if (comma >= 0 && comma < end) {
            end = comma;
        }
        int lineBreak = s.indexOf('\n', from);
        if (lineBreak >= 0 && lineBreak < end) {
            end = lineBreak;
        }
        return end;
    }

    private static boolean isSpace(char c) {
        return Texts.isSpace(c);
    }

    /** Returns where a piece of text begins after its leading spaces. */
    private static int tidyStart(String s, int from, int to) {
        int a = from;
        while (a < to && isSpace(s.charAt(a))) {
            a++;
        }
        return a;
    }

    /** Returns where a piece of text that begins with no space ends before its final spaces and dots. */
    private static int tidyEnd(String s, int from, int to) {
        int b = to;
        while (b > from && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        return b;
    }

    /**
     * Returns the length a piece of text between {@link #tidyStart} and {@link #tidyEnd} has with tidy spaces, and,
     * when asked, its dotted capitals I twice, as in lower case; or any length over {@code most} once it is over.
     */
    private static int tidyLength(String s, int a, int b, boolean dottedTwice, int most) {
        int length = 0;
        boolean space = false;
        for (int i = a; i < b && length <= most; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                length += space ? 2 : 1;
                space = false;
                if (c == 0x0130 && dottedTwice) {
                    length++;
                }
            }
        }
        return length;
    }

    /**
     * Returns a piece of text between {@link #tidyStart} and {@link #tidyEnd} with tidy spaces: the piece with tidy
     * spaces and without final dots, as the spaces and dots after it are dropped.
     */
    private static String tidy(String s, int a, int b) {
        return Texts.spaced(s.substring(a, b));
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == '%') {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a part, between {@link #tidyStart} and {@link #tidyEnd}, of at most four words and no digit
     * names an executor of some kind: its first or last word is a word for a body or a role. (The part has at most
     * four words with tidy spaces too.)
     */
    private static boolean isExecutorLike(String s, int a, int b) {
        int firstEnd = a;
        while (firstEnd < b && !isSpace(s.charAt(firstEnd))) {
            firstEnd++;
        }
        if (isRoleWord(s, a, firstEnd)) {
            return true;
        }
        int lastStart = b;
        while (lastStart > a && !isSpace(s.charAt(lastStart - 1))) {
            lastStart--;
        }
        return isRoleWord(s, lastStart, b);
    }

    /**
     * Tells whether a word is a word for a body or a role as {@link Texts#comparable(String)} folds it: as those
     * words are of the letters "а" to "я" only, and only "А" to "Я", "а" to "я", "Ё" and "ё" lower-case to them, a
     * letter by letter test is exact.
     */
    private static boolean isRoleWord(String s, int from, int to) {
        int length = to - from;
        for (String word : ROLE_WORDS) {
            if (word.length() == length && sameFolded(s, from, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolded(String s, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = s.charAt(from + i);
            if (c >= 'А' && c <= 'Я') {
                c = (char) (c + ('а' - 'А'));
            } else if (c == 'ё' || c == 'Ё') {
                c = 'е';
            }
            if (c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
