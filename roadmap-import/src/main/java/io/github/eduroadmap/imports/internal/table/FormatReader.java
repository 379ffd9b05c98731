package io.github.eduroadmap.imports.internal.table;

import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.ImportOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the bytes of one file format into a {@link SourceDocument}: the paragraphs and tables of the document in
 * order, every block and row with its 1-based source row. A reader understands the format only (cells, merges,
 * line breaks inside cells, encodings, delimiters); what the cells mean is the interpreter's work.
 *
 * <p>Implementations are stateless and thread-safe. The text reader ({@code internal.text.TextReader}) is one; the
 * CSV, XLSX and DOCX readers are the others. {@code RoadmapImporter} picks one by {@link ImportOptions#format()} or
 * by the file's extension.
 *
 * <p>What a reader must keep: every non-blank cell's text (line breaks inside a cell as {@code \n}), horizontal
 * spans ({@link SourceCell#span()}), vertical merges ({@link SourceCell#mergedFromAbove()}), paragraphs outside
 * tables as {@link SourceBlock.Paragraph}. What it may drop: formatting, and converters' extraction markers that are
 * no printed content. What it was unsure of goes to {@link SourceDocument#notes()}.
 */
public interface FormatReader {

    /**
     * Reads a document.
     *
     * @param in the bytes; read to the end, not closed
     * @param source the source's name for warnings and messages, e.g. the file name
     * @param options the caller's options: encoding and delimiter where the format has them
     * @return the document
     * @throws IOException if the stream cannot be read
     * @throws ImportException if the bytes are not a document of this format, with a message naming {@code source}
     */
    SourceDocument read(InputStream in, String source, ImportOptions options) throws IOException;
}
