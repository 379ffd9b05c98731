package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.DocumentReader;
import io.github.eduroadmap.model.Roadmap;
import java.util.Objects;

/**
 * A roadmap document ({@code schema: roadmap/1}).
 *
 * @param roadmap the roadmap
 */
public record RoadmapDocument(Roadmap roadmap) implements Document {

    /** The {@code schema} of roadmap documents this version reads and writes. */
    public static final String SCHEMA = DocumentReader.ROADMAP_SCHEMA;

    /**
     * Checks the roadmap.
     *
     * @param roadmap the roadmap
     *
     * @throws NullPointerException if {@code roadmap} is null
     */
    public RoadmapDocument {
        Objects.requireNonNull(roadmap, "roadmap");
    }

    @Override
    public String schema() {
        return SCHEMA;
    }
}
