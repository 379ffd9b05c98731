package io.github.eduroadmap.io.internal;

import java.io.FilterWriter;
import java.io.IOException;
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
 *
 * <p>They also write DEL (U+007F) as the escape {@code \x7F}: YAML does not allow it unescaped, and the readers refuse
 * it, but the emitter takes it for printable and writes it as it is even in double quotes. A text or field name
 * holding DEL is written double-quoted (see {@link YamlQuoting#needToQuoteName(String)}), and the output replaces
 * each DEL, which can then stand only in a double-quoted scalar, with its escape.
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
                new DelEscapingWriter(out),
                _version,
                _dumpSettings);
    }

    /** DEL, U+007F. */
    static final char DEL = '\u007f';

    /** Replaces each DEL with the escape {@code \x7F}, as double-quoted YAML scalars allow. */
    private static final class DelEscapingWriter extends FilterWriter {

        DelEscapingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == DEL) {
                out.write("\\x7F");
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                if (cbuf[i] == DEL) {
                    out.write(cbuf, from, i - from);
                    out.write("\\x7F");
                    from = i + 1;
                }
            }
            out.write(cbuf, from, off + len - from);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                if (str.charAt(i) == DEL) {
                    out.write(str, from, i - from);
                    out.write("\\x7F");
                    from = i + 1;
                }
            }
            out.write(str, from, off + len - from);
        }
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
            if (text != null && (YamlQuoting.hasUnicodeLineBreak(text) || text.indexOf(DEL) >= 0)) {
                _verifyValueWrite("write String value");
                _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
                return this;
            }
            return super.writeString(text);
        }
    }
}
