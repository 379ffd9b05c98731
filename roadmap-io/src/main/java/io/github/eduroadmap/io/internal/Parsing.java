package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Target;
import java.util.List;
import java.util.Optional;

/**
 * The model's readers of document words, guarded: a reader that throws on some words (a bug in the model) must not
 * break writing, which then falls back to the typed form.
 */
final class Parsing {

    private Parsing() {}

    static Deadline deadlineOrNull(String words) {
        try {
            return Deadline.parse(words);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Optional<Target> targetOrNull(String words) {
        try {
            return Target.parse(words);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Executor executorOrNull(String words, List<Organisation> organisations) {
        try {
            return Executor.resolve(words, organisations);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
