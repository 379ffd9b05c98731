package io.github.eduroadmap.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * An executor that is an organisation of the roadmap's glossary, referred to by its abbreviation or, when it has
 * none, its full name.
 *
 * @param organisation the {@link Organisation#key() key} of the organisation: "МОУО", "ГАУ ДПО ПК ИРО"
 * @param text the words it was printed as: "МОУО", or "муниципальные органы управления образованием (далее - МОУО)"
 */
public record OrganisationExecutor(@NotBlank String organisation, String text) implements Executor {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public OrganisationExecutor {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns the executor printed as its key.
     *
     * @param organisation the organisation's key
     * @return the executor
     */
    public static OrganisationExecutor of(String organisation) {
        return new OrganisationExecutor(organisation, organisation);
    }
}
