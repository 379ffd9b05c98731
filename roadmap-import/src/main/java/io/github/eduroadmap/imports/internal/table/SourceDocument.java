package io.github.eduroadmap.imports.internal.table;

import java.util.List;
import java.util.Objects;

/**
 * What a format reader hands the interpreter: the paragraphs and tables of a document in order, each with its source
 * row. Text, CSV, Excel and Word readers all produce this; one interpreter turns it into a roadmap.
 *
 * @param source the source's name, for warnings
 * @param blocks the paragraphs and tables in document order
 */
public record SourceDocument(String source, List<SourceBlock> blocks) {

    /**
     * Checks the parts and copies the blocks.
     *
     * @throws NullPointerException if a part is null
     */
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        blocks = List.copyOf(blocks);
    }
}
