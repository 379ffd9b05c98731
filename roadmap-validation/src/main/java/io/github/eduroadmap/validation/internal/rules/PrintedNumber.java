package io.github.eduroadmap.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
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
        List<Integer> values = new ArrayList<>(2);
        List<Boolean> romans = new ArrayList<>(2);
        boolean dot = false;
        while (true) {
            int start = i;
            if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i - start > 7) {
                    return Optional.empty();
                }
                values.add(Integer.parseInt(s, start, i, 10));
                romans.add(false);
            } else {
                while (i < n && ROMAN_LETTERS.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                int v = i > start ? roman(s.substring(start, i)) : 0;
                if (v <= 0) {
                    return Optional.empty();
                }
                values.add(v);
                romans.add(true);
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
        boolean roman = romans.get(0);
        String numerals;
        if (values.size() == 2
                && romans.get(0)
                && !romans.get(1)
                && values.get(0).equals(values.get(1))) {
            // "II. 2.": the same number in both systems
            values.remove(0);
            numerals = "R=A";
        } else if (romans.subList(1, romans.size()).contains(true)) {
            return Optional.empty();
        } else {
            numerals = (roman ? "R" : "A") + ".A".repeat(values.size() - 1);
        }
        int value = values.get(values.size() - 1);
        if (value > LARGEST) {
            return Optional.empty();
        }
        StringBuilder parent = new StringBuilder();
        for (int k = 0; k < values.size() - 1; k++) {
            parent.append(k == 0 ? "" : ".").append(values.get(k));
        }
        if (parent.length() > 0 && roman) {
            parent.setLength(0);
            parent.append(toRoman(values.get(0)));
            for (int k = 1; k < values.size() - 1; k++) {
                parent.append('.').append(values.get(k));
            }
        }
        return Optional.of(new PrintedNumber(printed, label, parent.toString(), value, numerals, dot));
    }

    /**
     * Returns how the number is written, for comparing styles: label, numerals and final dot, e.g. "Задача A." for
     * "Задача 1.", "R." for "I.", "R=A." for "II. 2.", "A.A" for "1.1", "A.A." for "1.1.".
     *
     * @return the style
     */
    String style() {
        return (label.isEmpty() ? "" : label + " ") + numerals + (dot ? "." : "");
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
