package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.RoleExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Executors of an activity: organisations of the glossary by key (printed as the key, the name, or other words),
 * roles, named people, and now and then a role whose words are an organisation's key.
 */
public final class ExecutorGen {

    private ExecutorGen() {}

    /**
     * Returns {@code n} executors with distinct words.
     *
     * @param rng the source
     * @param scene the scene
     * @param n how many, at least one
     * @return the executors
     */
    public static List<Executor> executors(Rng rng, Scene scene, int n) {
        List<Executor> result = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; result.size() < n; attempt++) {
            Executor e = executor(rng, scene);
            if (seen.add(e.text()) || attempt > 4 * n) {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * Returns one executor.
     *
     * @param rng the source
     * @param scene the scene
     * @return the executor
     */
    public static Executor executor(Rng rng, Scene scene) {
        boolean glossary = !scene.organisations().isEmpty();
        switch (rng.weighted(glossary ? 55 : 0, 32, 9, glossary ? 4 : 0)) {
            case 0:
                return organisation(rng, rng.pick(scene.organisations()));
            case 1:
                return new RoleExecutor(scene.text(rng, rng.pick(Vocabulary.ROLES)));
            case 2:
                return person(rng);
            default:
                return new RoleExecutor(rng.pick(scene.organisations()).key());
        }
    }

    private static Executor organisation(Rng rng, Vocabulary.Org org) {
        switch (rng.weighted(70, 10, 10, 10)) {
            case 0:
                return OrganisationExecutor.of(org.key());
            case 1:
                return new OrganisationExecutor(org.key(), org.name());
            case 2:
                return new OrganisationExecutor(
                        org.key(),
                        org.abbreviation() == null
                                ? org.name() + "\n(по согласованию)"
                                : org.name() + " " + rng.pick("(далее - ", "(далее – ", "(далее — ")
                                        + org.abbreviation() + ")");
            default:
                return new OrganisationExecutor(
                        org.key(),
                        org.key() + rng.pick(" (г. Владивосток)", " совместно с ДВФУ", ",", " (по согласованию)"));
        }
    }

    private static Executor person(Rng rng) {
        String name = rng.pick(Vocabulary.PEOPLE);
        if (rng.chance(0.5)) {
            return new PersonExecutor(name, Optional.empty(), name);
        }
        String position = rng.pick(Vocabulary.POSITIONS);
        return new PersonExecutor(name, Optional.of(position), rng.chance(0.5) ? name : position + " " + name);
    }
}
