package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
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
    private static final Set<String> ROLE_WORDS = Set.of(
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
        Roadmap r = context.roadmap();
        Set<String> known = new HashSet<>();
        for (Organisation o : r.organisations()) {
            known.add(Texts.comparable(o.name()));
            o.abbreviation().ifPresent(a -> known.add(Texts.comparable(a)));
        }
        Set<String> seen = new HashSet<>();
        for (Section section : r.sections()) {
            for (Activity activity : section.activities()) {
                for (Executor e : activity.executors()) {
                    if (seen.add(e.text())) {
                        known.add(Texts.comparable(e.text()));
                    }
                }
            }
        }
        Known knownExecutors = new Known(known);
        List<Section> sections = r.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                List<ExpectedResult> results = activities.get(a).results();
                for (int i = 0; i < results.size(); i++) {
                    List<String> executors = executors(results.get(i).text(), knownExecutors);
                    if (!executors.isEmpty()) {
                        context.report(
                                Pointer.activity(s, a).add("results").add(i),
                                Args.of("result", Texts.excerpt(results.get(i).text()), "executors", executors));
                    }
                }
            }
        }
    }

    /**
     * The known executors in {@link Texts#comparable(String) comparable} form, with a quick test by the length and
     * the first and last letters that passes by most texts without copying them.
     */
    static final class Known {
        private final Set<String> keys;
        private final Set<Long> shapes = new HashSet<>();

        Known(Set<String> keys) {
            this.keys = keys;
            for (String k : keys) {
                if (!k.isEmpty()) {
                    shapes.add(shape(k.length(), k.charAt(0), k.charAt(k.length() - 1)));
                }
            }
        }

        /**
         * Tells whether a piece of text, tidied ({@link #tidy}), is a known executor.
         *
         * @param s the text
         * @param from where the piece begins
         * @param to where it ends
         * @param length its length when tidied ({@link #tidyLength})
         */
        boolean contains(String s, int from, int to, int length) {
            if (length == 0) {
                return false;
            }
            int a = from;
            int b = to;
            while (isSpace(s.charAt(a))) {
                a++;
            }
            while (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.') {
                b--;
            }
            char first = s.charAt(a);
            char last = s.charAt(b - 1);
            if ((isPlainCase(first) && isPlainCase(last)) && !shapes.contains(shape(length, first, last))) {
                return false;
            }
            return keys.contains(Texts.comparable(tidy(s, from, to)));
        }

        private static long shape(int length, char first, char last) {
            return ((long) length << 32) | ((long) folded(first) << 16) | folded(last);
        }

        /** A letter as {@link Texts#comparable(String)} leaves it when it is {@link #isPlainCase plain}. */
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
         * Tells whether a character is lower-cased alike alone and inside a text (not Greek, whose final sigma
         * differs, and not the dotted capital I, which becomes two characters), so that {@link #folded} is exact.
         */
        private static boolean isPlainCase(char c) {
            return c < 0x0130 || (c > 0x0130 && c < 0x0370) || (c >= 0x0400 && c < 0x0530);
        }
    }

    /**
     * Returns the parts of a result when all of them name executors, or an empty list.
     *
     * @param result the words of the result
     * @param known the known executors
     */
    static List<String> executors(String result, Known known) {
        if (known.contains(result, 0, result.length(), tidyLength(result, 0, result.length()))) {
            return List.of(tidy(result, 0, result.length()));
        }
        if (hasDigit(result, 0, result.length())) {
            // a digit or "%" is in some part, and such a part never names an executor
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        boolean someKnown = false;
        int from = 0;
        for (int i = 0; i <= result.length(); i++) {
            if (i < result.length() && ";,\n".indexOf(result.charAt(i)) < 0) {
                continue;
            }
            int start = from;
            from = i + 1;
            int length = tidyLength(result, start, i);
            if (length == 0) {
                continue;
            }
            boolean isKnown = known.contains(result, start, i, length);
            if (!isKnown && words(result, start, i) > MOST_WORDS) {
                return List.of();
            }
            String part = tidy(result, start, i);
            if (isKnown) {
                someKnown = true;
            } else if (!isExecutorLike(part)) {
                return List.of();
            }
            parts.add(part);
        }
        return someKnown ? List.copyOf(parts) : List.of();
    }

    private static boolean isSpace(char c) {
        return Texts.isSpace(c);
    }

    /** Returns the length a piece of text has with tidy spaces and without final dots. */
    private static int tidyLength(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        int length = 0;
        boolean space = false;
        for (int i = a; i < b; i++) {
            if (isSpace(s.charAt(i))) {
                space = true;
            } else {
                length += space ? 2 : 1;
                space = false;
            }
        }
        return length;
    }

    /** Returns a piece of text with tidy spaces and without final dots. */
    private static String tidy(String s, int from, int to) {
        String t = Texts.spaced(s.substring(from, to));
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
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

    private static int words(String s, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Tells whether a part with tidy spaces names an executor of some kind: at most four words, no digit, and its
     * first or last word is a word for a body or a role.
     */
    private static boolean isExecutorLike(String part) {
        int words = 1;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if ((c >= '0' && c <= '9') || c == '%') {
                return false;
            }
            if (c == ' ') {
                words++;
            }
        }
        if (words > MOST_WORDS) {
            return false;
        }
        int firstSpace = part.indexOf(' ');
        String first = firstSpace < 0 ? part : part.substring(0, firstSpace);
        String last = part.substring(part.lastIndexOf(' ') + 1);
        return ROLE_WORDS.contains(Texts.comparable(first)) || ROLE_WORDS.contains(Texts.comparable(last));
    }
}
