package io.github.eduroadmap.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A small JSON writer for reports: strings escaped per RFC 8259 (and lone surrogates escaped so that the text is
 * always valid Unicode), numbers written exactly, two-space indentation. No dependency.
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(256);

    /**
     * Returns the text written so far.
     *
     * @return the JSON text
     */
    public String text() {
        return out.toString();
    }

    /**
     * Writes raw text: punctuation, a line break and indentation.
     *
     * @param raw the text, written as is
     * @return this writer
     */
    public Json raw(String raw) {
        out.append(raw);
        return this;
    }

    /**
     * Writes a line break and the indentation of a depth.
     *
     * @param depth the depth, two spaces each
     * @return this writer
     */
    public Json newline(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return this;
    }

    /**
     * Writes a string, quoted and escaped.
     *
     * @param s the string
     * @return this writer
     */
    public Json string(String s) {
        quote(out, s);
        return this;
    }

    /**
     * Writes a value: a string, integer, decimal, boolean, date (as an ISO string), list (as an array) or map (as
     * an object, on one line); anything else as its string form.
     *
     * @param value the value; null is written as {@code null}
     * @return this writer
     */
    public Json value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal) {
            out.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                string(String.valueOf(value));
            } else {
                out.append(BigDecimal.valueOf(d).toPlainString());
            }
        } else if (value instanceof LocalDate) {
            string(value.toString());
        } else if (value instanceof Collection) {
            out.append('[');
            Iterator<?> i = ((Collection<?>) value).iterator();
            while (i.hasNext()) {
                value(i.next());
                if (i.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (value instanceof Map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> i =
                    ((Map<?, ?>) value).entrySet().iterator();
            while (i.hasNext()) {
                Map.Entry<?, ?> e = i.next();
                string(String.valueOf(e.getKey())).raw(": ").value(e.getValue());
                if (i.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else {
            string(String.valueOf(value));
        }
        return this;
    }

    /**
     * Appends a JSON string literal.
     *
     * @param out where to append
     * @param s the string
     */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(i + 1));
                            i++;
                        } else {
                            unicode(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
