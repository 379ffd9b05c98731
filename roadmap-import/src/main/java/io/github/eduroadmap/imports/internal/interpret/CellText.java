package io.github.eduroadmap.imports.internal.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The text of cells and paragraphs: folding line breaks, splitting paragraphs, whitespace and list marks. */
public final class CellText {

    private static final Pattern LIST_MARK = Pattern.compile("^[-–—•·▪●]");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●]\\s*|^[-–—](?=\\s*\\p{L})\\s*");

    private CellText() {}

    /**
     * Returns the non-blank lines of a text, each stripped.
     *
     * @param text the text
     * @return the lines
     */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String s = strip(line);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Strips a line: whitespace (with no-break spaces and tabs) at both ends; inner spacing stays as printed.
     *
     * @param s the line
     * @return the stripped line
     */
    public static String strip(String s) {
        return s.replace('\u00a0', ' ').strip();
    }

    /**
     * Folds a cell's lines into one text: lines joined with a space, except that a list ("Совещания по вопросам:"
     * followed by lines beginning with "-" or "•") keeps its line breaks, and that a word broken by a hyphen at the
     * end of a line joins a next line in lower case without a space.
     *
     * @param text the cell's text, lines separated by {@code \n}
     * @return the folded text
     */
    public static String fold(String text) {
        List<String> lines = lines(text);
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        String previous = "";
        for (String line : lines) {
            boolean listItem =
                    LIST_MARK.matcher(line).find() && (inList || previous.endsWith(":") || previous.endsWith(";"));
            if (out.length() > 0) {
                if (listItem) {
                    out.append('\n');
                } else if (endsWithWordHyphen(out) && Character.isLowerCase(line.codePointAt(0))) {
                    // a word broken at the end of a line: "школами-" + "партнерами"
                } else {
                    out.append(' ');
                }
            }
            out.append(line);
            inList = listItem;
            previous = line;
        }
        return out.toString();
    }

    /**
     * Joins a continuation to the text it continues, with one space.
     *
     * @param before the text continued
     * @param after the continuation
     * @return the joined text
     */
    public static String join(String before, String after) {
        if (before.isBlank()) {
            return after;
        }
        if (after.isBlank()) {
            return before;
        }
        return before + " " + after;
    }

    /**
     * Removes a bullet or list dash at the start of a list item: "· низкое ...", "-низкое ...".
     *
     * @param item the item
     * @return the item without its mark
     */
    public static String unbullet(String item) {
        return BULLET.matcher(item).replaceFirst("");
    }

    /**
     * Tells whether a line begins with a bullet or list dash.
     *
     * @param line the line
     * @return true for "· ...", "- ...", "-..."
     */
    public static boolean isBulleted(String line) {
        return BULLET.matcher(line).find();
    }

    /**
     * Removes list punctuation at the end of a list item: a final ";" or ".", and a final "," of a cut item is kept.
     *
     * @param item the item
     * @return the item without its final ";" or "."
     */
    public static String unpunctuate(String item) {
        String s = item.strip();
        while (s.endsWith(";") || s.endsWith(".") && !s.endsWith("..") && !endsWithAbbreviation(s)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean endsWithAbbreviation(String s) {
        return s.endsWith("т.д.") || s.endsWith("т.п.") || s.endsWith("др.") || s.endsWith(" г.") || s.endsWith("гг.");
    }

    private static boolean endsWithWordHyphen(CharSequence s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
    }

    /**
     * Tells whether a text begins with a lower-case letter.
     *
     * @param s the text
     * @return true for "организации", false for "Организации", "(далее", "100%"
     */
    public static boolean startsLowerCase(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * Tells whether brackets and quotes of a text are left open: "(при реализации каждого из этапов".
     *
     * @param s the text
     * @return true when a "(" or "«" is not closed
     */
    public static boolean isOpen(String s) {
        int round = 0;
        int angle = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                round++;
            } else if (c == ')') {
                round = Math.max(0, round - 1);
            } else if (c == '«') {
                angle++;
            } else if (c == '»') {
                angle = Math.max(0, angle - 1);
            }
        }
        return round > 0;
    }

    /**
     * Returns the words of a text: runs of letters and digits, lower case, "ё" as "е".
     *
     * @param s the text
     * @return the words
     */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c == 'ё' || c == 'Ё' ? 'е' : c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /**
     * Tells whether two word forms are the same word inflected: they share all but their last three letters and at
     * least three ("Ассоциацией" and "Ассоциация", "края" and "край").
     *
     * @param a a word, lower case
     * @param b a word, lower case
     * @return true when their stems agree
     */
    public static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        int shorter = Math.min(a.length(), b.length());
        return common >= 3 && common >= shorter - 3 && !isDigits(a) && !isDigits(b);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /**
     * Tells whether two phrases are the same words, each inflected or not ("Ассоциацией молодых педагогов" and
     * "Ассоциация молодых педагогов").
     *
     * @param a a phrase
     * @param b a phrase
     * @return true when they have as many words and every pair {@link #sameStem(String, String) agrees}
     */
    public static boolean samePhrase(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameStem(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }
}
