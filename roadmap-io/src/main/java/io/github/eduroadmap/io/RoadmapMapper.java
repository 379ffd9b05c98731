package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.DocumentReader;
import io.github.eduroadmap.io.internal.DocumentWriter;
import io.github.eduroadmap.io.internal.Engine;
import io.github.eduroadmap.io.internal.Failures;
import io.github.eduroadmap.io.internal.Input;
import io.github.eduroadmap.io.internal.ReadFailure;
import io.github.eduroadmap.io.internal.WriteFailure;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes roadmaps and monitoring documents as JSON or YAML: one immutable, thread-safe mapper per format
 * and configuration, built once per application.
 *
 * <pre>{@code
 * Roadmap r = RoadmapMapper.yaml().read(Path.of("primorsky-2022.yaml"));
 * String json = RoadmapMapper.json().writeToString(r);
 * RoadmapMapper any = RoadmapMapper.forPath(path);             // by extension: .json, .yaml, .yml
 * Roadmap kept = RoadmapMapper.yaml().lenient().read(path);    // unknown fields kept in extensions
 * }</pre>
 *
 * <p>Reading is strict by default: an unknown field is an error. A {@link #lenient() lenient} mapper keeps unknown
 * fields of extensible objects in their {@code extensions} instead. Every problem in a document is a
 * {@link RoadmapReadException} that names the source, line, column and JSON Pointer; a failure to read or write the
 * file or stream itself is an {@link UncheckedIOException}; a value that cannot be written is a
 * {@link RoadmapWriteException}. Input is bounded by {@link ReadLimits}.
 *
 * <p>Writing follows the field order of the format reference, leaves out empty lists and absent values, and writes
 * deadlines, executors and expected results as the document's own words wherever reading the words gives back the same
 * value. JSON is pretty-printed with two-space indentation; YAML is written in block style without a {@code ---}
 * marker; both are UTF-8 and end with a line break.
 */
public final class RoadmapMapper {

    private static final RoadmapMapper JSON = new RoadmapMapper(RoadmapFormat.JSON, false, ReadLimits.defaults());
    private static final RoadmapMapper YAML =
            new RoadmapMapper(RoadmapFormat.YAML, false, ReadLimits.defaults(), JSON.engine);

    private static final String STRING = "<string>";

    private final RoadmapFormat format;
    private final boolean lenient;
    private final Engine engine;

    private final ReadLimits limits;

    private RoadmapMapper(RoadmapFormat format, boolean lenient, ReadLimits limits) {
        this(format, lenient, limits, new Engine(limits.toLimits()));
    }

    private RoadmapMapper(RoadmapFormat format, boolean lenient, ReadLimits limits, Engine engine) {
        this.format = format;
        this.lenient = lenient;
        this.limits = limits;
        this.engine = engine.limits().equals(limits.toLimits()) ? engine : new Engine(limits.toLimits());
    }

    /**
     * Returns the strict JSON mapper with default limits.
     *
     * @return the mapper
     */
    public static RoadmapMapper json() {
        return JSON;
    }

    /**
     * Returns the strict YAML mapper with default limits.
     *
     * @return the mapper
     */
    public static RoadmapMapper yaml() {
        return YAML;
    }

    /**
     * Returns the strict mapper for a format, with default limits.
     *
     * @param format the format
     * @return the mapper
     */
    public static RoadmapMapper of(RoadmapFormat format) {
        return Objects.requireNonNull(format, "format") == RoadmapFormat.JSON ? JSON : YAML;
    }

    /**
     * Returns the strict mapper for a file, chosen by its extension.
     *
     * @param path a file named {@code *.json}, {@code *.yaml} or {@code *.yml}
     * @return the mapper
     * @throws IllegalArgumentException when the name has another extension
     */
    public static RoadmapMapper forPath(Path path) {
        return of(formatOf(path));
    }

    private static RoadmapFormat formatOf(Path path) {
        return RoadmapFormat.ofPath(path)
                .orElseThrow(() -> new IllegalArgumentException("cannot tell the format of " + path
                        + " by its name; expected a file name ending in .json, .yaml or .yml"));
    }

    /**
     * Returns the format this mapper reads and writes.
     *
     * @return JSON or YAML
     */
    public RoadmapFormat format() {
        return format;
    }

    /**
     * Tells whether this mapper refuses unknown fields.
     *
     * @return true unless {@link #lenient()}
     */
    public boolean isStrict() {
        return !lenient;
    }

    /**
     * Returns the limits this mapper reads within.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns a mapper like this one that refuses unknown fields (the default).
     *
     * @return the strict mapper
     */
    public RoadmapMapper strict() {
        return lenient ? new RoadmapMapper(format, false, limits, engine) : this;
    }

    /**
     * Returns a mapper like this one that keeps unknown fields of extensible objects in their {@code extensions};
     * unknown fields of other objects are still refused.
     *
     * @return the lenient mapper
     */
    public RoadmapMapper lenient() {
        return lenient ? this : new RoadmapMapper(format, true, limits, engine);
    }

    /**
     * Returns a mapper like this one for another format.
     *
     * @param format the format
     * @return the mapper
     */
    public RoadmapMapper withFormat(RoadmapFormat format) {
        Objects.requireNonNull(format, "format");
        return format == this.format ? this : new RoadmapMapper(format, lenient, limits, engine);
    }

    /**
     * Returns a mapper like this one that reads within other limits.
     *
     * @param limits the limits
     * @return the mapper
     */
    public RoadmapMapper withLimits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(limits()) ? this : new RoadmapMapper(format, lenient, limits);
    }

    // ---------------------------------------------------------------- reading roadmaps

    /**
     * Reads a roadmap from a file.
     *
     * @param path the file
     * @return the roadmap
     * @throws RoadmapReadException when the document is not a valid roadmap/1 document
     * @throws UncheckedIOException when the file cannot be read
     */
    public Roadmap read(Path path) {
        return readRoadmap(input(() -> Input.of(path, limits.maxDocumentBytes()), path.toString()));
    }

    /**
     * Reads a roadmap from text; errors name the source {@code <string>}.
     *
     * @param content the document
     * @return the roadmap
     * @throws RoadmapReadException when the document is not a valid roadmap/1 document
     */
    public Roadmap read(String content) {
        return readRoadmap(input(() -> Input.of(content, STRING, limits.maxDocumentBytes()), STRING));
    }

    /**
     * Reads a roadmap from UTF-8 bytes; does not close the stream.
     *
     * @param in the stream
     * @param sourceName the name of the source in error messages, e.g. a file name
     * @return the roadmap
     * @throws RoadmapReadException when the document is not a valid roadmap/1 document
     * @throws UncheckedIOException when the stream fails
     */
    public Roadmap read(InputStream in, String sourceName) {
        return readRoadmap(input(() -> Input.of(in, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Reads a roadmap from UTF-8 bytes already in memory, without copying them: do not change the array while the call
     * runs. A UTF-8 byte order mark is allowed, as in a file.
     *
     * @param content the bytes of the document
     * @param sourceName the name of the source in error messages, e.g. a file name
     * @return the roadmap
     * @throws RoadmapReadException when the document is not a valid roadmap/1 document
     */
    public Roadmap read(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        return readRoadmap(input(() -> Input.of(content, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Reads a roadmap from characters; does not close the reader.
     *
     * @param reader the characters
     * @param sourceName the name of the source in error messages
     * @return the roadmap
     * @throws RoadmapReadException when the document is not a valid roadmap/1 document
     * @throws UncheckedIOException when the reader fails
     */
    public Roadmap read(Reader reader, String sourceName) {
        return readRoadmap(input(() -> Input.of(reader, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    // ---------------------------------------------------------------- reading monitoring documents

    /**
     * Reads a monitoring document from a file.
     *
     * @param path the file
     * @return the monitoring document
     * @throws RoadmapReadException when the document is not a valid monitoring/1 document
     * @throws UncheckedIOException when the file cannot be read
     */
    public Monitoring readMonitoring(Path path) {
        return readMonitoring(input(() -> Input.of(path, limits.maxDocumentBytes()), path.toString()));
    }

    /**
     * Reads a monitoring document from text; errors name the source {@code <string>}.
     *
     * @param content the document
     * @return the monitoring document
     * @throws RoadmapReadException when the document is not a valid monitoring/1 document
     */
    public Monitoring readMonitoring(String content) {
        return readMonitoring(input(() -> Input.of(content, STRING, limits.maxDocumentBytes()), STRING));
    }

    /**
     * Reads a monitoring document from UTF-8 bytes; does not close the stream.
     *
     * @param in the stream
     * @param sourceName the name of the source in error messages
     * @return the monitoring document
     * @throws RoadmapReadException when the document is not a valid monitoring/1 document
     * @throws UncheckedIOException when the stream fails
     */
    public Monitoring readMonitoring(InputStream in, String sourceName) {
        return readMonitoring(input(() -> Input.of(in, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Reads a monitoring document from UTF-8 bytes already in memory, without copying them: do not change the array while the call
     * runs. A UTF-8 byte order mark is allowed, as in a file.
     *
     * @param content the bytes of the document
     * @param sourceName the name of the source in error messages, e.g. a file name
     * @return the monitoring document
     * @throws RoadmapReadException when the document is not a valid monitoring/1 document
     */
    public Monitoring readMonitoring(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        return readMonitoring(input(() -> Input.of(content, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Reads a monitoring document from characters; does not close the reader.
     *
     * @param reader the characters
     * @param sourceName the name of the source in error messages
     * @return the monitoring document
     * @throws RoadmapReadException when the document is not a valid monitoring/1 document
     * @throws UncheckedIOException when the reader fails
     */
    public Monitoring readMonitoring(Reader reader, String sourceName) {
        return readMonitoring(input(() -> Input.of(reader, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    // ---------------------------------------------------------------- reading either kind

    /**
     * Reads a document of either kind from a file, as its {@code schema} field says.
     *
     * @param path the file
     * @return a {@link RoadmapDocument} or a {@link MonitoringDocument}
     * @throws RoadmapReadException when the document is not a valid roadmap/1 or monitoring/1 document
     * @throws UncheckedIOException when the file cannot be read
     */
    public Document readDocument(Path path) {
        return readDocument(input(() -> Input.of(path, limits.maxDocumentBytes()), path.toString()));
    }

    /**
     * Reads a document of either kind from text; errors name the source {@code <string>}.
     *
     * @param content the document
     * @return a {@link RoadmapDocument} or a {@link MonitoringDocument}
     * @throws RoadmapReadException when the document is not a valid roadmap/1 or monitoring/1 document
     */
    public Document readDocument(String content) {
        return readDocument(input(() -> Input.of(content, STRING, limits.maxDocumentBytes()), STRING));
    }

    /**
     * Reads a document of either kind from UTF-8 bytes; does not close the stream.
     *
     * @param in the stream
     * @param sourceName the name of the source in error messages
     * @return a {@link RoadmapDocument} or a {@link MonitoringDocument}
     * @throws RoadmapReadException when the document is not a valid roadmap/1 or monitoring/1 document
     * @throws UncheckedIOException when the stream fails
     */
    public Document readDocument(InputStream in, String sourceName) {
        return readDocument(input(() -> Input.of(in, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Reads a document of either kind, as its {@code schema} field says, from UTF-8 bytes already in memory, without copying them: do not change the array while the call
     * runs. A UTF-8 byte order mark is allowed, as in a file.
     *
     * @param content the bytes of the document
     * @param sourceName the name of the source in error messages, e.g. a file name
     * @return a {@link RoadmapDocument} or a {@link MonitoringDocument}
     * @throws RoadmapReadException when the document is not a valid roadmap/1 or monitoring/1 document
     */
    public Document readDocument(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        return readDocument(input(() -> Input.of(content, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Reads a document of either kind from characters; does not close the reader.
     *
     * @param reader the characters
     * @param sourceName the name of the source in error messages
     * @return a {@link RoadmapDocument} or a {@link MonitoringDocument}
     * @throws RoadmapReadException when the document is not a valid roadmap/1 or monitoring/1 document
     * @throws UncheckedIOException when the reader fails
     */
    public Document readDocument(Reader reader, String sourceName) {
        return readDocument(input(() -> Input.of(reader, sourceName, limits.maxDocumentBytes()), sourceName));
    }

    /**
     * Checks that a file holds a document of either kind that {@link #readDocument(Path)} reads, with the same
     * checks, limits and exception, but without interpreting the words of deadlines and results (which never make a
     * document unreadable) and without keeping the document: the quick answer to "is this a valid file?", as a
     * JSON Schema validator gives it.
     *
     * @param path the file
     * @return the document's {@code schema}: {@value RoadmapDocument#SCHEMA} or {@value MonitoringDocument#SCHEMA}
     * @throws RoadmapReadException when the document is not a valid roadmap/1 or monitoring/1 document
     * @throws UncheckedIOException when the file cannot be read
     */
    public String check(Path path) {
        Input input = input(() -> Input.of(path, limits.maxDocumentBytes()), path.toString());
        String schema = parse(input, DocumentReader::peekSchema);
        if (MonitoringDocument.SCHEMA.equals(schema)) {
            parse(input, r -> r.withoutInterpretingWords().monitoringDocument(true));
            return MonitoringDocument.SCHEMA;
        }
        parse(input, r -> r.withoutInterpretingWords().roadmapDocument(true));
        return RoadmapDocument.SCHEMA;
    }

    private Roadmap readRoadmap(Input input) {
        return parse(input, r -> r.roadmapDocument(false));
    }

    private Monitoring readMonitoring(Input input) {
        return parse(input, r -> r.monitoringDocument(false));
    }

    private Document readDocument(Input input) {
        String schema = parse(input, DocumentReader::peekSchema);
        if (MonitoringDocument.SCHEMA.equals(schema)) {
            return new MonitoringDocument(parse(input, r -> r.monitoringDocument(true)));
        }
        return new RoadmapDocument(parse(input, r -> r.roadmapDocument(true)));
    }

    private Input input(Supplier<Input> reading, String source) {
        try {
            Input input = reading.get();
            return format == RoadmapFormat.YAML ? input.checkedAsYamlText() : input.checkedAsJsonText();
        } catch (ReadFailure f) {
            throw new RoadmapReadException(source, f.line, f.column, f.pointer, f.problem, f.expected);
        }
    }

    private <T> T parse(Input input, Function<DocumentReader, T> body) {
        JsonParser p = engine.parser(format == RoadmapFormat.YAML, input.bytes);
        try {
            return body.apply(new DocumentReader(p, lenient, engine.limits()));
        } catch (ReadFailure | JacksonException e) {
            throw RoadmapReadException.of(input.source, Failures.convert(e, p, input, engine));
        } finally {
            p.close();
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a roadmap to a file, replacing it; nothing is written when the roadmap cannot be.
     *
     * @param roadmap the roadmap
     * @param path the file
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Roadmap roadmap, Path path) {
        Objects.requireNonNull(roadmap, "roadmap");
        toFile(path, g -> new DocumentWriter(g).roadmap(roadmap));
    }

    /**
     * Writes a roadmap to a stream; does not close it.
     *
     * @param roadmap the roadmap
     * @param out the stream, receiving UTF-8
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Roadmap roadmap, OutputStream out) {
        Objects.requireNonNull(roadmap, "roadmap");
        toStream(out, g -> new DocumentWriter(g).roadmap(roadmap));
    }

    /**
     * Writes a roadmap to characters; does not close the writer.
     *
     * @param roadmap the roadmap
     * @param out the writer
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the writer fails
     */
    public void write(Roadmap roadmap, Writer out) {
        Objects.requireNonNull(roadmap, "roadmap");
        toWriter(out, g -> new DocumentWriter(g).roadmap(roadmap));
    }

    /**
     * Writes a roadmap as text.
     *
     * @param roadmap the roadmap
     * @return the document
     * @throws RoadmapWriteException when a value cannot be written
     */
    public String writeToString(Roadmap roadmap) {
        Objects.requireNonNull(roadmap, "roadmap");
        StringWriter w = new StringWriter();
        toWriter(w, g -> new DocumentWriter(g).roadmap(roadmap));
        return w.toString();
    }

    /**
     * Writes a monitoring document to a file, replacing it; nothing is written when the document cannot be.
     *
     * @param monitoring the monitoring document
     * @param path the file
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Monitoring monitoring, Path path) {
        Objects.requireNonNull(monitoring, "monitoring");
        toFile(path, g -> new DocumentWriter(g).monitoring(monitoring));
    }

    /**
     * Writes a monitoring document to a stream; does not close it.
     *
     * @param monitoring the monitoring document
     * @param out the stream, receiving UTF-8
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Monitoring monitoring, OutputStream out) {
        Objects.requireNonNull(monitoring, "monitoring");
        toStream(out, g -> new DocumentWriter(g).monitoring(monitoring));
    }

    /**
     * Writes a monitoring document to characters; does not close the writer.
     *
     * @param monitoring the monitoring document
     * @param out the writer
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the writer fails
     */
    public void write(Monitoring monitoring, Writer out) {
        Objects.requireNonNull(monitoring, "monitoring");
        toWriter(out, g -> new DocumentWriter(g).monitoring(monitoring));
    }

    /**
     * Writes a monitoring document as text.
     *
     * @param monitoring the monitoring document
     * @return the document
     * @throws RoadmapWriteException when a value cannot be written
     */
    public String writeToString(Monitoring monitoring) {
        Objects.requireNonNull(monitoring, "monitoring");
        StringWriter w = new StringWriter();
        toWriter(w, g -> new DocumentWriter(g).monitoring(monitoring));
        return w.toString();
    }

    /**
     * Writes a document of either kind to a file, replacing it; nothing is written when the document cannot be.
     *
     * @param document the document
     * @param path the file
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Document document, Path path) {
        toFile(path, writing(document));
    }

    /**
     * Writes a document of either kind to a stream; does not close it.
     *
     * @param document the document
     * @param out the stream, receiving UTF-8
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the stream fails
     */
    public void write(Document document, OutputStream out) {
        toStream(out, writing(document));
    }

    /**
     * Writes a document of either kind to characters; does not close the writer.
     *
     * @param document the document
     * @param out the writer
     * @throws RoadmapWriteException when a value cannot be written
     * @throws UncheckedIOException when the writer fails
     */
    public void write(Document document, Writer out) {
        toWriter(out, writing(document));
    }

    /**
     * Writes a document of either kind as text.
     *
     * @param document the document
     * @return the text
     * @throws RoadmapWriteException when a value cannot be written
     */
    public String writeToString(Document document) {
        StringWriter w = new StringWriter();
        toWriter(w, writing(document));
        return w.toString();
    }

    private static Consumer<JsonGenerator> writing(Document document) {
        Objects.requireNonNull(document, "document");
        if (document instanceof RoadmapDocument) {
            Roadmap r = ((RoadmapDocument) document).roadmap();
            return g -> new DocumentWriter(g).roadmap(r);
        }
        Monitoring m = ((MonitoringDocument) document).monitoring();
        return g -> new DocumentWriter(g).monitoring(m);
    }

    private void toFile(Path path, Consumer<JsonGenerator> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        toStream(bytes, body);
        try {
            Files.write(path, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e, e);
        }
    }

    private void toStream(OutputStream out, Consumer<JsonGenerator> body) {
        try (JsonGenerator g = Engine.generator(format == RoadmapFormat.YAML, out)) {
            body.accept(g);
            if (format == RoadmapFormat.JSON) {
                g.writeRaw('\n');
            }
        } catch (WriteFailure e) {
            throw RoadmapWriteException.of(e);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    private void toWriter(Writer out, Consumer<JsonGenerator> body) {
        try (JsonGenerator g = Engine.generator(format == RoadmapFormat.YAML, out)) {
            body.accept(g);
            if (format == RoadmapFormat.JSON) {
                g.writeRaw('\n');
            }
        } catch (WriteFailure e) {
            throw RoadmapWriteException.of(e);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    private static RuntimeException writeFailure(JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException) {
            return new UncheckedIOException("cannot write: " + cause, (IOException) cause);
        }
        return new RoadmapWriteException(
                "",
                "the document cannot be written: " + e.getOriginalMessage(),
                "text that " + "JSON and YAML can hold");
    }

    @Override
    public String toString() {
        return "RoadmapMapper[" + format + (lenient ? ", lenient" : ", strict") + ", " + limits() + "]";
    }
}
