package io.github.eduroadmap.imports.internal.csv;

import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.table.Bytes;
import io.github.eduroadmap.imports.internal.table.FormatReader;
import io.github.eduroadmap.imports.internal.table.FormulaGuard;
import io.github.eduroadmap.imports.internal.table.ReadLimits;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.imports.internal.table.TableShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CSV file (RFC 4180 and what Excel writes) into a {@link SourceDocument}.
 *
 * <p>The encoding is UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark (Excel's "Unicode
 * text"), or else Windows-1251 (Russian Excel's "CSV"); the delimiter is whichever of {@code ;}, tab and {@code ,}
 * splits the first rows into the same number of cells most often, {@code ;} first on a tie. Both can be given
 * instead. Cells in double quotes may hold delimiters, doubled quotes and line breaks; a quote inside an unquoted
 * cell is an ordinary character, as in Excel. Line breaks inside a cell become {@code \n}. A cell that
 * {@link FormulaGuard} neutralised loses exactly that apostrophe. A row's source row is the line it starts on.
 *
 * <p>Why hand-written and not Jackson's CSV module: the reader must know the line every record starts on (for
 * warnings), accept Excel's lenient quoting, detect the delimiter, and fail on a quote that never closes with the
 * line it opened on; all of that is a short state machine here, while Jackson's CSV module 3.2.1 would mix its
 * versions with the Jackson 3.2.4 of {@code roadmap-io} and add a mapping layer this reader has no use for.
 */
public final class CsvReader implements FormatReader {

    /** The delimiters tried, in order of preference. */
    static final char[] DELIMITERS = {';', '\t', ','};

    private static final int SAMPLE_RECORDS = 200;

    /**
     * What a CSV reader is told rather than left to detect.
     *
     * @param charset the encoding; empty to detect
     * @param delimiter the delimiter; empty to detect
     * @param limits the limits on size
     */
    public record Options(Optional<Charset> charset, Optional<Character> delimiter, ReadLimits limits) {
        /** Detect both, default limits. */
        public static final Options DETECT = new Options(Optional.empty(), Optional.empty(), ReadLimits.DEFAULT);

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the delimiter is a quote or a line break
         */
        public Options {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(delimiter, "delimiter");
            Objects.requireNonNull(limits, "limits");
            delimiter.ifPresent(d -> {
                if (d == '"' || d == '\n' || d == '\r') {
                    throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line break");
                }
            });
        }
    }

    /**
     * The encoding and delimiter a file was read with.
     *
     * @param charset the encoding
     * @param byteOrderMark whether the file began with a byte order mark
     * @param delimiter the delimiter
     */
    public record Dialect(Charset charset, boolean byteOrderMark, char delimiter) {}

    private final Options options;

    /** Creates a reader that detects the encoding and the delimiter, with the default limits. */
    public CsvReader() {
        this(Options.DETECT);
    }

    /**
     * Creates a reader.
     *
     * @param options what to detect and what is given
     */
    public CsvReader(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads a CSV file with the encoding and delimiter of the options where they are set, this reader's otherwise.
     *
     * @param in the bytes; read to the end, not closed
     * @param source the source's name, for messages
     * @param options the caller's options
     * @return the document
     * @throws IOException if the stream cannot be read
     * @throws ImportException if the bytes are not text in the encoding, a quoted cell never closes, or a limit is
     *     passed
     */
    @Override
    public SourceDocument read(InputStream in, String source, ImportOptions options) throws IOException {
        Options merged = new Options(
                options.encoding().or(this.options::charset),
                options.delimiter().or(this.options::delimiter),
                this.options.limits());
        try {
            return new CsvReader(merged).read(in, source);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a CSV file.
     *
     * @param in the bytes; not closed
     * @param source the source's name, for messages
     * @return the document
     * @throws ImportException if the bytes are not text in the encoding, a quoted cell never closes, or a limit is
     *     passed
     */
    public SourceDocument read(InputStream in, String source) {
        return read(Bytes.readAll(in, source, options.limits()), source);
    }

    /**
     * Reads a CSV file from its bytes.
     *
     * @param bytes the bytes
     * @param source the source's name, for messages
     * @return the document
     * @throws ImportException if the bytes are not text in the encoding, a quoted cell never closes, or a limit is
     *     passed
     */
    public SourceDocument read(byte[] bytes, String source) {
        Decoded decoded = decode(bytes, source);
        char delimiter = options.delimiter().orElseGet(() -> detectDelimiter(decoded.text));
        List<Record> records = parse(decoded.text, delimiter, source, options.limits());
        List<TableShape.RawRow> rows = new ArrayList<>();
        boolean afterBlank = false;
        for (Record r : records) {
            boolean blank = r.fields.stream().allMatch(String::isBlank);
            if (blank) {
                afterBlank = true;
                continue;
            }
            List<SourceCell> cells = new ArrayList<>(r.fields.size());
            for (String f : r.fields) {
                cells.add(SourceCell.of(FormulaGuard.restore(f)));
            }
            rows.add(new TableShape.RawRow(r.line, cells, afterBlank));
            afterBlank = false;
        }
        List<SourceBlock> blocks = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        TableShape.shape(source, rows, Set.of(), false, blocks, warnings);
        return new SourceDocument(source, blocks, warnings);
    }

    /**
     * Finds the encoding and delimiter the reader would use for these bytes.
     *
     * @param bytes the bytes
     * @param source the source's name, for messages
     * @return the dialect
     * @throws ImportException if the bytes are not text in the encoding
     */
    public Dialect dialect(byte[] bytes, String source) {
        Decoded decoded = decode(bytes, source);
        return new Dialect(
                decoded.charset, decoded.bom, options.delimiter().orElseGet(() -> detectDelimiter(decoded.text)));
    }

    private static final class Decoded {
        final String text;
        final Charset charset;
        final boolean bom;

        Decoded(String text, Charset charset, boolean bom) {
            this.text = text;
            this.charset = charset;
            this.bom = bom;
        }
    }

    private Decoded decode(byte[] bytes, String source) {
        Charset bomCharset = null;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomCharset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bomCharset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bomCharset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        Optional<Charset> given = options.charset();
        if (given.isPresent()) {
            Charset charset = given.get();
            int from = bomCharset != null && bomCharset.equals(charset) ? skip : 0;
            if (from == 0 && bomCharset == null) {
                refuseBinary(bytes, source);
            }
            return new Decoded(strict(bytes, from, charset, source, true), charset, from > 0);
        }
        if (bomCharset != null) {
            return new Decoded(strict(bytes, skip, bomCharset, source, true), bomCharset, true);
        }
        refuseBinary(bytes, source);
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8, source, false);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        Charset cp1251 = Charset.forName("windows-1251");
        return new Decoded(strict(bytes, 0, cp1251, source, true), cp1251, false);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseBinary(byte[] bytes, String source) {
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            throw new ImportException(source
                    + ": the file is a zip archive, not CSV text; an Excel .xlsx or Word .docx? read it as xlsx or"
                    + " docx");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportException(source
                    + ": the file is an old binary Office document (.xls or .doc), not CSV text; save it as .xlsx,"
                    + " .docx or .csv");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(source + ":" + lineAt(bytes, i)
                        + ": a NUL byte: the file is not CSV text (or UTF-16 without a byte order mark; give the"
                        + " encoding)");
            }
        }
    }

    /** Decodes strictly; on failure throws with the line of the bad bytes, or returns null if {@code fail} is off. */
    private static String strict(byte[] bytes, int from, Charset charset, String source, boolean fail) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out =
                CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            if (!fail) {
                return null;
            }
            int at = in.position();
            throw new ImportException(source + ":" + lineAt(bytes, at) + ": byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at offset " + at + " is not "
                    + charset.name() + " text; give the file's encoding (UTF-8 or windows-1251)");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * Picks the delimiter that splits the first records into the same number of cells (two or more) most often; on a
     * tie, the one that splits into more cells; on a tie again, the first of {@code ;}, tab, {@code ,}.
     *
     * @param text the text
     * @return the delimiter; {@code ;} when none splits anything
     */
    static char detectDelimiter(String text) {
        char best = DELIMITERS[0];
        int bestRows = 0;
        int bestCells = 0;
        for (char d : DELIMITERS) {
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (Record r : parseLeniently(text, d, SAMPLE_RECORDS)) {
                if (r.fields.size() >= 2) {
                    counts.merge(r.fields.size(), 1, Integer::sum);
                }
            }
            int rows = 0;
            int cells = 0;
            for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > rows || (e.getValue() == rows && e.getKey() > cells)) {
                    rows = e.getValue();
                    cells = e.getKey();
                }
            }
            if (rows > bestRows || (rows == bestRows && cells > bestCells)) {
                best = d;
                bestRows = rows;
                bestCells = cells;
            }
        }
        return best;
    }

    /** One record: the line it starts on and its fields. */
    static final class Record {
        final int line;
        final List<String> fields;

        Record(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }
    }

    static List<Record> parse(String text, char delimiter, String source, ReadLimits limits) {
        return new Parser(text, delimiter, source, limits, Integer.MAX_VALUE).records();
    }

    private static List<Record> parseLeniently(String text, char delimiter, int max) {
        return new Parser(text, delimiter, null, null, max).records();
    }

    /** An RFC 4180 state machine with Excel's leniency; strict (throws) when it has a source. */
    private static final class Parser {
        private final String text;
        private final char delimiter;
        private final String source;
        private final ReadLimits limits;
        private final int max;
        private int pos;
        private int line = 1;

        Parser(String text, char delimiter, String source, ReadLimits limits, int max) {
            this.text = text;
            this.delimiter = delimiter;
            this.source = source;
            this.limits = limits;
            this.max = max;
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            long cells = 0;
            int n = text.length();
            while (pos < n && records.size() < max) {
                int start = line;
                List<String> fields = new ArrayList<>();
                while (true) {
                    fields.add(field());
                    if (pos < n && text.charAt(pos) == delimiter) {
                        pos++;
                        continue;
                    }
                    endOfLine();
                    break;
                }
                records.add(new Record(start, fields));
                if (limits != null) {
                    cells += fields.size();
                    if (records.size() > limits.maxRows()) {
                        throw new ImportException(source + ":" + start + ": more than " + limits.maxRows()
                                + " rows; a roadmap table is far smaller (raise the limit if this one is real)");
                    }
                    if (cells > limits.maxCells()) {
                        throw new ImportException(source + ":" + start + ": more than " + limits.maxCells()
                                + " cells; a roadmap table is far smaller (raise the limit if this one is real)");
                    }
                }
            }
            return records;
        }

        private String field() {
            int n = text.length();
            StringBuilder sb = new StringBuilder();
            if (pos < n && text.charAt(pos) == '"') {
                int opened = line;
                pos++;
                while (true) {
                    if (pos >= n) {
                        if (source != null) {
                            throw new ImportException(source + ":" + opened
                                    + ": a quoted cell opened on this line never closes; expected a closing \" before"
                                    + " the end of the file (a quote inside a quoted cell is written \"\")");
                        }
                        return sb.toString();
                    }
                    char c = text.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                            sb.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        endOfLine();
                        sb.append('\n');
                        continue;
                    }
                    sb.append(c);
                    pos++;
                }
            }
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == delimiter || c == '\r' || c == '\n') {
                    break;
                }
                sb.append(c);
                pos++;
            }
            return sb.toString();
        }

        /** Consumes one line break (CRLF, LF or CR), if there is one. */
        private void endOfLine() {
            int n = text.length();
            if (pos < n && text.charAt(pos) == '\r') {
                pos++;
                if (pos < n && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
            } else if (pos < n && text.charAt(pos) == '\n') {
                pos++;
                line++;
            }
        }
    }
}
