package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an activity stands, with the evidence for it.
 *
 * <p>The activity is referred to by its {@link Activity#id() id} or by a JSON Pointer into the serialized roadmap,
 * {@code /sections/1/activities/4}.
 */
@Value.Immutable
public abstract class ActivityProgress implements Extensible, WithActivityProgress {

    ActivityProgress() {}

    /**
     * Returns the activity this record is about.
     *
     * @return an activity id or pointer
     */
    public abstract String activity();

    /**
     * Returns the status.
     *
     * @return planned, in progress, done or cancelled
     */
    public abstract ActivityStatus status();

    /**
     * Returns the day the status was recorded.
     *
     * @return the date, if recorded
     */
    public abstract Optional<LocalDate> asOf();

    /**
     * Returns references to the evidence: documents, links, letter numbers.
     *
     * @return the evidence in order
     */
    public abstract List<String> evidence();

    /**
     * Returns a remark.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @NotBlank
    @OneLine
    private String getActivity() {
        return activity();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds activity progress records. */
    public static final class Builder extends ImmutableActivityProgress.Builder {
        Builder() {}
    }
}
