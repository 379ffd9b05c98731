package io.github.eduroadmap.imports.internal.csv;

import io.github.eduroadmap.imports.ExportException;
import io.github.eduroadmap.imports.internal.table.FormulaGuard;
import io.github.eduroadmap.imports.internal.table.Layout;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link SourceDocument} as CSV that Excel opens as it is and {@link CsvReader} reads back.
 *
 * <p>Paragraphs before the table are rows of one cell; the table follows; paragraphs after it follow an empty row.
 * Records end with CRLF, line breaks inside a cell are LF inside double quotes. CSV has no merged cells: a cell
 * spanning columns is its text followed by empty cells, a cell merged from above is empty. Cells a spreadsheet would
 * take for a formula are {@link FormulaGuard neutralised} with an apostrophe.
 */
public final class CsvWriter {

    /**
     * The dialect to write.
     *
     * @param charset the encoding
     * @param byteOrderMark whether to begin with a byte order mark (UTF-8 only; Excel needs it to see UTF-8)
     * @param delimiter the delimiter
     */
    public record Options(Charset charset, boolean byteOrderMark, char delimiter) {
        /** UTF-8 with a byte order mark and {@code ;}: Excel in any language opens it, Russian Excel in columns. */
        public static final Options UTF8 = new Options(StandardCharsets.UTF_8, true, ';');

        /** Windows-1251 with {@code ;}: what Russian Excel itself writes as "CSV (разделители - точки с запятой)". */
        public static final Options WINDOWS_1251 = new Options(Charset.forName("windows-1251"), false, ';');

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if the charset is null
         * @throws IllegalArgumentException if the delimiter is a quote or line break, or a byte order mark is asked
         *     for an encoding other than UTF-8
         */
        public Options {
            Objects.requireNonNull(charset, "charset");
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
                throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line break");
            }
            if (byteOrderMark && !charset.equals(StandardCharsets.UTF_8)) {
                throw new IllegalArgumentException("a byte order mark is written for UTF-8 only");
            }
        }
    }

    private final Options options;

    /**
     * Creates a writer.
     *
     * @param options the dialect
     */
    public CsvWriter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes a document.
     *
     * @param document the document
     * @param out where to write; not closed
     * @throws ExportException if a character has no byte in the encoding
     * @throws UncheckedIOException if writing fails
     */
    public void write(SourceDocument document, OutputStream out) {
        List<List<String>> records = new ArrayList<>();
        boolean afterGrid = false;
        for (SourceBlock block : document.blocks()) {
            if (block instanceof SourceBlock.Paragraph p) {
                if (afterGrid) {
                    records.add(List.of());
                    afterGrid = false;
                }
                records.add(List.of(p.text()));
            } else if (block instanceof SourceBlock.Grid g) {
                if (afterGrid) {
                    records.add(List.of());
                }
                int width = Layout.width(g);
                for (SourceBlock.Row row : g.rows()) {
                    List<String> fields = new ArrayList<>(width);
                    for (SourceCell c : row.cells()) {
                        fields.add(c.text());
                        for (int i = 1; i < c.span(); i++) {
                            fields.add("");
                        }
                    }
                    while (fields.size() < width) {
                        fields.add("");
                    }
                    records.add(fields);
                }
                afterGrid = true;
            }
        }
        CharsetEncoder encoder = options.charset()
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        int line = 1;
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    text.append(options.delimiter());
                }
                String field = normalise(record.get(i));
                check(encoder, field, line, i + 1, document.source());
                text.append(quote(FormulaGuard.neutralise(field)));
            }
            text.append("\r\n");
            line++;
        }
        try {
            if (options.byteOrderMark()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(text));
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (CharacterCodingException e) {
            throw new ExportException(
                    document.source() + ": cannot encode in "
                            + options.charset().name(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(CharsetEncoder encoder, String field, int record, int column, String source) {
        if (encoder.canEncode(field)) {
            return;
        }
        for (int i = 0; i < field.length(); ) {
            int cp = field.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!encoder.canEncode(ch)) {
                throw new ExportException(source + ": record " + record + ", column " + column + ": the character \""
                        + ch + "\" (U+" + String.format("%04X", cp) + ") has no byte in "
                        + options.charset().name() + "; write UTF-8 instead (it holds every character)");
            }
            i += Character.charCount(cp);
        }
    }

    private static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private String quote(String field) {
        boolean needs = field.indexOf(options.delimiter()) >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
