package io.github.eduroadmap.model;

import io.github.eduroadmap.model.internal.PersonWords;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who carries out an activity: an {@link OrganisationExecutor organisation} of the roadmap's glossary, a
 * {@link PersonExecutor person}, or a {@link RoleExecutor role or body described in words}.
 *
 * <p>Every executor keeps the words it was printed as in {@link #text()}.
 */
public sealed interface Executor permits OrganisationExecutor, PersonExecutor, RoleExecutor {

    /**
     * Initials before or after a surname: "Н.Е. Байрачный", "Байрачный Н.Е.", "Н. Е. Байрачный". {@link #resolve}
     * reads persons exactly as this pattern matches whole words, without running it.
     */
    Pattern PERSON = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?){1,2}\\s?\\p{Lu}[\\p{Ll}ё-]+|\\p{Lu}[\\p{Ll}ё-]+\\s(?:\\p{Lu}\\.\\s?){1,2}");

    /**
     * Returns the words the executor was printed as.
     *
     * @return the original text
     */
    String text();

    /**
     * Reads one executor's words against a glossary: an organisation when the words are an abbreviation or full
     * name of one of {@code organisations}, a person when they are a surname with initials, a role otherwise.
     *
     * @param words one executor's words, e.g. "МОУО", "Н.Е. Байрачный", "муниципальный координатор"
     * @param organisations the roadmap's glossary of organisations
     * @return the executor, keeping {@code words} as its text
     */
    static Executor resolve(String words, List<Organisation> organisations) {
        Objects.requireNonNull(words, "words");
        String trimmed = words.strip();
        for (Organisation o : organisations) {
            if (o.name().equals(trimmed) || trimmed.equals(o.abbreviation().orElse(null))) {
                return new OrganisationExecutor(o.key(), words);
            }
        }
        // both forms of a person have initials, hence a dot: most executors are passed by at once
        if (trimmed.indexOf('.') >= 0 && PersonWords.matches(trimmed)) {
            return new PersonExecutor(trimmed, java.util.Optional.empty(), words);
        }
        return new RoleExecutor(words);
    }
}
