package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation of a roadmap's glossary, usually defined by "(далее – МОУО)": its abbreviation, full name and
 * kind. Executors refer to it by its {@link #key() key}.
 */
@Value.Immutable
public abstract class Organisation implements Extensible, WithOrganisation {

    Organisation() {}

    /**
     * Returns the abbreviation the document defines, e.g. "МОУО".
     *
     * @return the abbreviation, if any
     */
    public abstract Optional<String> abbreviation();

    /**
     * Returns the full name, as printed.
     *
     * @return the name, e.g. "муниципальные органы управления образованием"
     */
    public abstract String name();

    /**
     * Returns the kind of organisation.
     *
     * @return the kind; {@link OrganisationKind#OTHER} unless set
     */
    @Value.Default
    public OrganisationKind kind() {
        return OrganisationKind.OTHER;
    }

    /**
     * Returns the key executors use for this organisation: its abbreviation, or its name when it has none.
     *
     * @return the key
     */
    public final String key() {
        return abbreviation().orElse(name());
    }

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    private Optional<@OneLine String> getAbbreviation() {
        return abbreviation();
    }

    @NotBlank
    private String getName() {
        return name();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds organisations. */
    public static final class Builder extends ImmutableOrganisation.Builder {
        Builder() {}
    }
}
