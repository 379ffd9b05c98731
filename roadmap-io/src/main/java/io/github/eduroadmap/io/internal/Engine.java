package io.github.eduroadmap.io.internal;

import java.io.OutputStream;
import java.io.Writer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLSchema;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** The configured Jackson factories: parsers bound to read limits, and the generators of the house style. */
public final class Engine {

    private static final DefaultPrettyPrinter JSON_PRINTER;

    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return JSON_PRINTER.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private static final JsonFactory JSON_WRITER = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final YAMLFactory YAML_WRITER = new YamlWriterFactory(YAMLFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .disable(YAMLWriteFeature.USE_NATIVE_OBJECT_ID)
            .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new YamlQuoting()));

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        pp.indentArraysWith(indenter);
        pp.indentObjectsWith(indenter);
        JSON_PRINTER = pp;
    }

    private final Limits limits;
    private final JsonFactory json;
    private final YAMLFactory yaml;

    /**
     * Builds the parser factories for a set of limits.
     *
     * @param limits the limits
     */
    public Engine(Limits limits) {
        this.limits = limits;
        LimitConstraints constraints = new LimitConstraints(limits);
        this.json = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        YAMLFactoryBuilder yb = YAMLFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
                .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                .yamlSchema(YAMLSchema.CORE)
                .loadSettings(LoadSettings.builder()
                        .setSchema(new CoreSchema())
                        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes() + 16))
                        .setUseMarks(true)
                        .setAllowDuplicateKeys(true)
                        .build());
        this.yaml = new GuardedYamlFactory(yb);
    }

    /**
     * Returns the limits the parsers enforce.
     *
     * @return the limits
     */
    public Limits limits() {
        return limits;
    }

    /**
     * Creates a parser over the bytes of a document.
     *
     * @param isYaml whether the document is YAML rather than JSON
     * @param bytes the UTF-8 bytes
     * @return the parser
     */
    public JsonParser parser(boolean isYaml, byte[] bytes) {
        TokenStreamFactory f = isYaml ? yaml : json;
        return f.createParser(ObjectReadContext.empty(), bytes);
    }

    /**
     * Creates a generator in the house style: JSON pretty-printed with two-space indentation, YAML in block style.
     *
     * @param isYaml whether to write YAML rather than JSON
     * @param out the stream, not closed when the generator is
     * @return the generator
     */
    public static JsonGenerator generator(boolean isYaml, OutputStream out) {
        return isYaml
                ? YAML_WRITER.createGenerator(ObjectWriteContext.empty(), out)
                : JSON_WRITER.createGenerator(PRETTY, out);
    }

    /**
     * Creates a generator in the house style writing characters.
     *
     * @param isYaml whether to write YAML rather than JSON
     * @param out the writer, not closed when the generator is
     * @return the generator
     */
    public static JsonGenerator generator(boolean isYaml, Writer out) {
        return isYaml
                ? YAML_WRITER.createGenerator(ObjectWriteContext.empty(), out)
                : JSON_WRITER.createGenerator(PRETTY, out);
    }
}
