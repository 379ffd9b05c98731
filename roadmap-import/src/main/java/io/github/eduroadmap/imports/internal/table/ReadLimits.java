package io.github.eduroadmap.imports.internal.table;

/**
 * How much a reader accepts before it gives up with an {@code ImportException}: a guard against zip bombs and huge
 * sheets.
 *
 * @param maxBytes the largest file, in bytes
 * @param maxUnpackedBytes the most bytes the parts of an .xlsx or .docx may unpack to, all together
 * @param maxEntries the most parts an .xlsx or .docx may have
 * @param maxRows the most rows (CSV records, sheet rows, table rows) a document may have
 * @param maxCells the most cells a document may have
 */
public record ReadLimits(long maxBytes, long maxUnpackedBytes, int maxEntries, int maxRows, long maxCells) {

    /** The defaults: 32 MiB files unpacking to 128 MiB in 10,000 parts, 100,000 rows, 2,000,000 cells. */
    public static final ReadLimits DEFAULT = new ReadLimits(32L << 20, 128L << 20, 10_000, 100_000, 2_000_000);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxBytes <= 0 || maxUnpackedBytes <= 0 || maxEntries <= 0 || maxRows <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("read limits are positive");
        }
    }
}
