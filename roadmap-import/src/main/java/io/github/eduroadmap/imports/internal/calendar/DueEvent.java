package io.github.eduroadmap.imports.internal.calendar;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.DueDate;
import java.util.List;
import java.util.Objects;

/**
 * One due date of a roadmap as a calendar event: when, what, and a key that stays the same when the roadmap is
 * exported again.
 *
 * @param key what the event is the due date of, stable across exports: the roadmap's id, the activity (its id, or its
 *     number and title) or reporting requirement, and the nominal due date
 * @param due the due date, before and after the move of Civil Code art. 193
 * @param window the days the work or the reporting period covers
 * @param summary a one-line title
 * @param description the lines of the description
 * @param pointer a JSON Pointer to the activity or reporting requirement in the serialized roadmap
 */
public record DueEvent(
        String key, DueDate due, DateRange window, String summary, List<String> description, String pointer) {

    /**
     * Checks the parts and copies the description.
     *
     * @throws NullPointerException if a part is null
     */
    public DueEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(pointer, "pointer");
        description = List.copyOf(description);
    }
}
