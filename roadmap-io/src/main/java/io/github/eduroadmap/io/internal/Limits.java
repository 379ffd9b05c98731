package io.github.eduroadmap.io.internal;

/**
 * The read limits as the codec sees them; the public {@code ReadLimits} documents and checks them.
 *
 * @param maxDocumentBytes the largest document in bytes
 * @param maxStringLength the longest text or field name in characters
 * @param maxNestingDepth the deepest nesting of objects and lists
 * @param maxNumberLength the longest number in characters
 */
public record Limits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxNumberLength) {

    /** The default limits. */
    public static final Limits DEFAULTS = new Limits(64L * 1024 * 1024, 1024 * 1024, 64, 100);
}
