package io.github.eduroadmap.validation;

/**
 * The document a {@link Violation}'s pointer points into: the roadmap, or the monitoring document checked with it.
 *
 * <p>A pointer is a plain RFC 6901 JSON Pointer into that document as serialized ({@code /sections/1/activities/4}
 * into the roadmap, {@code /reports/4/submitted} into the monitoring document); the document says which.
 */
public enum Document {
    /** The roadmap. */
    ROADMAP,
    /** The monitoring document checked with the roadmap. */
    MONITORING
}
