package io.github.eduroadmap.validation.internal.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A printed number of a section or an activity read into a comparable key: "1." and "1" are 1; "1.3." is 3 under the
 * parent "1"; "Задача 2." is 2 labelled "Задача"; "IV." is 4 in Roman numerals; "II. 2." is 2 printed both ways.
 *
 * @param printed the number as printed
 * @param label the word before the number ("Задача", "Блок"), or ""
 * @param parent the components before the last one, joined by dots ("1" for "1.3."), or ""
 * @param value the last component
 * @param numerals the numerals of the components: "A" Arabic, "R" Roman, joined by "." ("A.A" for "1.3."), "R=A"
 *     for a number printed both ways ("II. 2.")
 * @param dot whether a dot ends the number
 */
record PrintedNumber(String printed, String label, String parent, int value, String numerals, boolean dot) {

    /** The letters of Roman numerals, with the Cyrillic look-alikes І and Х. */
    private static final String ROMAN_LETTERS = "IVXLCDMІХ";

    /** The largest value taken as a number; anything bigger is not a row number. */
    private static final int LARGEST = 1_000_000;

    /**
     * Reads a printed number.
     *
     * @param printed the number as printed
     * @return the key, or empty when the words are no number this rule knows ("5а", "*")
     */
    static Optional<PrintedNumber> parse(String printed) {
        String s = printed.strip();
        int n = s.length();
        int i = 0;
        String label = "";
        int word = 0;
        while (word < n && Character.isLetter(s.charAt(word))) {
            word++;
        }
        if (word > 0 && word < n && Character.isWhitespace(s.charAt(word))) {
            label = s.substring(0, word);
            if (isRoman(label)) {
                return Optional.empty();
            }
            i = word;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        int[] values = new int[4];
        boolean[] romans = new boolean[4];
        int count = 0;
        boolean dot = false;
        while (true) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
                romans = Arrays.copyOf(romans, count * 2);
            }
            int start = i;
            if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i - start > 7) {
                    return Optional.empty();
                }
                values[count] = Integer.parseInt(s, start, i, 10);
                romans[count++] = false;
            } else {
                while (i < n && ROMAN_LETTERS.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                int v = i > start ? roman(s.substring(start, i)) : 0;
                if (v <= 0) {
                    return Optional.empty();
                }
                values[count] = v;
                romans[count++] = true;
            }
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (s.charAt(i) != '.') {
                return Optional.empty();
            }
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                dot = true;
                break;
            }
        }
        boolean roman = romans[0];
        int first = 0;
        String numerals;
        if (count == 2 && romans[0] && !romans[1] && values[0] == values[1]) {
            // "II. 2.": the same number in both systems
            first = 1;
            numerals = "R=A";
        } else {
            for (int k = 1; k < count; k++) {
                if (romans[k]) {
                    return Optional.empty();
                }
            }
            numerals = numerals(roman, count);
        }
        int value = values[count - 1];
        if (value > LARGEST) {
            return Optional.empty();
        }
        String parent = "";
        if (count - first > 1) {
            StringBuilder b = new StringBuilder();
            b.append(roman ? toRoman(values[first]) : Integer.toString(values[first]));
            for (int k = first + 1; k < count - 1; k++) {
                b.append('.').append(values[k]);
            }
            parent = b.toString();
        }
        return Optional.of(new PrintedNumber(printed, label, parent, value, numerals, dot));
    }

    /**
     * Returns how the number is written, for comparing styles: label, numerals and final dot, e.g. "Задача A." for
     * "Задача 1.", "R." for "I.", "R=A." for "II. 2.", "A.A" for "1.1", "A.A." for "1.1.".
     *
     * @return the style
     */
    String style() {
        if (label.isEmpty()) {
            String dotted = dot ? DOTTED.get(numerals) : numerals;
            return dotted != null ? dotted : numerals + ".";
        }
        return label + " " + numerals + (dot ? "." : "");
    }

    /**
     * Returns another number of the same series, written the way this one is without its label and final dot:
     * 6 beside "7.", "1.2" beside "1.3.", "III" beside "IV.".
     *
     * @param n the value
     * @return the text
     */
    String sibling(int n) {
        String v = numerals.equals("R") ? toRoman(n) : Integer.toString(n);
        return parent.isEmpty() ? v : parent + "." + v;
    }

    /**
     * Returns this number as messages show it: as printed, without its label and final dot.
     *
     * @return e.g. "5" for "5.", "2" for "Задача 2.", "II. 2" for "II. 2."
     */
    String shown() {
        String s = Texts.spaced(printed);
        if (!label.isEmpty() && s.startsWith(label)) {
            s = s.substring(label.length()).strip();
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** The numerals of a number of {@code count} components: "A", "A.A", "R.A", ... */
    private static String numerals(boolean roman, int count) {
        if (count <= COMMON_NUMERALS) {
            return (roman ? ROMAN_NUMERALS : ARABIC_NUMERALS)[count - 1];
        }
        return (roman ? "R" : "A") + ".A".repeat(count - 1);
    }

    /** The numerals of numbers of up to this many components are made once. */
    private static final int COMMON_NUMERALS = 4;

    private static final String[] ARABIC_NUMERALS = {"A", "A.A", "A.A.A", "A.A.A.A"};
    private static final String[] ROMAN_NUMERALS = {"R", "R.A", "R.A.A", "R.A.A.A"};

    /** The common styles with a final dot, made once: the style rule compares every row's. */
    private static final Map<String, String> DOTTED = dotted();

    private static Map<String, String> dotted() {
        Map<String, String> m = new HashMap<>();
        for (String n : ARABIC_NUMERALS) {
            m.put(n, n + ".");
        }
        for (String n : ROMAN_NUMERALS) {
            m.put(n, n + ".");
        }
        m.put("R=A", "R=A.");
        return Map.copyOf(m);
    }

    private static boolean isRoman(String s) {
        return roman(s) > 0;
    }

    /** Returns the value of a Roman numeral (Cyrillic І and Х read as I and X), or 0. */
    static int roman(String s) {
        String t = s.replace('І', 'I').replace('Х', 'X');
        if (t.isEmpty() || t.length() > 15 || !t.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0)) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < t.length(); i++) {
            int v = romanDigit(t.charAt(i));
            int next = i + 1 < t.length() ? romanDigit(t.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 && toRoman(total).equals(t) ? total : 0;
    }

    private static int romanDigit(char c) {
        switch (c) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            case 'X':
                return 10;
            case 'L':
                return 50;
            case 'C':
                return 100;
            case 'D':
                return 500;
            default:
                return 1000;
        }
    }

    /**
     * Writes a number in Roman numerals.
     *
     * @param n a positive number
     * @return e.g. "XIV"
     */
    static String toRoman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(digits[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }
}
