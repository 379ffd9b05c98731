package io.github.eduroadmap.imports.internal.table;

import io.github.eduroadmap.imports.ImportWarning;
import java.util.List;
import java.util.Objects;

/**
 * What a format reader hands the interpreter: the paragraphs and tables of a document in order, each with its source
 * row. Text, CSV, Excel and Word readers all produce this; one interpreter turns it into a roadmap.
 *
 * <p>A reader that changes what it read says so in {@code warnings}: a header row repeated after a page break is kept
 * once ({@code import.repeated-header}), and the interpreter passes these warnings on in its result.
 *
 * @param source the source's name, for warnings
 * @param blocks the paragraphs and tables in document order
 * @param warnings what the reader did to the rows it read, in source order
 */
public record SourceDocument(String source, List<SourceBlock> blocks, List<ImportWarning> warnings) {

    /**
     * Checks the parts and copies the lists.
     *
     * @throws NullPointerException if a part is null
     */
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /**
     * Creates a document without reader warnings.
     *
     * @param source the source's name, for warnings
     * @param blocks the paragraphs and tables in document order
     */
    public SourceDocument(String source, List<SourceBlock> blocks) {
        this(source, blocks, List.of());
    }
}
