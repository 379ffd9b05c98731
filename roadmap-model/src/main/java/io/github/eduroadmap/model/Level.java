package io.github.eduroadmap.model;

/** The level of government or organisation a roadmap belongs to. */
public enum Level {
    /** A federal roadmap. */
    FEDERAL,
    /** A roadmap of a region ("субъект РФ"): a ministry of education's plan. */
    REGIONAL,
    /** A roadmap of a municipal district or city: a municipal education authority's plan. */
    MUNICIPAL,
    /** A school's own roadmap. */
    SCHOOL
}
