package io.github.eduroadmap.validation;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.SchoolYearCalendar;
import io.github.eduroadmap.validation.internal.Args;
import io.github.eduroadmap.validation.internal.BeanValidation;
import io.github.eduroadmap.validation.internal.Memo;
import io.github.eduroadmap.validation.internal.Messages;
import io.github.eduroadmap.validation.internal.rules.BuiltInRule;
import io.github.eduroadmap.validation.internal.rules.BuiltInRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs Bean Validation's structure checks and the rules of a validator. Built once from a builder: everything that
 * does not depend on the roadmap (the rules, their severities, the checked messages, the structure checker) is
 * settled here, so that a call does only the checking. Immutable and thread-safe.
 */
final class Engine {

    /** The code of the violation reported when a rule fails with an exception: a bug, never the data's fault. */
    static final String RULE_FAILED = "validator.rule-failed";

    /** The name under which a failure of Bean Validation itself is reported, in place of a rule's code. */
    static final String BEAN_VALIDATION = "bean-validation";

    /** What a code looks like: lower-case words of letters and digits joined by dots and dashes. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /** One structure checker per message language, shared by all validators: it is thread-safe and caches messages. */
    private static final Map<Locale, BeanValidation> BEAN_VALIDATIONS = new ConcurrentHashMap<>();

    private final List<Prepared> rules;
    /** The codes of the rules, given to each validation's memo: what several rules need is worked out for those. */
    private final Set<String> codes;

    private final Map<String, Severity> severities;
    private final Map<String, Severity> beanSeverities;
    private final Optional<BeanValidation> beanValidation;
    private final Optional<LocalDate> asOf;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final Locale locale;
    private final ProductionCalendar calendar;
    private final SchoolYearCalendar schoolYear;
    private final int reportingDueDay;
    private final Set<String> knownAbbreviations;

    Engine(RoadmapValidator.Builder b) {
        List<Rule> all = new ArrayList<>(BuiltInRules.all());
        if (b.discover) {
            ServiceLoader.load(Rule.class, Rule.class.getClassLoader()).forEach(all::add);
        }
        all.addAll(b.extraRules);
        Map<String, Rule> byCode = new LinkedHashMap<>();
        for (Rule r : all) {
            String code = Objects.requireNonNull(r.code(), () -> r.getClass().getName() + ".code()");
            Objects.requireNonNull(r.defaultSeverity(), () -> r.getClass().getName() + ".defaultSeverity()");
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("rule " + r.getClass().getName() + " has the code \"" + code
                        + "\"; a code is lower-case words of letters and digits joined by dots and dashes, e.g."
                        + " acme.title-year");
            }
            Rule previous = byCode.putIfAbsent(code, r);
            if (previous != null && previous.getClass() != r.getClass()) {
                throw new IllegalArgumentException("two rules have the code " + code + ": "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        Set<String> known = new TreeSet<>(byCode.keySet());
        known.addAll(BeanValidation.CODES.keySet());
        List<String> configured = new ArrayList<>(b.severities.keySet());
        configured.addAll(b.disabled);
        b.only.ifPresent(configured::addAll);
        for (String code : configured) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException(
                        "no rule has the code " + code + "; the codes are " + String.join(", ", known));
            }
        }
        Map<String, Severity> sev = new LinkedHashMap<>();
        Map<String, Severity> bean = new LinkedHashMap<>();
        for (Map.Entry<String, Severity> e : BeanValidation.CODES.entrySet()) {
            if (enabled(b, e.getKey())) {
                Severity s = b.severities.getOrDefault(e.getKey(), e.getValue());
                bean.put(e.getKey(), s);
                sev.put(e.getKey(), s);
            }
        }
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : byCode.values()) {
            if (!enabled(b, r.code())) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(r.code());
            if (r instanceof BuiltInRule) {
                ((BuiltInRule) r).variants().forEach(v -> keys.add(r.code() + "." + v));
            }
            Messages.check(r, keys);
            enabled.add(r);
            sev.putIfAbsent(r.code(), b.severities.getOrDefault(r.code(), r.defaultSeverity()));
        }
        List<Prepared> prepared = new ArrayList<>();
        for (Rule r : enabled) {
            prepared.add(new Prepared(
                    r, sev.get(r.code()), new Messages.RuleMessages(Messages.bundle(r, b.locale), r.code(), b.locale)));
        }
        this.rules = List.copyOf(prepared);
        Set<String> enabledCodes = new HashSet<>();
        for (Prepared p : prepared) {
            enabledCodes.add(p.code);
        }
        this.codes = Set.copyOf(enabledCodes);
        this.severities = Collections.unmodifiableMap(sev);
        this.beanSeverities = Collections.unmodifiableMap(bean);
        this.locale = b.locale;
        this.beanValidation = bean.isEmpty()
                ? Optional.empty()
                : Optional.of(BEAN_VALIDATIONS.computeIfAbsent(Messages.bundleLocale(b.locale), BeanValidation::new));
        this.asOf = b.asOf;
        this.clock = b.clock;
        this.defaultZone = b.defaultZone;
        this.calendar = ProductionCalendar.russian(b.profile);
        this.schoolYear = b.schoolYear;
        this.reportingDueDay = b.reportingDueDay;
        this.knownAbbreviations = b.knownAbbreviations.orElse(BuiltInRules.KNOWN_ABBREVIATIONS);
    }

    private static boolean enabled(RoadmapValidator.Builder b, String code) {
        return !b.disabled.contains(code) && b.only.map(o -> o.contains(code)).orElse(true);
    }

    Map<String, Severity> rules() {
        return severities;
    }

    ValidationReport validate(Roadmap roadmap, Optional<Monitoring> monitoring) {
        ZoneId zone = roadmap.timeZone().orElse(defaultZone);
        LocalDate today = asOf.orElseGet(() -> LocalDate.now(clock.withZone(zone)));
        Optional<DateRange> period = roadmap.period()
                .or(() -> roadmap.approval().flatMap(a -> a.date()).map(d -> DateRange.ofYear(d.getYear())));
        List<Violation> found = new ArrayList<>();
        Set<Key> structural = Set.of();
        if (beanValidation.isPresent()) {
            try {
                beanValidation.get().validate(roadmap, Document.ROADMAP, beanSeverities, found);
                if (monitoring.isPresent()) {
                    beanValidation.get().validate(monitoring.get(), Document.MONITORING, beanSeverities, found);
                }
            } catch (RuntimeException e) {
                found.add(failure(BEAN_VALIDATION, e));
            }
            structural = new HashSet<>();
            for (Violation v : found) {
                structural.add(new Key(v));
            }
        }
        Memo memo = new Memo(codes);
        for (Prepared rule : rules) {
            // the rules report straight into the list of all violations, each but those Bean Validation found
            try {
                rule.rule.check(new Context(rule, roadmap, monitoring, period, today, zone, found, structural, memo));
            } catch (RuntimeException e) {
                addNew(found, structural, failure(rule.code, e));
            }
        }
        return ValidationReport.sorting(found);
    }

    /** Adds a rule's violation unless Bean Validation found the same code at the same place. */
    private static void addNew(List<Violation> found, Set<Key> structural, Violation v) {
        if (structural.isEmpty() || !structural.contains(new Key(v))) {
            found.add(v);
        }
    }

    private Violation failure(String what, RuntimeException e) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("rule", what);
        args.put("exception", String.valueOf(e));
        return new Violation(
                RULE_FAILED,
                Severity.ERROR,
                Document.ROADMAP,
                Pointer.root(),
                Messages.internal(RULE_FAILED, locale, args),
                args);
    }

    /** A rule with what its violations need, settled when the validator is built. */
    private static final class Prepared {
        final Rule rule;
        final String code;
        final Severity severity;
        /** The rule's messages in the validator's language. */
        final Messages.RuleMessages messages;

        Prepared(Rule rule, Severity severity, Messages.RuleMessages messages) {
            this.rule = rule;
            this.code = rule.code();
            this.severity = severity;
            this.messages = messages;
        }
    }

    /** Where and what: a rule that reports what Bean Validation already found there is not heard twice. */
    private record Key(Document document, Pointer pointer, String code) {
        Key(Violation v) {
            this(v.document(), v.pointer(), v.code());
        }
    }

    private final class Context extends Memo.Holder {
        private final Prepared rule;
        private final Roadmap roadmap;
        private final Optional<Monitoring> monitoring;
        private final Optional<DateRange> period;
        private final LocalDate today;
        private final ZoneId zone;
        private final List<Violation> found;
        /** Where Bean Validation found what, not reported again by a rule; empty when it found nothing. */
        private final Set<Key> structural;

        Context(
                Prepared rule,
                Roadmap roadmap,
                Optional<Monitoring> monitoring,
                Optional<DateRange> period,
                LocalDate today,
                ZoneId zone,
                List<Violation> found,
                Set<Key> structural,
                Memo memo) {
            super(memo);
            this.rule = rule;
            this.roadmap = roadmap;
            this.monitoring = monitoring;
            this.period = period;
            this.today = today;
            this.zone = zone;
            this.found = found;
            this.structural = structural;
        }

        @Override
        public Roadmap roadmap() {
            return roadmap;
        }

        @Override
        public Optional<Monitoring> monitoring() {
            return monitoring;
        }

        @Override
        public Optional<DateRange> period() {
            return period;
        }

        @Override
        public LocalDate asOf() {
            return today;
        }

        @Override
        public ZoneId zone() {
            return zone;
        }

        @Override
        public ProductionCalendar calendar() {
            return calendar;
        }

        @Override
        public SchoolYearCalendar schoolYear() {
            return schoolYear;
        }

        @Override
        public int reportingDueDay() {
            return reportingDueDay;
        }

        @Override
        public Set<String> knownAbbreviations() {
            return knownAbbreviations;
        }

        @Override
        public void report(Document document, Pointer where, Map<String, ?> arguments) {
            check(document, where, arguments);
            Map<String, Object> args = Args.copyOf(arguments);
            add(document, where, rule.messages.format(args), args);
        }

        @Override
        public void report(Document document, Pointer where, String variant, Map<String, ?> arguments) {
            Objects.requireNonNull(variant, "variant");
            check(document, where, arguments);
            Map<String, Object> args = Args.copyOf(arguments);
            add(document, where, rule.messages.format(variant, args), args);
        }

        private void check(Document document, Pointer where, Map<String, ?> arguments) {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(arguments, "arguments");
        }

        private void add(Document document, Pointer where, String message, Map<String, Object> args) {
            addNew(found, structural, new Violation(rule.code, rule.severity, document, where, message, args));
        }
    }
}
