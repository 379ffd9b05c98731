package io.github.eduroadmap.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant of the programme the roadmap names: a school with its head, a curator, a coordinator.
 *
 * <pre>{@code
 * Participant.builder()
 *     .kind(ParticipantKind.SCHOOL)
 *     .name("МОАУ «Калининская СОШ»")
 *     .head(Person.named("Жерноклёвой Валентине Ивановне"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Participant implements Extensible, WithParticipant {

    Participant() {}

    /**
     * Returns the part this participant plays.
     *
     * @return the kind
     */
    public abstract ParticipantKind kind();

    /**
     * Returns the name as printed: a school's name, or a person's name in the document's grammatical case.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the head of a participant school.
     *
     * @return the head, if named
     */
    public abstract Optional<Person> head();

    /**
     * Returns the position of a participant person, as printed.
     *
     * @return the position, if printed
     */
    public abstract Optional<String> position();

    /**
     * Returns the organisation a participant person belongs to or serves, as printed.
     *
     * @return the organisation, if printed
     */
    public abstract Optional<String> organisation();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @NotBlank
    private String getName() {
        return name();
    }

    private Optional<@Valid Person> getHead() {
        return head();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds participants. */
    public static final class Builder extends ImmutableParticipant.Builder {
        Builder() {}
    }
}
