package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/** Source documents built in code for the interpreter's tests: rows written with "|" between cells. */
final class Docs {

    private Docs() {}

    /** A grid of rows numbered from 1, cells separated by " | " in each row. */
    static SourceBlock.Grid grid(int firstRow, String... rows) {
        List<SourceBlock.Row> out = new ArrayList<>();
        int row = firstRow;
        for (String r : rows) {
            List<SourceCell> cells = new ArrayList<>();
            for (String c : r.split("\\|", -1)) {
                cells.add(SourceCell.of(c.strip().replace("\\n", "\n")));
            }
            out.add(new SourceBlock.Row(row++, cells));
        }
        return new SourceBlock.Grid(firstRow, out);
    }

    static SourceBlock.Grid grid(String... rows) {
        return grid(1, rows);
    }

    static SourceDocument doc(SourceBlock... blocks) {
        return new SourceDocument("test.txt", List.of(blocks));
    }

    static ImportResult interpret(SourceBlock... blocks) {
        return new Interpreter().interpret(doc(blocks), ImportOptions.defaults());
    }

    static SourceBlock.Paragraph paragraph(int row, String text) {
        return new SourceBlock.Paragraph(row, text);
    }
}
