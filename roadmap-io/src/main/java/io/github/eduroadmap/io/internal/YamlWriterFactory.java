package io.github.eduroadmap.io.internal;

import java.io.Writer;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The YAML factory of the house style, whose generators write a text holding a Unicode line separator (NEL U+0085,
 * LS U+2028, PS U+2029) double-quoted with escapes: in a block or plain scalar the YAML reader would take it for a
 * line break and the text would not read back the same.
 */
final class YamlWriterFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    YamlWriterFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext writeCtxt, IOContext ioCtxt, Writer out) {
        return new Generator(
                writeCtxt,
                ioCtxt,
                writeCtxt.getStreamWriteFeatures(_streamWriteFeatures),
                writeCtxt.getFormatWriteFeatures(_formatWriteFeatures),
                _quotingChecker,
                out,
                _version,
                _dumpSettings);
    }

    private static final class Generator extends YAMLGenerator {

        Generator(
                ObjectWriteContext writeCtxt,
                IOContext ioCtxt,
                int streamWriteFeatures,
                int yamlFeatures,
                StringQuotingChecker quotingChecker,
                Writer out,
                SpecVersion version,
                DumpSettings dumpSettings) {
            super(writeCtxt, ioCtxt, streamWriteFeatures, yamlFeatures, quotingChecker, out, version, dumpSettings);
        }

        @Override
        public JsonGenerator writeString(String text) {
            if (text != null && YamlQuoting.hasUnicodeLineBreak(text)) {
                _verifyValueWrite("write String value");
                _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
                return this;
            }
            return super.writeString(text);
        }
    }
}
