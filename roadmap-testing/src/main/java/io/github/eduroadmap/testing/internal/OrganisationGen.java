package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Term;
import java.util.ArrayList;
import java.util.List;

/** The glossary of a roadmap: organisations executors refer to by key, and other terms. */
public final class OrganisationGen {

    private OrganisationGen() {}

    /**
     * Chooses the organisations of a glossary: none now and then, usually three to nine, all of distinct keys.
     *
     * @param rng the source
     * @return the chosen entries, in the order the roadmap defines them
     */
    public static List<Vocabulary.Org> choose(Rng rng) {
        int n = rng.chance(0.06) ? 0 : rng.between(2, 9);
        return sample(rng, Vocabulary.ORGANISATIONS, n);
    }

    /**
     * Returns the model's organisation for an entry.
     *
     * @param rng the source
     * @param org the entry
     * @param extensions the extension generator's rate for this document
     * @return the organisation
     */
    public static Organisation organisation(Rng rng, Vocabulary.Org org, double extensions) {
        Organisation.Builder b = Organisation.builder().name(org.name());
        if (org.abbreviation() != null) {
            b.abbreviation(org.abbreviation());
        }
        if (org.kind() != OrganisationKind.OTHER || rng.chance(0.5)) {
            b.kind(org.kind()); // OTHER is the default: set it only now and then
        }
        if (rng.chance(extensions)) {
            b.extensions(ExtensionGen.extensions(rng));
        }
        return b.build();
    }

    /**
     * Chooses the terms a roadmap defines.
     *
     * @param rng the source
     * @return the terms, possibly none
     */
    public static List<Term> terms(Rng rng) {
        List<Term> terms = new ArrayList<>();
        for (Vocabulary.TermEntry t : sample(rng, Vocabulary.TERMS, rng.between(0, 4))) {
            terms.add(new Term(t.abbreviation(), t.meaning()));
        }
        return terms;
    }

    /**
     * Picks the organisation that reports: a municipal authority or local government when the glossary has one.
     *
     * @param rng the source
     * @param organisations the glossary, not empty
     * @return the reporter
     */
    public static Vocabulary.Org reporter(Rng rng, List<Vocabulary.Org> organisations) {
        List<Vocabulary.Org> municipal = new ArrayList<>();
        for (Vocabulary.Org o : organisations) {
            if (o.kind() == OrganisationKind.MUNICIPAL_AUTHORITY || o.kind() == OrganisationKind.LOCAL_GOVERNMENT) {
                municipal.add(o);
            }
        }
        return rng.pick(municipal.isEmpty() ? organisations : municipal);
    }

    /**
     * Returns {@code n} distinct elements in random order (a partial Fisher-Yates shuffle).
     *
     * @param <T> the element type
     * @param rng the source
     * @param values the values
     * @param n how many, at most {@code values.size()}
     * @return the sample
     */
    public static <T> List<T> sample(Rng rng, List<T> values, int n) {
        List<T> copy = new ArrayList<>(values);
        int k = Math.min(n, copy.size());
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return new ArrayList<>(copy.subList(0, k));
    }
}
