package io.github.eduroadmap.imports.internal.table;

/**
 * Neutralises cells a spreadsheet would run as a formula (CSV injection), and undoes exactly that.
 *
 * <p>A cell whose text begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, after any
 * number of apostrophes, is written with one more apostrophe in front: {@code =1+1} becomes {@code '=1+1},
 * {@code '=1+1} becomes {@code ''=1+1}. A reader removes one apostrophe from exactly such cells and from no others,
 * so that reading what was written gives the text back unchanged. Text that merely contains these characters later
 * is left alone.
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    /**
     * Tells whether a spreadsheet could read the text as a formula.
     *
     * @param text a cell's text
     * @return true when the text, after its leading apostrophes, begins with = + - @ TAB or CR
     */
    public static boolean isFormulaLike(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && isTrigger(text.charAt(i));
    }

    /**
     * Returns the text to write: with an apostrophe in front when a spreadsheet could read it as a formula.
     *
     * @param text a cell's text
     * @return the neutralised text
     */
    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /**
     * Returns the text that was neutralised: without the apostrophe {@link #neutralise(String)} put in front.
     *
     * @param text a cell's text as read
     * @return the original text
     */
    public static String restore(String text) {
        return text.startsWith("'") && isFormulaLike(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
