package io.github.eduroadmap.model.internal;

/**
 * The classes and the lower case of single chars as the parsers read them: exactly what {@link Character} says, with
 * a short way for ASCII and the Cyrillic block, where nearly every char of a Russian document lies and where the
 * JDK's general tables are the slow part of reading.
 */
final class Chars {

    private Chars() {}

    /**
     * Tells whether a char is a letter.
     *
     * @param c the char
     * @return {@link Character#isLetter(char)}
     */
    static boolean isLetter(char c) {
        if (c < 0x80) {
            int l = c | 0x20; // 'A'..'Z' to 'a'..'z'; no other ASCII char lands there
            return l >= 'a' && l <= 'z';
        }
        if (c >= 0x400 && c <= 0x481) { // Cyrillic letters, "Ѐ" to "ҁ"
            return true;
        }
        return Character.isLetter(c);
    }

    /**
     * Returns the lower case of a char, with "ё" read as "е".
     *
     * @param c the char
     * @return {@link Character#toLowerCase(char)}, "е" for "ё" and "Ё"
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
        }
        if (c >= 0x410 && c <= 0x42F) { // "А" to "Я"
            return (char) (c + 0x20);
        }
        if (c >= 0x430 && c <= 0x45F) { // "а" to "я", "ѐ" to "џ"
            return c == 'ё' ? 'е' : c;
        }
        if (c == 'Ё') {
            return 'е';
        }
        if (c >= 0x400 && c <= 0x40F) { // "Ѐ" to "Џ"
            return (char) (c + 0x50);
        }
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }

    /**
     * Tells whether a char is white space in the JDK's either sense.
     *
     * @param c the char
     * @return {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}
     */
    static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        if (c < 0x80) {
            return (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        if (c >= 0x400 && c <= 0x4FF) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
