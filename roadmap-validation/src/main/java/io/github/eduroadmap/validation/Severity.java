package io.github.eduroadmap.validation;

/** How bad a violation is. */
public enum Severity {
    /** The roadmap is wrong: a report that {@link ValidationReport#isValid() is valid} has none. */
    ERROR,
    /** Probably wrong, or wrong in a way that does not make the roadmap unusable. */
    WARNING,
    /** Worth knowing; not a defect by itself. */
    INFO;

    /**
     * Tells whether this severity is at least as bad as another.
     *
     * @param other the other severity
     * @return true when this is {@code other} or worse
     */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
