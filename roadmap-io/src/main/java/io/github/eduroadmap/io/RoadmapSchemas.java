package io.github.eduroadmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the strict format, published with this library.
 *
 * <pre>{@code
 * System.out.println(RoadmapSchemas.roadmap());
 * }</pre>
 *
 * <p>The schemas check the shape of a document: fields, types, enumerated values and the forms of dates, months and
 * periods. The reader checks more (real calendar dates, limits, the fields a deadline {@code type} allows, one kind of
 * executor per object), so a document the schema accepts can still be refused by the reader, never the reverse.
 */
public final class RoadmapSchemas {

    private static final String ROADMAP = "schema/roadmap.schema.json";
    private static final String MONITORING = "schema/monitoring.schema.json";

    private RoadmapSchemas() {}

    /**
     * Returns the schema of roadmap documents ({@code roadmap/1}).
     *
     * @return the JSON Schema text
     */
    public static String roadmap() {
        return text(ROADMAP);
    }

    /**
     * Returns the schema of monitoring documents ({@code monitoring/1}).
     *
     * @return the JSON Schema text
     */
    public static String monitoring() {
        return text(MONITORING);
    }

    /**
     * Returns where the schema of roadmap documents lies in this library.
     *
     * @return the resource
     */
    public static URL roadmapResource() {
        return Objects.requireNonNull(RoadmapSchemas.class.getResource(ROADMAP), ROADMAP);
    }

    /**
     * Returns where the schema of monitoring documents lies in this library.
     *
     * @return the resource
     */
    public static URL monitoringResource() {
        return Objects.requireNonNull(RoadmapSchemas.class.getResource(MONITORING), MONITORING);
    }

    private static String text(String name) {
        try (InputStream in = RoadmapSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
