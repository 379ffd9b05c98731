package io.github.eduroadmap.validation;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.SchoolYearCalendar;
import io.github.eduroadmap.validation.internal.Messages;
import io.github.eduroadmap.validation.internal.rules.BuiltInRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** Runs the rules of a validator; built once from a builder, immutable and thread-safe. */
final class Engine {

    /** The code of the violation reported when a rule fails with an exception: a bug, never the data's fault. */
    static final String RULE_FAILED = "validator.rule-failed";

    private final List<Rule> rules;
    private final Map<String, Severity> severities;
    private final Optional<LocalDate> asOf;
    private final java.time.Clock clock;
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
            Rule previous = byCode.putIfAbsent(r.code(), r);
            if (previous != null && previous.getClass() != r.getClass()) {
                throw new IllegalArgumentException("two rules have the code " + r.code() + ": "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        Set<String> known = new TreeSet<>(byCode.keySet());
        List<String> configured = new ArrayList<>(b.severities.keySet());
        configured.addAll(b.disabled);
        b.only.ifPresent(configured::addAll);
        for (String code : configured) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException(
                        "no rule has the code " + code + "; the codes are " + String.join(", ", known));
            }
        }
        List<Rule> enabled = new ArrayList<>();
        Map<String, Severity> sev = new LinkedHashMap<>();
        for (Rule r : byCode.values()) {
            if (b.disabled.contains(r.code())
                    || b.only.map(o -> !o.contains(r.code())).orElse(false)) {
                continue;
            }
            Messages.check(r);
            enabled.add(r);
            sev.put(r.code(), b.severities.getOrDefault(r.code(), r.defaultSeverity()));
        }
        this.rules = List.copyOf(enabled);
        this.severities = Collections.unmodifiableMap(sev);
        this.asOf = b.asOf;
        this.clock = b.clock;
        this.defaultZone = b.defaultZone;
        this.locale = b.locale;
        this.calendar = ProductionCalendar.russian(b.profile);
        this.schoolYear = b.schoolYear;
        this.reportingDueDay = b.reportingDueDay;
        this.knownAbbreviations = b.knownAbbreviations.orElse(BuiltInRules.KNOWN_ABBREVIATIONS);
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
        for (Rule rule : rules) {
            Context context = new Context(rule, roadmap, monitoring, period, today, zone, found);
            try {
                rule.check(context);
            } catch (RuntimeException e) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("rule", rule.code());
                args.put("exception", String.valueOf(e));
                found.add(new Violation(
                        RULE_FAILED,
                        Severity.ERROR,
                        Pointer.root(),
                        Messages.internal(RULE_FAILED, locale, args),
                        args));
            }
        }
        return ValidationReport.of(found);
    }

    private final class Context implements RuleContext {
        private final Rule rule;
        private final Roadmap roadmap;
        private final Optional<Monitoring> monitoring;
        private final Optional<DateRange> period;
        private final LocalDate today;
        private final ZoneId zone;
        private final List<Violation> found;

        Context(
                Rule rule,
                Roadmap roadmap,
                Optional<Monitoring> monitoring,
                Optional<DateRange> period,
                LocalDate today,
                ZoneId zone,
                List<Violation> found) {
            this.rule = rule;
            this.roadmap = roadmap;
            this.monitoring = monitoring;
            this.period = period;
            this.today = today;
            this.zone = zone;
            this.found = found;
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
        public void report(Pointer where, Map<String, ?> arguments) {
            add(where, rule.code(), arguments);
        }

        @Override
        public void report(Pointer where, String variant, Map<String, ?> arguments) {
            add(where, rule.code() + "." + variant, arguments);
        }

        private void add(Pointer where, String key, Map<String, ?> arguments) {
            Map<String, Object> args = new LinkedHashMap<>(arguments);
            String message = Messages.format(rule, key, locale, args);
            found.add(new Violation(rule.code(), severities.get(rule.code()), where, message, args));
        }
    }
}
