package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rule engine: user rules, messages in two languages, severities, failures of rules. */
class EngineTests {

    /** A user's rule, with its messages in TitleMentionsYear.properties and TitleMentionsYear_ru.properties. */
    static final class TitleMentionsYear implements Rule {
        @Override
        public String code() {
            return "acme.title-year";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public String messageBundle() {
            return "io.github.eduroadmap.validation.TitleMentionsYear";
        }

        @Override
        public void check(RuleContext context) {
            if (!context.roadmap().title().matches(".*\\d{4}.*")) {
                context.report(
                        Pointer.root().add("title"),
                        Map.of("title", context.roadmap().title()));
            }
        }
    }

    static final class Broken implements Rule {
        @Override
        public String code() {
            return "acme.broken";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String messageBundle() {
            return "io.github.eduroadmap.validation.TitleMentionsYear";
        }

        @Override
        public void check(RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    /** A roadmap without structural defects, so that only the rules under test speak. */
    static Roadmap roadmap(String title) {
        return Roadmap.builder()
                .id(RoadmapId.of("r"))
                .title(title)
                .level(Level.SCHOOL)
                .addSections(Section.builder()
                        .title("Раздел")
                        .addActivities(Activity.builder()
                                .title("Семинар")
                                .addExecutors(new RoleExecutor("директор"))
                                .build())
                        .build())
                .build();
    }

    static RoadmapValidator validator(Locale locale, Rule... rules) {
        RoadmapValidator.Builder b = RoadmapValidator.builder()
                .asOf(LocalDate.of(2022, 1, 1))
                .locale(locale)
                .discoverRules(false);
        for (Rule r : rules) {
            b.addRule(r);
        }
        return b.build();
    }

    @Nested
    class UserRules {

        @Test
        void reportInTheRulesOwnWordsInRussianAndEnglish() {
            Roadmap r = roadmap("План без года");
            Violation ru = validator(Locale.forLanguageTag("ru"), new TitleMentionsYear())
                    .validate(r)
                    .violations()
                    .get(0);
            Violation en = validator(Locale.ENGLISH, new TitleMentionsYear())
                    .validate(r)
                    .violations()
                    .get(0);
            assertThat(ru.toString())
                    .isEqualTo("/title [acme.title-year] INFO: в названии «План без года» не указан год");
            assertThat(en.toString())
                    .isEqualTo("/title [acme.title-year] INFO: the title \"План без года\" names no year");
            assertThat(en.arguments()).containsExactly(Map.entry("title", "План без года"));
        }

        @Test
        void takeTheSeverityTheValidatorGivesThem() {
            RoadmapValidator v = RoadmapValidator.builder()
                    .discoverRules(false)
                    .addRule(new TitleMentionsYear())
                    .severity("acme.title-year", Severity.ERROR)
                    .build();
            ValidationReport report = v.validate(roadmap("План"));
            assertThat(report.isValid()).isFalse();
            assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        }

        @Test
        void thatThrowAreReportedAsFailedRulesAndTheOthersStillRun() {
            ValidationReport report = validator(Locale.ENGLISH, new Broken(), new TitleMentionsYear())
                    .validate(roadmap("План"));
            assertThat(report.violations())
                    .extracting(Violation::code)
                    .containsExactly(Engine.RULE_FAILED, "acme.title-year");
            assertThat(report.violations().get(0).message())
                    .startsWith("rule acme.broken failed with java.lang.IllegalStateException: boom");
        }
    }

    @Nested
    class Configuration {

        @Test
        void anUnknownCodeFailsAndNamesTheKnownCodes() {
            assertThatThrownBy(() -> RoadmapValidator.builder()
                            .discoverRules(false)
                            .addRule(new TitleMentionsYear())
                            .disable("acme.title-yaer")
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no rule has the code acme.title-yaer; the codes are ")
                    .hasMessageContaining("acme.title-year");
        }

        @Test
        void disabledRulesDoNotRun() {
            RoadmapValidator v = RoadmapValidator.builder()
                    .discoverRules(false)
                    .addRule(new TitleMentionsYear())
                    .disable("acme.title-year")
                    .build();
            assertThat(v.validate(roadmap("План")).violations()).isEmpty();
            assertThat(v.rules()).doesNotContainKey("acme.title-year");
        }
    }
}
