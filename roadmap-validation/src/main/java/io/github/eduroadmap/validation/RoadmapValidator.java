package io.github.eduroadmap.validation;

import io.github.eduroadmap.model.CalendarProfile;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.SchoolYearCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks roadmaps and their monitoring against the domain's rules and reports every problem with a code, a severity,
 * a JSON Pointer and a message in Russian or English.
 *
 * <p>Build one per application and share it: it is immutable, thread-safe and cheap per call. {@code validate}
 * never throws for bad data; everything wrong in a roadmap is a {@link Violation} in the report.
 *
 * <p>A check runs the model's Bean Validation constraints first (codes {@code structure.*} and
 * {@code percent.out-of-range}; the validator evaluates the constraint annotations itself, with no Bean Validation
 * engine, and reports what Hibernate Validator would), then the domain rules: the built-in ones, those registered through
 * {@link java.util.ServiceLoader} and those {@linkplain Builder#addRule(Rule) added}. Every code, Bean Validation's
 * included, can be given another severity, turned off, or chosen alone. Violations of the monitoring document have
 * the {@link Violation#document() document} {@link Document#MONITORING}; their pointers point into it.
 *
 * <pre>{@code
 * RoadmapValidator validator = RoadmapValidator.builder()
 *     .asOf(LocalDate.of(2021, 12, 31))
 *     .locale(Locale.ENGLISH)
 *     .severity("numbering.gap", Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(roadmap, monitoring);
 * }</pre>
 */
public final class RoadmapValidator {

    private final Engine engine;

    private RoadmapValidator(Engine engine) {
        this.engine = engine;
    }

    /**
     * Returns a validator with the default settings: as of today in each roadmap's time zone, in Russian, the civil
     * terms calendar profile, reports due on the 10th, every rule at its default severity.
     *
     * @return the validator
     */
    public static RoadmapValidator standard() {
        return builder().build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a roadmap.
     *
     * @param roadmap the roadmap
     * @return the report
     */
    public ValidationReport validate(Roadmap roadmap) {
        return engine.validate(Objects.requireNonNull(roadmap, "roadmap"), Optional.empty());
    }

    /**
     * Checks a roadmap and its monitoring document: reports, measurements and progress. Violations found in the
     * monitoring document have the document {@link Document#MONITORING}.
     *
     * @param roadmap the roadmap
     * @param monitoring its monitoring document
     * @return the report
     */
    public ValidationReport validate(Roadmap roadmap, Monitoring monitoring) {
        return engine.validate(
                Objects.requireNonNull(roadmap, "roadmap"),
                Optional.of(Objects.requireNonNull(monitoring, "monitoring")));
    }

    /**
     * Returns the codes this validator checks, with the severity each has here: Bean Validation's, then the rules'.
     *
     * @return the codes and severities, in the order they run
     */
    public Map<String, Severity> rules() {
        return engine.rules();
    }

    /** Configures a {@link RoadmapValidator}. */
    public static final class Builder {
        Clock clock = Clock.systemUTC();
        Optional<LocalDate> asOf = Optional.empty();
        ZoneId defaultZone = ZoneId.of("Europe/Moscow");
        Locale locale = Locale.forLanguageTag("ru");
        CalendarProfile profile = CalendarProfile.CIVIL_TERMS;
        SchoolYearCalendar schoolYear = SchoolYearCalendar.standard();
        int reportingDueDay = 10;
        final Map<String, Severity> severities = new LinkedHashMap<>();
        final Set<String> disabled = new LinkedHashSet<>();
        Optional<Set<String>> only = Optional.empty();
        final List<Rule> extraRules = new ArrayList<>();
        boolean discover = true;
        Optional<Set<String>> knownAbbreviations = Optional.empty();

        private Builder() {}

        /**
         * Sets the day the check is made as of.
         *
         * @param date the as-of date
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Optional.of(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Sets the clock whose today, in each roadmap's time zone, is the as-of date when none is set.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the time zone of roadmaps that state none.
         *
         * @param zone the zone; Europe/Moscow unless set
         * @return this builder
         */
        public Builder defaultZone(ZoneId zone) {
            this.defaultZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the language of the messages.
         *
         * @param locale Russian (the default) or English; other languages fall back to English
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the production calendar profile for due dates.
         *
         * @param profile {@link CalendarProfile#CIVIL_TERMS} (the default) or {@link CalendarProfile#LABOUR}
         * @return this builder
         */
        public Builder calendarProfile(CalendarProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets the school-year calendar.
         *
         * @param schoolYear the calendar; {@link SchoolYearCalendar#standard()} unless set
         * @return this builder
         */
        public Builder schoolYear(SchoolYearCalendar schoolYear) {
            this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
            return this;
        }

        /**
         * Sets the day of the following month reports are due when a requirement states no due rule.
         *
         * @param day 1 to 31; 10 unless set
         * @return this builder
         * @throws IllegalArgumentException if {@code day} is not 1 to 31
         */
        public Builder reportingDueDay(int day) {
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("a due day of the month is 1 to 31, got " + day);
            }
            this.reportingDueDay = day;
            return this;
        }

        /**
         * Sets the severity of a rule's violations.
         *
         * @param code the rule's code
         * @param severity the severity
         * @return this builder; an unknown code fails at {@link #build()}, naming the known codes
         */
        public Builder severity(String code, Severity severity) {
            severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Turns rules off.
         *
         * @param codes the rules' codes
         * @return this builder; an unknown code fails at {@link #build()}, naming the known codes
         */
        public Builder disable(String... codes) {
            for (String c : codes) {
                disabled.add(Objects.requireNonNull(c, "code"));
            }
            return this;
        }

        /**
         * Runs only the given rules.
         *
         * @param codes the rules' codes
         * @return this builder; an unknown code fails at {@link #build()}, naming the known codes
         */
        public Builder only(String... codes) {
            Set<String> s = new LinkedHashSet<>();
            for (String c : codes) {
                s.add(Objects.requireNonNull(c, "code"));
            }
            this.only = Optional.of(s);
            return this;
        }

        /**
         * Adds a rule of your own.
         *
         * @param rule the rule; its code must differ from every other rule's
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            extraRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Sets whether rules registered through {@link java.util.ServiceLoader} are added.
         *
         * @param discover true (the default) to add them
         * @return this builder
         */
        public Builder discoverRules(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * Sets the abbreviations everyone knows, which a roadmap need not define.
         *
         * @param abbreviations the abbreviations; a built-in list ("ЕГЭ", "ОГЭ", "РФ", ...) unless set
         * @return this builder
         */
        public Builder knownAbbreviations(Set<String> abbreviations) {
            this.knownAbbreviations = Optional.of(Set.copyOf(abbreviations));
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         * @throws IllegalArgumentException if a configured code names no rule, or two rules share a code
         */
        public RoadmapValidator build() {
            return new RoadmapValidator(new Engine(this));
        }
    }
}
