package io.github.eduroadmap.io.internal;

/** Quotes a value found in a document for an error message, shortened and with line breaks shown. */
final class Quote {

    private static final int MAX = 60;

    private Quote() {}

    static String of(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 8).append('"');
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (n == MAX) {
                b.append('…');
                break;
            }
            char c = s.charAt(i);
            switch (c) {
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '"':
                    b.append("\\\"");
                    break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
            n++;
        }
        return b.append('"').toString();
    }
}
