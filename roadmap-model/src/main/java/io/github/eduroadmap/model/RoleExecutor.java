package io.github.eduroadmap.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * An executor described in words that name no organisation of the glossary: a role ("муниципальный координатор",
 * "Кураторы проекта"), a group ("руководители ШНОР и ШНСУ") or a body ("Органы местного самоуправления,
 * осуществляющие управление в сфере образования").
 *
 * @param text the words it was printed as
 */
public record RoleExecutor(@NotBlank String text) implements Executor {

    /**
     * Checks the text.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public RoleExecutor {
        Objects.requireNonNull(text, "text");
    }
}
