package io.github.eduroadmap.imports;

import io.github.eduroadmap.model.Roadmap;
import java.util.List;
import java.util.Objects;

/**
 * A roadmap read from a table, with the warnings of every row the importer was not sure about. Every row of the
 * source lands somewhere in the roadmap: what could not be understood is kept as text (an activity's or section's
 * notes, or the roadmap's) and named in a warning.
 *
 * @param roadmap the roadmap
 * @param warnings the warnings, in source order
 */
public record ImportResult(Roadmap roadmap, List<ImportWarning> warnings) {

    /**
     * Checks the parts and copies the warnings.
     *
     * @throws NullPointerException if a part is null
     */
    public ImportResult {
        Objects.requireNonNull(roadmap, "roadmap");
        warnings = List.copyOf(warnings);
    }
}
