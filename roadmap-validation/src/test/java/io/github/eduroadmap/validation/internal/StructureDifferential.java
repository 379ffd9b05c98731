package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the validator's structure checker with its oracle, Hibernate Validator as the validator ran it before:
 * for a roadmap and its monitoring document, in Russian and English, the two must report the same violations, each
 * the same code, severity, document, pointer, message and arguments (in the same order), as many times.
 */
public final class StructureDifferential {

    /** The languages compared. */
    public static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private static final Map<Locale, HibernateValidatorOracle> ORACLES = new HashMap<>();
    private static final Map<Locale, BeanValidation> CHECKERS = new HashMap<>();

    static {
        for (Locale l : LOCALES) {
            ORACLES.put(l, new HibernateValidatorOracle(l));
            CHECKERS.put(l, new BeanValidation(l));
        }
    }

    private StructureDifferential() {}

    /**
     * Returns what the checker and the oracle report that the other does not.
     *
     * @param roadmap the roadmap
     * @param monitoring its monitoring document, if any
     * @return the differences, one line each, in both languages; empty when the two agree
     */
    public static List<String> differences(Roadmap roadmap, Optional<Monitoring> monitoring) {
        List<String> differences = new ArrayList<>();
        for (Locale l : LOCALES) {
            List<Violation> checked = new ArrayList<>();
            List<Violation> expected = new ArrayList<>();
            CHECKERS.get(l).validate(roadmap, Document.ROADMAP, BeanValidation.CODES, checked);
            ORACLES.get(l).validate(roadmap, Document.ROADMAP, BeanValidation.CODES, expected);
            if (monitoring.isPresent()) {
                CHECKERS.get(l).validate(monitoring.get(), Document.MONITORING, BeanValidation.CODES, checked);
                ORACLES.get(l).validate(monitoring.get(), Document.MONITORING, BeanValidation.CODES, expected);
            }
            Map<List<Object>, Integer> counts = new HashMap<>();
            checked.forEach(v -> counts.merge(key(v), 1, Integer::sum));
            expected.forEach(v -> counts.merge(key(v), -1, Integer::sum));
            counts.forEach((k, n) -> {
                if (n != 0) {
                    differences.add(l + ": " + (n > 0 ? "only the checker" : "only Hibernate Validator") + " ("
                            + Math.abs(n) + "x): " + k);
                }
            });
        }
        return differences;
    }

    /**
     * Returns how many violations the checker reports, in Russian.
     *
     * @param roadmap the roadmap
     * @param monitoring its monitoring document, if any
     * @return the count
     */
    public static int count(Roadmap roadmap, Optional<Monitoring> monitoring) {
        Locale ru = LOCALES.get(0);
        List<Violation> found = new ArrayList<>();
        CHECKERS.get(ru).validate(roadmap, Document.ROADMAP, BeanValidation.CODES, found);
        monitoring.ifPresent(m -> CHECKERS.get(ru).validate(m, Document.MONITORING, BeanValidation.CODES, found));
        return found.size();
    }

    /** A violation with everything it says: the record's parts and its arguments in order, each with its type. */
    private static List<Object> key(Violation v) {
        List<Object> args = new ArrayList<>();
        v.arguments()
                .forEach((k, a) -> args.add(k + "=" + a + " (" + a.getClass().getSimpleName() + ")"));
        return List.of(v, v.toString(), args);
    }
}
