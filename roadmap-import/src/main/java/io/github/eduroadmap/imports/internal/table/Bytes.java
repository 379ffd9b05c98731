package io.github.eduroadmap.imports.internal.table;

import io.github.eduroadmap.imports.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Reads a whole input within a size limit. */
public final class Bytes {

    private Bytes() {}

    /**
     * Reads every byte of {@code in}, refusing more than the limit.
     *
     * @param in the input; not closed
     * @param source the source's name, for the message
     * @param limits the limits
     * @return the bytes
     * @throws ImportException if the input is larger than {@link ReadLimits#maxBytes()}
     * @throws UncheckedIOException if reading fails
     */
    public static byte[] readAll(InputStream in, String source, ReadLimits limits) {
        byte[] buffer = new byte[8192];
        int size = 0;
        try {
            while (true) {
                if (size == buffer.length) {
                    if (size > limits.maxBytes()) {
                        throw tooLarge(source, limits);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) size * 2, limits.maxBytes() + 1));
                }
                int n = in.read(buffer, size, buffer.length - size);
                if (n < 0) {
                    break;
                }
                size += n;
                if (size > limits.maxBytes()) {
                    throw tooLarge(source, limits);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
        return Arrays.copyOf(buffer, size);
    }

    private static ImportException tooLarge(String source, ReadLimits limits) {
        return new ImportException(source + ": the file is larger than " + limits.maxBytes()
                + " bytes; a roadmap table is far smaller (raise the limit if this one is real)");
    }
}
