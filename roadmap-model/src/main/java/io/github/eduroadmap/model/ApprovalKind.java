package io.github.eduroadmap.model;

/** The kind of document that approves or sends a roadmap. */
public enum ApprovalKind {
    /** An order ("приказ"). */
    ORDER,
    /** A letter ("письмо"), often a cover letter sending the roadmap. */
    LETTER,
    /** A decree or resolution ("постановление", "распоряжение"). */
    DECREE,
    /** Minutes of a meeting ("протокол"). */
    MINUTES,
    /** Any other document. */
    OTHER
}
