package io.github.eduroadmap.model.internal;

/**
 * The classes and the lower case of single chars as the parsers read them: exactly what {@link Character} says, read
 * from small tables for the chars of Russian documents (ASCII, Latin-1, Cyrillic, general punctuation), where the
 * JDK's general tables are the slow part of reading, and from the JDK for any other char.
 */
final class Chars {

    /** The chars below this have their classes in {@link #CLASSES}: up to the end of the symbols' blocks. */
    private static final int TABLED = 0x3000;

    /** The chars below this have their lower case in {@link #LOWER}: up to the end of the Cyrillic block. */
    private static final int LOWER_TABLED = 0x500;

    private static final byte LETTER = 1;
    private static final byte SPACE = 2;
    private static final byte MARK = 4;
    private static final byte WORD_PART = 8;

    private static final byte[] CLASSES = new byte[TABLED];
    private static final char[] LOWER = new char[LOWER_TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            int type = Character.getType(c);
            CLASSES[c] = (byte) ((Character.isLetter(c) ? LETTER : 0)
                    | (Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0)
                    | (type == Character.NON_SPACING_MARK
                                    || type == Character.COMBINING_SPACING_MARK
                                    || type == Character.ENCLOSING_MARK
                            ? MARK
                            : 0));
            if ((CLASSES[c] & (LETTER | MARK)) != 0 || c == '\u00AD') {
                CLASSES[c] |= WORD_PART;
            }
        }
        for (char c = 0; c < LOWER_TABLED; c++) {
            LOWER[c] = foldSlowly(c);
        }
    }

    private Chars() {}

    /**
     * Tells whether a char is a letter.
     *
     * @param c the char
     * @return {@link Character#isLetter(char)}
     */
    static boolean isLetter(char c) {
        return c < TABLED ? (CLASSES[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /**
     * Tells whether a char is white space in the JDK's either sense.
     *
     * @param c the char
     * @return {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}
     */
    static boolean isSpace(char c) {
        return c < TABLED ? (CLASSES[c] & SPACE) != 0 : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Tells whether a char is a combining mark: an accent over a letter.
     *
     * @param c the char
     * @return whether its {@link Character#getType(char) type} is a non-spacing, combining spacing or enclosing mark
     */
    static boolean isCombiningMark(char c) {
        if (c < TABLED) {
            return (CLASSES[c] & MARK) != 0;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Tells whether a char goes on a word of the target parser: a letter, a combining mark, or a soft hyphen.
     *
     * @param c the char
     * @return whether it is {@link #isLetter(char) a letter}, {@link #isCombiningMark(char) a combining mark} or
     *     U+00AD
     */
    static boolean continuesWord(char c) {
        return c < TABLED ? (CLASSES[c] & WORD_PART) != 0 : Character.isLetter(c) || isCombiningMark(c);
    }

    /**
     * Returns the lower case of a char, with "ё" read as "е".
     *
     * @param c the char
     * @return {@link Character#toLowerCase(char)}, "е" for "ё" and "Ё"
     */
    static char fold(char c) {
        return c < LOWER_TABLED ? LOWER[c] : foldSlowly(c);
    }

    private static char foldSlowly(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }

    /**
     * Tells whether the lower case of a word, as {@link String#toLowerCase(java.util.Locale)} in the root locale
     * gives it, may differ from the lower case of its chars one by one: it does for "İ" (two chars) and "Σ" (a final
     * sigma at the end of a word), and for no other char.
     *
     * @param c the char
     * @return true for "İ" and "Σ"
     */
    static boolean lowersIrregularly(char c) {
        return c == '\u0130' || c == '\u03A3';
    }
}
