package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.Limits;

/**
 * Limits on the input a reader accepts, so that a hostile or broken document fails fast in bounded time and memory.
 *
 * <p>The defaults fit any real roadmap many times over:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>64 MiB (67,108,864 bytes)</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1,048,576 characters, for texts and field names</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64 nested objects and lists</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100 characters</td></tr>
 * </table>
 *
 * <p>YAML anchors and aliases are not a limit: they are refused in every document, since the format never needs them
 * (which also disarms "billion laughs" alias bombs).
 *
 * <pre>{@code
 * RoadmapMapper mapper = RoadmapMapper.json().withLimits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20));
 * }</pre>
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8
 * @param maxStringLength the longest text or field name, in UTF-16 characters
 * @param maxNestingDepth the deepest nesting of objects and lists; the document's own object is depth 1
 * @param maxNumberLength the longest number, in characters as written
 */
public record ReadLimits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxNumberLength) {

    private static final ReadLimits DEFAULTS = new ReadLimits(
            Limits.DEFAULTS.maxDocumentBytes(),
            Limits.DEFAULTS.maxStringLength(),
            Limits.DEFAULTS.maxNestingDepth(),
            Limits.DEFAULTS.maxNumberLength());

    /**
     * Checks the limits.
     *
     * @param maxDocumentBytes the largest document, in bytes of UTF-8
     * @param maxStringLength the longest text or field name, in UTF-16 characters
     * @param maxNestingDepth the deepest nesting of objects and lists
     * @param maxNumberLength the longest number, in characters as written
     *
     * @throws IllegalArgumentException if a limit is not positive, the document limit exceeds 2 GiB - 1, or the
     *     nesting limit is below 8 (the format itself nests that deep)
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(
                    "maxDocumentBytes is 1 to " + (Integer.MAX_VALUE - 16) + ", got " + maxDocumentBytes);
        }
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("maxStringLength is positive, got " + maxStringLength);
        }
        if (maxNestingDepth < 8 || maxNestingDepth > 10_000) {
            throw new IllegalArgumentException("maxNestingDepth is 8 to 10000, got " + maxNestingDepth);
        }
        if (maxNumberLength < 1) {
            throw new IllegalArgumentException("maxNumberLength is positive, got " + maxNumberLength);
        }
    }

    /**
     * Returns the default limits.
     *
     * @return 64 MiB documents, texts of 1 Mi characters, nesting 64 deep, numbers of 100 characters
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    Limits toLimits() {
        return new Limits(maxDocumentBytes, maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * Returns these limits with another document size limit.
     *
     * @param bytes the largest document in bytes
     * @return the new limits
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * Returns these limits with another text length limit.
     *
     * @param chars the longest text or field name in characters
     * @return the new limits
     */
    public ReadLimits withMaxStringLength(int chars) {
        return new ReadLimits(maxDocumentBytes, chars, maxNestingDepth, maxNumberLength);
    }

    /**
     * Returns these limits with another nesting limit.
     *
     * @param depth the deepest nesting of objects and lists
     * @return the new limits
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, maxStringLength, depth, maxNumberLength);
    }

    /**
     * Returns these limits with another number length limit.
     *
     * @param chars the longest number in characters
     * @return the new limits
     */
    public ReadLimits withMaxNumberLength(int chars) {
        return new ReadLimits(maxDocumentBytes, maxStringLength, maxNestingDepth, chars);
    }
}
