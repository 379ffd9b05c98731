package io.github.eduroadmap.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reporting duty the roadmap imposes: who reports to whom on what, and when, e.g. municipal authorities report
 * to the ministry "ежемесячно в срок до 10 числа месяца, следующего за отчетным".
 */
@Value.Immutable
public abstract class ReportingRequirement implements Extensible, WithReportingRequirement {

    ReportingRequirement() {}

    /**
     * Returns when reports are due: usually a {@link Deadline.Recurring} with a {@link DueRule}.
     *
     * @return the deadline
     */
    public abstract Deadline deadline();

    /**
     * Returns who reports, as printed or as an organisation key.
     *
     * @return e.g. "МОУО"
     */
    public abstract Optional<String> reporter();

    /**
     * Returns to whom reports go, as printed.
     *
     * @return e.g. "министерство образования Приморского края"
     */
    public abstract Optional<String> recipient();

    /**
     * Returns what is reported, as printed.
     *
     * @return e.g. "информацию о реализации «дорожной карты»"
     */
    public abstract Optional<String> subject();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds reporting requirements. */
    public static final class Builder extends ImmutableReportingRequirement.Builder {
        Builder() {}
    }
}
