package io.github.eduroadmap.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The textual formats of roadmap and monitoring documents. */
public enum RoadmapFormat {
    /** JSON (RFC 8259), written pretty-printed with two-space indentation. */
    JSON,
    /** YAML 1.2, one document per file, written in block style. */
    YAML;

    /**
     * Tells the format of a file by its name: {@code .json}, or {@code .yaml} and {@code .yml}.
     *
     * @param path the file
     * @return the format, or empty for any other name
     */
    public static Optional<RoadmapFormat> ofPath(Path path) {
        Path name = path.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (s.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (s.endsWith(".yaml") || s.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
