package io.github.eduroadmap.model;

/** Where an activity stands. */
public enum ActivityStatus {
    /** Not started. */
    PLANNED,
    /** Under way. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** Cancelled; not to be done. */
    CANCELLED
}
