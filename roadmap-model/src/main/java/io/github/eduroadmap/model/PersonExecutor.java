package io.github.eduroadmap.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * An executor that is a named person: "Н.Е. Байрачный".
 *
 * @param name the name as printed
 * @param position the position, when printed
 * @param text the words it was printed as
 */
public record PersonExecutor(@NotBlank String name, Optional<String> position, String text) implements Executor {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public PersonExecutor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(text, "text");
    }
}
