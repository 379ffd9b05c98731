package io.github.eduroadmap.validation;

/**
 * A rule of the domain: one small check with a stable code, a default severity and messages in Russian and
 * English.
 *
 * <p>Implement it to add your own rules, and register them with {@link RoadmapValidator.Builder#addRule(Rule)} or
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/io.github.eduroadmap.validation.Rule}, or
 * {@code provides} in a module). A rule must be stateless and thread-safe: one instance checks many roadmaps at
 * once.
 *
 * <pre>{@code
 * public final class TitleMentionsYear implements Rule {
 *     public String code() { return "acme.title-year"; }
 *     public Severity defaultSeverity() { return Severity.INFO; }
 *  *     public void check(RuleContext context) {
 *         if (!context.roadmap().title().matches(".*\\d{4}.*")) {
 *             context.report(Pointer.root().add("title"), Map.of());
 *         }
 *     }
 * }
 * // com/acme/TitleMentionsYear.properties:    acme.title-year=the title names no year
 * // com/acme/TitleMentionsYear_ru.properties: acme.title-year=в названии не указан год
 * }</pre>
 */
public interface Rule {

    /**
     * Returns the rule's stable code: lower-case words joined by dots and dashes, e.g. {@code numbering.gap}.
     *
     * @return the code, unique among the rules of a validator
     */
    String code();

    /**
     * Returns the severity the rule's violations have unless the validator is configured otherwise.
     *
     * @return the default severity
     */
    Severity defaultSeverity();

    /**
     * Returns the base name of the resource bundle holding this rule's messages: the key {@code <code>} (and
     * {@code <code>.<variant>} for variants) in the base bundle (English) and its {@code _ru} companion (Russian).
     * Messages name their arguments in braces: {@code после № {previous} идёт № {number}}.
     *
     * @return the bundle's base name; by default the rule class's name, so that {@code com/acme/MyRule.properties}
     *     and {@code com/acme/MyRule_ru.properties} hold its messages
     */
    default String messageBundle() {
        return getClass().getName();
    }

    /**
     * Checks a roadmap (and its monitoring document, if given) and reports each problem found to the context.
     * Never throws for bad data: what the rule cannot check it skips.
     *
     * @param context the roadmap, the settings of the validator, and where violations go
     */
    void check(RuleContext context);
}
