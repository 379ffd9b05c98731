package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.WellOrdered;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A report submitted under a reporting requirement: for which period, by whom, when. */
@Value.Immutable
public abstract class ReportSubmission implements Extensible, WithReportSubmission {

    ReportSubmission() {}

    /**
     * Returns the reporting period: a month for monthly reports, a quarter for quarterly ones.
     *
     * @return the period reported on
     */
    public abstract DateRange period();

    /**
     * Returns who submitted the report: an organisation key or name.
     *
     * @return the reporter
     */
    public abstract String reporter();

    /**
     * Returns the day the report was submitted.
     *
     * @return the date
     */
    public abstract LocalDate submitted();

    /**
     * Returns to whom it was submitted.
     *
     * @return the recipient, if recorded
     */
    public abstract Optional<String> recipient();

    /**
     * Returns a reference to the report itself: an outgoing letter number, a file, a link.
     *
     * @return the reference, if recorded
     */
    public abstract Optional<String> document();

    /**
     * Returns a remark.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @WellOrdered
    private DateRange getPeriod() {
        return period();
    }

    @NotBlank
    private String getReporter() {
        return reporter();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds report submissions. */
    public static final class Builder extends ImmutableReportSubmission.Builder {
        Builder() {}
    }
}
