package io.github.eduroadmap.imports.internal.interpret;

import java.util.ArrayList;
import java.util.List;

/** A table printed without cell separators (OCR, PDF text): rebuilt from its lines. */
final class LineTable {

    final List<FrontMatter.Para> before = new ArrayList<>();
    final List<FrontMatter.Para> after = new ArrayList<>();
    final List<Raw.Section> sections = new ArrayList<>();
    final List<String> columns = new ArrayList<>();

    private final Warnings warnings;

    LineTable(Warnings warnings) {
        this.warnings = warnings;
    }

    void read(List<FrontMatter.Para> paras) {
        before.addAll(paras);
    }
}
