package io.github.eduroadmap.io;

/**
 * A document of either kind, as told by its {@code schema} field: a {@link RoadmapDocument roadmap} or a
 * {@link MonitoringDocument monitoring document}.
 *
 * <pre>{@code
 * Document d = RoadmapMapper.forPath(path).readDocument(path);
 * if (d instanceof RoadmapDocument r) {
 *     validate(r.roadmap());
 * } else if (d instanceof MonitoringDocument m) {
 *     track(m.monitoring());
 * }
 * }</pre>
 */
public sealed interface Document permits RoadmapDocument, MonitoringDocument {

    /**
     * Returns the {@code schema} the document is written with.
     *
     * @return {@code roadmap/1} or {@code monitoring/1}
     */
    String schema();
}
