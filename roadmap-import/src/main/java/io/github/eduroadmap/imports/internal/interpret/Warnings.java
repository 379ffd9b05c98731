package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.imports.ImportWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The warnings of one import, collected as the interpreter goes and handed out in source order. */
final class Warnings {

    private final String source;
    private final List<ImportWarning> list = new ArrayList<>();

    Warnings(String source) {
        this.source = source;
    }

    void add(int row, String code, String message) {
        list.add(new ImportWarning(source, row, Optional.empty(), code, message));
    }

    void add(int row, int column, String code, String message) {
        list.add(new ImportWarning(source, row, Optional.of(column), code, message));
    }

    void addAll(List<ImportWarning> warnings) {
        list.addAll(warnings);
    }

    List<ImportWarning> sorted() {
        List<ImportWarning> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(ImportWarning::row));
        return List.copyOf(out);
    }
}
