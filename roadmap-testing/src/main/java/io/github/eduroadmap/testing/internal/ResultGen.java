package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expected results: mostly words read with {@link ExpectedResult#parse(String)}, sometimes with an explicit typed
 * target of every unit and comparison, and sometimes words with a number that are explicitly meant to have no target.
 */
public final class ResultGen {

    private static final List<BigDecimal> PERCENTS = List.of(
            BigDecimal.valueOf(100),
            BigDecimal.valueOf(100),
            BigDecimal.valueOf(80),
            BigDecimal.valueOf(60),
            BigDecimal.valueOf(50),
            BigDecimal.valueOf(75),
            BigDecimal.valueOf(90),
            BigDecimal.ZERO,
            new BigDecimal("52.8"),
            new BigDecimal("71.2"),
            new BigDecimal("99.5"));

    /** Words before and after a target's words, by unit: {prefixes, suffixes}. */
    private static final List<List<String>> PERCENT_WORDS = List.of(
            List.of("", "", "Вовлечение ", "Охват: ", "Доля — "),
            List.of(
                    "",
                    ".",
                    " вовлечены в вопросы сотрудничества со школой",
                    " приняли участие в семинарах",
                    " в процесс адресного методического сопровождения"));

    private static final List<List<String>> COUNT_WORDS =
            List.of(List.of("", "Проведено ", "Обучено ", "Разработаны "), List.of("", ".", " (по итогам года)"));

    private static final List<List<String>> HOURS_WORDS =
            List.of(List.of("Программа объемом ", "Обучение в объеме ", "Проведено "), List.of("", "."));

    private static final List<List<String>> TIMES_WORDS = List.of(
            List.of("Проведены мероприятия в каждом муниципалитете ", "Заседания проводятся ", ""), List.of("", "."));

    private ResultGen() {}

    /**
     * Returns {@code n} expected results.
     *
     * @param rng the source
     * @param scene the scene
     * @param n how many
     * @return the results
     */
    public static List<ExpectedResult> results(Rng rng, Scene scene, int n) {
        List<ExpectedResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            results.add(result(rng, scene));
        }
        return results;
    }

    /**
     * Returns one expected result.
     *
     * @param rng the source
     * @param scene the scene
     * @return the result
     */
    public static ExpectedResult result(Rng rng, Scene scene) {
        switch (rng.weighted(64, 26, 10)) {
            case 0:
                String words = rng.chance(0.5) ? rng.pick(Vocabulary.RESULTS) : phrase(rng, target(rng));
                return ExpectedResult.parse(scene.text(rng, words));
            case 1:
                if (rng.chance(0.1)) {
                    Target full = new Target(
                            "стопроцентной готовности",
                            Comparison.EXACTLY,
                            BigDecimal.valueOf(100),
                            Unit.PERCENT,
                            Optional.of("педагогических работников"),
                            Optional.empty());
                    return new ExpectedResult(
                            "Обеспечена координация и слаженность действий по обеспечению стопроцентной готовности"
                                    + " педагогических работников к системным новшествам",
                            Optional.of(full));
                }
                Target t = target(rng);
                return new ExpectedResult(phrase(rng, t), Optional.of(t));
            default:
                String numbered = rng.chance(0.5)
                        ? rng.pick(Vocabulary.RESULTS_WITH_NUMBERS_BUT_NO_TARGET)
                        : phrase(rng, target(rng));
                return ExpectedResult.ofText(scene.text(rng, numbered));
        }
    }

    /**
     * Returns words that contain a target's words.
     *
     * @param rng the source
     * @param t the target
     * @return the result's words
     */
    public static String phrase(Rng rng, Target t) {
        List<List<String>> words;
        switch (t.unit()) {
            case PERCENT:
                words = PERCENT_WORDS;
                break;
            case COUNT:
                words = COUNT_WORDS;
                break;
            case HOURS:
                words = HOURS_WORDS;
                break;
            default:
                words = TIMES_WORDS;
                break;
        }
        String prefix = rng.pick(words.get(0));
        String text = prefix + t.text() + rng.pick(words.get(1));
        return prefix.isEmpty() ? Words.capitalize(text) : text;
    }

    /**
     * Returns a target of any unit and comparison, with or without population and rate.
     *
     * @param rng the source
     * @return the target, whose text is its words
     */
    public static Target target(Rng rng) {
        Unit unit = rng.pick(Unit.values());
        Comparison comparison = rng.pick(Comparison.values());
        BigDecimal value;
        String population = null;
        String per = null;
        String number;
        switch (unit) {
            case PERCENT:
                value = rng.pick(PERCENTS);
                population = rng.chance(0.85) ? rng.pick(Vocabulary.PERCENT_POPULATIONS) : null;
                per = rng.chance(0.05) ? rng.pick(Vocabulary.PERS) : null;
                number = Words.number(value) + "%";
                break;
            case COUNT:
                long n = rng.chance(0.1) ? 5000 : rng.between(1, 300);
                value = BigDecimal.valueOf(n);
                String[] forms = rng.pick(Vocabulary.COUNT_NOUNS);
                String noun = Words.plural(n, forms[0], forms[1], forms[2]);
                population = rng.chance(0.85) ? noun : null;
                per = rng.chance(0.3) ? rng.pick(Vocabulary.PERS) : null;
                number = String.valueOf(n);
                break;
            case HOURS:
                long h = rng.pick(24L, 36L, 48L, 72L, 144L);
                value = BigDecimal.valueOf(h);
                population = rng.chance(0.3) ? "обучения" : null;
                per = rng.chance(0.2) ? "на одного слушателя" : null;
                number = h + " " + Words.plural(h, "час", "часа", "часов");
                break;
            default: // TIMES
                long k = rng.between(1, 4);
                value = BigDecimal.valueOf(k);
                per = rng.chance(0.85) ? rng.pick(Vocabulary.PERS) : null;
                number = k + " " + Words.plural(k, "раз", "раза", "раз");
                break;
        }
        StringBuilder words =
                new StringBuilder(64).append(comparisonWords(rng, comparison)).append(number);
        if (population != null) {
            words.append(' ').append(population);
        }
        if (per != null) {
            words.append(' ').append(per);
        }
        return new Target(
                words.toString(), comparison, value, unit, Optional.ofNullable(population), Optional.ofNullable(per));
    }

    private static String comparisonWords(Rng rng, Comparison comparison) {
        switch (comparison) {
            case AT_LEAST:
                return rng.pick("не менее ", "не менее чем ");
            case AT_MOST:
                return "не более ";
            default:
                return "";
        }
    }
}
