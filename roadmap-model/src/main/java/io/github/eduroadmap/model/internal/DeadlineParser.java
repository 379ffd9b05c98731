package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.Deadline;

/** Reads Russian deadline phrases. */
public final class DeadlineParser {

    private DeadlineParser() {}

    /**
     * Reads a phrase; never throws.
     *
     * @param text the words
     * @return the deadline
     */
    public static Deadline parse(String text) {
        return new Deadline.Unparsed(text);
    }
}
