package io.github.eduroadmap.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a roadmap table can be exported to. */
public enum ExportFormat {
    /** Semicolon-separated values for Excel: UTF-8 with a byte order mark, or Windows-1251. */
    CSV(List.of("csv")),
    /** An Excel workbook (.xlsx). */
    XLSX(List.of("xlsx")),
    /** A Word document (.docx). */
    DOCX(List.of("docx")),
    /** A GitHub-flavoured Markdown table, for reading only. */
    MARKDOWN(List.of("md", "markdown"));

    private final List<String> extensions;

    ExportFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * Returns the file name extensions of the format, lower case, without the dot.
     *
     * @return e.g. ["md", "markdown"]
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
    public static Optional<ExportFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extensions.contains(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
