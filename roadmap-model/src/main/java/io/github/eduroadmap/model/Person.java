package io.github.eduroadmap.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A person named in a roadmap: a signatory, a school head, a coordinator.
 *
 * <p>The name is kept as printed, in the grammatical case of the document ("Жерноклёвой Валентине Ивановне").
 *
 * @param name the name as printed
 * @param position the position as printed, e.g. "Заместитель министра образования Приморского края"
 */
public record Person(@NotBlank String name, Optional<String> position) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }

    /**
     * Returns a person with a position.
     *
     * @param name the name
     * @param position the position
     * @return the person
     */
    public static Person of(String name, String position) {
        return new Person(name, Optional.of(position));
    }

    /**
     * Returns a person without a position.
     *
     * @param name the name
     * @return the person
     */
    public static Person named(String name) {
        return new Person(name, Optional.empty());
    }
}
