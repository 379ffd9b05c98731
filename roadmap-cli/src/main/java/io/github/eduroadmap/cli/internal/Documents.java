package io.github.eduroadmap.cli.internal;

import io.github.eduroadmap.io.Document;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.io.RoadmapReadException;
import io.github.eduroadmap.io.RoadmapWriteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads and writes documents for the commands, turning every failure into one clear line on the error stream. */
public final class Documents {

    private Documents() {}

    /**
     * The outcome of reading: a value, or a failure already reported.
     *
     * @param <T> the type of value
     * @param value the value, or null when reading failed
     */
    public record Result<T>(T value) {
        /**
         * Tells whether reading failed.
         *
         * @return true when there is no value
         */
        public boolean failed() {
            return value == null;
        }
    }

    /**
     * Tells whether a file's extension names a format the mapper reads and writes.
     *
     * @param path the file
     * @return true for .json, .yaml and .yml
     */
    public static boolean isSupported(Path path) {
        String name =
                path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Reads a roadmap or monitoring document; on failure writes one line to {@code err}.
     *
     * @param file the file
     * @param lenient whether unknown fields are kept instead of refused
     * @param err where failures are reported
     * @return the document, or a failed result
     */
    public static Result<Document> read(Path file, boolean lenient, PrintWriter err) {
        return read(file, lenient, err, mapper -> mapper.readDocument(file));
    }

    /**
     * Checks that a file holds a roadmap or monitoring document, without interpreting its words or keeping it (see
     * {@link RoadmapMapper#check(Path)}); on failure writes one line to {@code err}, as {@link #read} does.
     *
     * @param file the file
     * @param lenient whether unknown fields are kept instead of refused
     * @param err where failures are reported
     * @return the document's {@code schema}, or a failed result
     */
    public static Result<String> check(Path file, boolean lenient, PrintWriter err) {
        return read(file, lenient, err, mapper -> mapper.check(file));
    }

    private static <T> Result<T> read(
            Path file, boolean lenient, PrintWriter err, java.util.function.Function<RoadmapMapper, T> reading) {
        if (!isSupported(file)) {
            err.println("roadmap: cannot tell the format of " + file + "; expected .json, .yaml or .yml");
            return new Result<>(null);
        }
        if (!Files.isRegularFile(file)) {
            err.println("roadmap: " + file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
            return new Result<>(null);
        }
        try {
            RoadmapMapper mapper = RoadmapMapper.forPath(file);
            if (lenient) {
                mapper = mapper.lenient();
            }
            return new Result<>(reading.apply(mapper));
        } catch (RoadmapReadException e) {
            err.println("roadmap: " + e.getMessage());
            return new Result<>(null);
        } catch (UncheckedIOException e) {
            err.println("roadmap: cannot read " + file + ": " + describe(e.getCause()));
            return new Result<>(null);
        }
    }

    /**
     * Writes a document in the format its file's extension names; on failure writes one line to {@code err}.
     *
     * @param document the document
     * @param file the file
     * @param err where failures are reported
     * @return true when written
     */
    public static boolean write(Document document, Path file, PrintWriter err) {
        try {
            RoadmapMapper.forPath(file).write(document, file);
            return true;
        } catch (RoadmapWriteException e) {
            err.println("roadmap: " + e.getMessage());
            return false;
        } catch (UncheckedIOException e) {
            err.println("roadmap: cannot write " + file + ": " + describe(e.getCause()));
            return false;
        }
    }

    /**
     * Describes an I/O failure in a few words: what the operating system said, without the stack trace.
     *
     * @param e the failure
     * @return e.g. "permission denied" or "no such directory"
     */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
