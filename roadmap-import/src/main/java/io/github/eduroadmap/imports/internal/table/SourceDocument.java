package io.github.eduroadmap.imports.internal.table;

import io.github.eduroadmap.imports.ImportWarning;
import java.util.List;
import java.util.Objects;

/**
 * What a format reader hands the interpreter: the paragraphs and tables of a document in order, each with its source
 * row. Text, CSV, Excel and Word readers all produce this; one interpreter turns it into a roadmap.
 *
 * @param source the source's name, for warnings
 * @param blocks the paragraphs and tables in document order
 * @param notes what the reader itself was unsure of (cells it joined over a page break, a repeated header it
 *     skipped), passed on to the import result in source order with the interpreter's own warnings
 */
public record SourceDocument(String source, List<SourceBlock> blocks, List<ImportWarning> notes) {

    /**
     * Checks the parts and copies the lists.
     *
     * @throws NullPointerException if a part is null
     */
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /**
     * Creates a document without reader notes.
     *
     * @param source the source's name
     * @param blocks the paragraphs and tables in document order
     */
    public SourceDocument(String source, List<SourceBlock> blocks) {
        this(source, blocks, List.of());
    }
}
