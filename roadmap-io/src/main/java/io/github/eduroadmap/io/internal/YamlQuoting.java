package io.github.eduroadmap.io.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes exactly the texts that a YAML reader would otherwise take for something else: what the YAML 1.2 core schema
 * reads as null, a boolean or a number ({@code "234"}, {@code "2022"}, {@code "true"}, {@code "~"}, {@code ""}), and
 * what YAML 1.1 readers would misread ({@code "yes"}, {@code "on"}, {@code "1_000"}, {@code "0o17"}, {@code "<<"}).
 * Everything else stays plain where YAML allows; the emitter itself quotes what plain style cannot hold ({@code ": "}, a
 * leading {@code "- "}, ...). Dates ({@code 2022-04-20}) stay plain: they are texts in YAML 1.2.
 */
final class YamlQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    private static final Set<String> YAML_1_1_WORDS = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "true",
            "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "<<", "=");

    private static final Pattern YAML_1_1_NUMBER = Pattern.compile("[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*"
            + "|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)"
            + "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9.]*(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private static final String MAY_BE_SPECIAL = "-+.0123456789~nNyYtTfFoO<=";

    /**
     * Tells whether a field name is written double-quoted: when it would read as something other than a text, holds
     * a line break of any kind, or holds DEL. A plain name cannot hold a line break: the emitter would write it as a
     * multi-line plain key, which reads back folded or not at all; DEL is escaped only in double quotes (see
     * {@link YamlWriterFactory}).
     */
    @Override
    public boolean needToQuoteName(String name) {
        return needsQuotes(name) || hasLineBreak(name) || name.indexOf(YamlWriterFactory.DEL) >= 0;
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return needsQuotes(value);
    }

    /** Tells whether a text holds a line feed, a carriage return, NEL, LS or PS. */
    static boolean hasLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || hasUnicodeLineBreak(s);
    }

    /**
     * Tells whether a text holds NEL, LS or PS, which YAML readers may take for line breaks unless escaped in double
     * quotes.
     */
    static boolean hasUnicodeLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (MAY_BE_SPECIAL.indexOf(s.charAt(0)) < 0) {
            return false;
        }
        return YAML_1_1_WORDS.contains(s)
                || YAML_1_1_NUMBER.matcher(s).matches()
                || !Tag.STR.equals(CORE.resolve(s, Boolean.TRUE));
    }
}
