package io.github.eduroadmap.model;

/** How a deadline without dates is fixed. */
public enum Arrangement {
    /** By a schedule approved elsewhere ("по утвержденному графику"). */
    SCHEDULE,
    /** On request ("по запросу МОУО"). */
    REQUEST,
    /** As the need arises ("по мере необходимости"). */
    AS_NEEDED
}
