/** Roadmap tables in (text, CSV, Excel, Word) and out (CSV, Excel, Word, Markdown, iCalendar). */
module io.github.eduroadmap.imports {
    requires transitive io.github.eduroadmap.model;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires ical4j.core;

    exports io.github.eduroadmap.imports;
}
