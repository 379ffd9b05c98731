package io.github.eduroadmap.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a roadmap table can be imported from. */
public enum ImportFormat {
    /**
     * Plain text extracted from a table: tab-separated cells one row per line, one cell per line after a leading
     * tab, or lines without any cell separator (OCR and PDF text).
     */
    TEXT(List.of("txt", "text")),
    /** Comma-, semicolon- or tab-separated values, UTF-8 (with or without BOM) or Windows-1251. */
    CSV(List.of("csv", "tsv")),
    /** An Excel workbook (.xlsx). */
    XLSX(List.of("xlsx")),
    /** A Word document (.docx). */
    DOCX(List.of("docx"));

    private final List<String> extensions;

    ImportFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * Returns the file name extensions of the format, lower case, without the dot.
     *
     * @return e.g. ["csv", "tsv"]
     */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * Finds the format of a file by the extension of its name, in any case.
     *
     * @param fileName a file name such as "primorsky-2022.XLSX"
     * @return the format, or empty when the extension is none of the known ones
     */
    public static Optional<ImportFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.extensions.contains(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
