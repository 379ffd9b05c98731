package io.github.eduroadmap.imports.internal.table;

import io.github.eduroadmap.imports.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an .xlsx or .docx once, counting, before Apache POI opens it: a zip bomb (a few kilobytes that unpack to
 * gigabytes) or an archive of a million parts is refused with a clear message instead of exhausting memory.
 *
 * <p>The bytes are counted as they inflate, not taken from the headers, which may lie. POI's own guards
 * ({@code ZipSecureFile}: an inflate ratio of at least 1:100 per part, 10 million characters of text) stay in force;
 * they are process-wide settings, so this library does not change them.
 */
public final class ZipGuard {

    private ZipGuard() {}

    /** The kinds of Office document the import reads, each known by its main part. */
    public enum Kind {
        /** A Word document. */
        DOCX("a Word .docx document", "word/document.xml"),
        /** An Excel workbook. */
        XLSX("an Excel .xlsx workbook", "xl/workbook.xml");

        private final String description;
        private final String mainPart;

        Kind(String description, String mainPart) {
            this.description = description;
            this.mainPart = mainPart;
        }

        /**
         * Returns what a file of this kind is, for messages.
         *
         * @return e.g. "an Excel .xlsx workbook"
         */
        public String description() {
            return description;
        }
    }

    /**
     * Checks that an archive is a document of the expected kind within the limits: {@link #check(byte[], String,
     * String, ReadLimits)}, and a Word document given for a workbook or a workbook for a Word document is refused
     * by name.
     *
     * @param bytes the archive
     * @param source the source's name, for messages
     * @param kind what the file should be
     * @param limits the limits
     * @throws ImportException if the bytes are no zip archive, unpack beyond the limits, or are the other kind
     */
    public static void check(byte[] bytes, String source, Kind kind, ReadLimits limits) {
        java.util.Set<String> parts = check(bytes, source, kind.description, limits);
        for (Kind other : Kind.values()) {
            if (other != kind && parts.contains(other.mainPart) && !parts.contains(kind.mainPart)) {
                throw new ImportException(source + ": " + other.description + ", not " + kind.description);
            }
        }
    }

    /**
     * Checks an archive against the limits.
     *
     * @param bytes the archive
     * @param source the source's name, for messages
     * @param kind what the file should be, e.g. "an Excel .xlsx workbook"
     * @param limits the limits
     * @return the names of the archive's parts
     * @throws ImportException if the bytes are no zip archive or unpack beyond the limits
     */
    public static java.util.Set<String> check(byte[] bytes, String source, String kind, ReadLimits limits) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            if (bytes.length >= 4
                    && (bytes[0] & 0xFF) == 0xD0
                    && (bytes[1] & 0xFF) == 0xCF
                    && (bytes[2] & 0xFF) == 0x11
                    && (bytes[3] & 0xFF) == 0xE0) {
                throw new ImportException(source + ": an old binary Office document (.xls or .doc, or an encrypted"
                        + " file), not " + kind + "; save it as .xlsx or .docx");
            }
            throw new ImportException(source + ": not " + kind + " (not a zip archive at all)");
        }
        long total = 0;
        int entries = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        byte[] buffer = new byte[16384];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new ImportException(source + ": more than " + limits.maxEntries()
                            + " parts in the archive; not " + kind + " a person made");
                }
                names.add(entry.getName());
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        throw new ImportException(source + ": unpacks to more than " + limits.maxUnpackedBytes()
                                + " bytes (at part " + entry.getName() + "); a zip bomb, or far larger than a"
                                + " roadmap table (raise the limit if this one is real)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: java.util.zip's answer to a part name that is no UTF-8
            throw new ImportException(source + ": a broken zip archive, not " + kind + ": " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new ImportException(source + ": an empty zip archive, not " + kind);
        }
        if (!names.contains("[Content_Types].xml")) {
            throw new ImportException(source + ": a zip archive without the parts of an Office document, not " + kind);
        }
        return names;
    }

    /**
     * Says in one line what went wrong inside Apache POI: the first line of its message, or for its zip bomb guard
     * what the guard found.
     *
     * @param e what POI threw
     * @return one line
     */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return "a part unpacks to more than 100 times its packed size, as a zip bomb does; refused";
            }
        }
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        m = m.strip();
        int line = m.indexOf('\n');
        return line < 0 ? m : m.substring(0, line).strip();
    }
}
