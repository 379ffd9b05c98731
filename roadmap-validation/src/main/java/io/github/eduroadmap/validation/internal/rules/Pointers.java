package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Pointer;

/**
 * Pointers the rules report at, made when a violation needs them: the lists of the documents are shared, so that a
 * pointer below one of them is one small object and its text one concatenation.
 */
final class Pointers {

    /** {@code /reporting} in the roadmap. */
    static final Pointer REPORTING = Pointer.root().add("reporting");

    /** {@code /progress} in the monitoring document. */
    static final Pointer PROGRESS = Pointer.root().add("progress");

    /** {@code /measurements} in the monitoring document. */
    static final Pointer MEASUREMENTS = Pointer.root().add("measurements");

    static {
        // their texts made now, for the texts of the pointers below them
        REPORTING.toString();
        PROGRESS.toString();
        MEASUREMENTS.toString();
    }

    private Pointers() {}

    /**
     * Returns the pointer to the deadline of an activity or of a reporting requirement.
     *
     * @param section the activity's section, or -1 for a reporting requirement
     * @param index the activity's index in its section, or the reporting requirement's index
     * @return {@code /sections/<section>/activities/<index>/deadline} or {@code /reporting/<index>/deadline}
     */
    static Pointer deadline(int section, int index) {
        return (section < 0 ? REPORTING.add(index) : Pointer.activity(section, index)).add("deadline");
    }

    /**
     * Returns the text of the pointer to an activity, for a message that names it.
     *
     * @param section the section's index
     * @param activity the activity's index in the section
     * @return {@code /sections/<section>/activities/<activity>}
     */
    static String activityText(int section, int activity) {
        return Pointer.activity(section, activity).toString();
    }
}
