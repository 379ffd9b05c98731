/** Roadmap tables in (text, CSV, Excel, Word) and out (CSV, Excel, Word, Markdown, iCalendar). */
module io.github.eduroadmap.imports {
    requires transitive io.github.eduroadmap.model;

    exports io.github.eduroadmap.imports;
}
