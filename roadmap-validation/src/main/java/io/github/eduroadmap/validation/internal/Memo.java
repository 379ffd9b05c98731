package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.validation.RuleContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the built-in rules work out once per validation and share: the roadmap's references, the reporting plan, the
 * due dates of activities. One memo lives for one call of the validator and is dropped with it; nothing is kept from
 * one document to the next. Not thread-safe: the rules of one validation run one after the other.
 */
public final class Memo {

    private final Map<Object, Object> values = new HashMap<>();

    /** The codes of the rules of the validation, or null when they are not known. */
    private final Set<String> rules;

    /** Creates an empty memo for a validation whose rules are not known. */
    public Memo() {
        this.rules = null;
    }

    /**
     * Creates an empty memo for a validation that runs the given rules, so that what is worked out for several rules
     * at once is worked out for those that run.
     *
     * @param rules the codes of the rules of the validation
     */
    public Memo(Set<String> rules) {
        this.rules = Set.copyOf(rules);
    }

    /**
     * Tells whether a rule is known to run in the validation: false when it does not, and when the rules are not
     * known.
     *
     * @param code the rule's code
     * @return whether the rule runs
     */
    public boolean runs(String code) {
        return rules != null && rules.contains(code);
    }

    /** The context of a validation that keeps a memo for its rules: the engine's contexts extend it. */
    public abstract static class Holder implements RuleContext {
        private final Memo memo;

        /**
         * Creates the context.
         *
         * @param memo the memo of the validation, the same for every rule of one validation
         */
        protected Holder(Memo memo) {
            this.memo = memo;
        }

        /**
         * Returns the memo of the validation.
         *
         * @return the memo
         */
        public final Memo memo() {
            return memo;
        }
    }

    /**
     * Returns the memo of a rule's validation, or a new one for a context that keeps none (a rule run on its own).
     *
     * @param context the rule's context
     * @return the memo
     */
    public static Memo of(RuleContext context) {
        return context instanceof Holder ? ((Holder) context).memo() : new Memo();
    }

    /**
     * Returns the value worked out for a key, working it out on first request. A computation that fails is not
     * remembered: the next request fails the same way.
     *
     * @param key what the value is, e.g. the class that computes it
     * @param compute how to work it out
     * @param <T> the value's type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Object v = values.get(key);
        if (v == null) {
            v = compute.get();
            values.put(key, v);
        }
        return (T) v;
    }
}
