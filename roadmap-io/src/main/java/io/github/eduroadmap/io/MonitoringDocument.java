package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.DocumentReader;
import io.github.eduroadmap.model.Monitoring;
import java.util.Objects;

/**
 * A monitoring document ({@code schema: monitoring/1}).
 *
 * @param monitoring the monitoring document
 */
public record MonitoringDocument(Monitoring monitoring) implements Document {

    /** The {@code schema} of monitoring documents this version reads and writes. */
    public static final String SCHEMA = DocumentReader.MONITORING_SCHEMA;

    /**
     * Checks the monitoring document.
     *
     * @param monitoring the monitoring document
     *
     * @throws NullPointerException if {@code monitoring} is null
     */
    public MonitoringDocument {
        Objects.requireNonNull(monitoring, "monitoring");
    }

    @Override
    public String schema() {
        return SCHEMA;
    }
}
