package io.github.eduroadmap.validation.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the names of schools in a text: a quotation after the legal form of a school ("МОУ «Нижнеильиновская СОШ»",
 * "МОБУ «Новочесноковская СОШ»", "МБОУ «Лицей № 1»"), or a quotation holding "СОШ", "ООШ" or "НОШ".
 */
final class SchoolNames {

    private SchoolNames() {}

    /**
     * Returns the school names quoted in a text, in order, with tidy spaces and without the quotes.
     *
     * @param text the text
     * @return e.g. ["Нижнеильиновская СОШ"]
     */
    static List<String> in(String text) {
        if (!mayHaveNames(text)) {
            return List.of();
        }
        // pairs of quotes, outer ones first
        List<int[]> pairs = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«') {
                open.push(i);
            } else if (c == '»' && !open.isEmpty()) {
                pairs.add(new int[] {open.pop(), i});
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> names = new ArrayList<>();
        for (int[] p : pairs) {
            String name = Texts.spaced(text.substring(p[0] + 1, p[1]));
            if (!name.isEmpty() && (afterSchoolForm(text, p[0]) || namesSchool(name))) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Tells quickly whether a text may have the name of a school in it: most texts, with no "«" or no legal form of
     * a school and no "СОШ", "ООШ", "НОШ", have none, and {@link #in} finds none in them.
     *
     * @param text the text
     * @return false when {@link #in} returns no name
     */
    static boolean mayHaveNames(String text) {
        return text.indexOf('«') >= 0 && mayNameSchool(text);
    }

    /** Tells whether the quotation follows the legal form of a school: МОУ, МБОУ, МАОУ, МКОУ, ГБОУ, МОБУ, МОАУ ... */
    private static boolean afterSchoolForm(String text, int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Abbreviations.isCapital(text.charAt(start - 1))) {
            start--;
        }
        if (end - start < 2 || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
            return false;
        }
        String form = text.substring(start, end);
        return form.endsWith("ОУ") || form.equals("МОБУ") || form.equals("МОАУ") || form.equals("МОКУ");
    }

    /**
     * Tells quickly whether a text has a legal form of a school or "СОШ", "ООШ", "НОШ" in it: "ОУ", "ОБУ", "ОАУ",
     * "ОКУ" or "ОШ", looking only at the capital letters "О".
     */
    static boolean mayNameSchool(String text) {
        int n = text.length();
        for (int i = text.indexOf('О'); i >= 0 && i + 1 < n; i = text.indexOf('О', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == 'У' || next == 'Ш') {
                return true;
            }
            if ((next == 'Б' || next == 'А' || next == 'К') && i + 2 < n && text.charAt(i + 2) == 'У') {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSchool(String name) {
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && !Character.isLetter(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < name.length() && Character.isLetter(name.charAt(i))) {
                i++;
            }
            if (i - start == 3) {
                String word = name.substring(start, i);
                if (word.equals("СОШ") || word.equals("ООШ") || word.equals("НОШ")) {
                    return true;
                }
            }
        }
        return false;
    }
}
