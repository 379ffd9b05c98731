package io.github.eduroadmap.io.internal;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes exactly the texts that a YAML 1.2 reader would otherwise take for something else: {@code "234"},
 * {@code "2022"}, {@code "true"}, {@code "~"}, {@code ""}, and the YAML 1.1 words and numbers ({@code "yes"},
 * {@code "1_000"}) that older readers would misread. Everything else stays plain where YAML allows it; the emitter
 * itself quotes what plain style cannot hold ({@code ": "}, a leading {@code "- "}, ...).
 */
final class YamlQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    @Override
    public boolean needToQuoteName(String name) {
        return needsQuotes(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return needsQuotes(value);
    }

    private boolean needsQuotes(String s) {
        return s.isEmpty()
                || isReservedKeyword(s)
                || looksLikeYAMLNumber(s)
                || !Tag.STR.equals(CORE.resolve(s, Boolean.TRUE));
    }
}
