package io.github.eduroadmap.io.internal;

import java.io.InputStream;
import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parsers refuse, at the YAML event where they appear, what the format never uses: anchors,
 * aliases, tags and a second document. Refusing the first anchor is what makes an alias bomb fail at once.
 */
final class GuardedYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    GuardedYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
        return _createParser(readCtxt, ioCtxt, _createReader(in, JsonEncoding.UTF8, ioCtxt));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
        return new Guarded(
                readCtxt,
                ioCtxt,
                _getBufferRecycler(),
                readCtxt.getStreamReadFeatures(_streamReadFeatures),
                readCtxt.getFormatReadFeatures(_formatReadFeatures),
                _loadSettings,
                r);
    }

    @Override
    protected YAMLParser _createParser(
            ObjectReadContext readCtxt, IOContext ioCtxt, char[] data, int offset, int len, boolean recyclable) {
        return _createParser(readCtxt, ioCtxt, new java.io.CharArrayReader(data, offset, len));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
        return _createParser(readCtxt, ioCtxt, _createReader(data, offset, len, JsonEncoding.UTF8, ioCtxt));
    }

    /** The YAML parser that checks every event. */
    static final class Guarded extends YAMLParser {

        private int documents;

        Guarded(
                ObjectReadContext readCtxt,
                IOContext ioCtxt,
                BufferRecycler br,
                int streamReadFeatures,
                int formatReadFeatures,
                LoadSettings loadSettings,
                Reader reader) {
            super(readCtxt, ioCtxt, br, streamReadFeatures, formatReadFeatures, loadSettings, reader);
        }

        @Override
        protected Event nextEvent() {
            Event e = super.nextEvent();
            if (e instanceof AliasEvent) {
                Anchor a = ((AliasEvent) e).getAlias();
                throw refusal(e, "an alias \"*" + a.getValue() + "\"");
            }
            if (e instanceof NodeEvent) {
                NodeEvent n = (NodeEvent) e;
                if (n.getAnchor().isPresent()) {
                    throw refusal(e, "an anchor \"&" + n.getAnchor().get().getValue() + "\"");
                }
                java.util.Optional<String> tag = e instanceof ScalarEvent
                        ? ((ScalarEvent) e).getTag()
                        : e instanceof CollectionStartEvent
                                ? ((CollectionStartEvent) e).getTag()
                                : java.util.Optional.empty();
                if (tag.isPresent()) {
                    throw new ReadFailure(
                            line(e),
                            column(e),
                            null,
                            "a YAML tag \"" + shortTag(tag.get()) + "\"",
                            "plain values: this format uses no tags");
                }
            } else if (e.getEventId() == Event.ID.DocumentStart && ++documents > 1) {
                throw new ReadFailure(line(e), column(e), "", "a second YAML document", "one document per file");
            }
            return e;
        }

        private static String shortTag(String tag) {
            String yaml = "tag:yaml.org,2002:";
            return tag.startsWith(yaml) ? "!!" + tag.substring(yaml.length()) : tag.startsWith("!") ? tag : "!" + tag;
        }

        private static ReadFailure refusal(Event e, String what) {
            return new ReadFailure(
                    line(e), column(e), null, what, "no anchors or aliases: this format does not use them");
        }

        private static int line(Event e) {
            return e.getStartMark().map(Mark::getLine).orElse(0) + 1;
        }

        private static int column(Event e) {
            return e.getStartMark().map(Mark::getColumn).orElse(0) + 1;
        }
    }
}
