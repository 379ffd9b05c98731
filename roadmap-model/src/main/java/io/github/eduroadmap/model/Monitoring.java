package io.github.eduroadmap.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A monitoring document: what happened under a roadmap, which it names by {@link RoadmapId id}: the reports
 * submitted, the indicators measured and where each activity stands.
 *
 * <pre>{@code
 * Monitoring m = Monitoring.builder()
 *     .roadmap(RoadmapId.of("primorsky-2021-low-results"))
 *     .addReports(ReportSubmission.builder()
 *         .period(DateRange.ofMonth(YearMonth.of(2021, 3)))
 *         .reporter("Управление образованием администрации Надеждинского муниципального района")
 *         .submitted(LocalDate.of(2021, 4, 12))
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Monitoring implements Extensible, WithMonitoring {

    Monitoring() {}

    /**
     * Returns the roadmap this document monitors.
     *
     * @return the roadmap's id
     */
    public abstract RoadmapId roadmap();

    /**
     * Returns the title of the monitoring document.
     *
     * @return the title, if any
     */
    public abstract Optional<String> title();

    /**
     * Returns the date the document describes the state as of.
     *
     * @return the date, if stated
     */
    public abstract Optional<LocalDate> asOf();

    /**
     * Returns the report submissions, in order.
     *
     * @return the reports
     */
    public abstract List<ReportSubmission> reports();

    /**
     * Returns the indicator measurements, in order.
     *
     * @return the measurements
     */
    public abstract List<IndicatorMeasurement> measurements();

    /**
     * Returns where activities stand, in order.
     *
     * @return the progress records
     */
    public abstract List<ActivityProgress> progress();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    private List<@Valid ReportSubmission> getReports() {
        return reports();
    }

    private List<@Valid IndicatorMeasurement> getMeasurements() {
        return measurements();
    }

    private List<@Valid ActivityProgress> getProgress() {
        return progress();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds monitoring documents. */
    public static final class Builder extends ImmutableMonitoring.Builder {
        Builder() {}
    }
}
