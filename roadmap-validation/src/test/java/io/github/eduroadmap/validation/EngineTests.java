package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
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
                                .deadline(Deadline.parse("в течение всего периода"))
                                .addExecutors(new RoleExecutor("директор"))
                                .addResults(ExpectedResult.ofText("Проведён семинар"))
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

    /** A rule whose messages live in EngineRules.properties, reporting what a lambda says. */
    static class Probe implements Rule {
        private final String code;
        private final java.util.function.Consumer<RuleContext> check;

        Probe(String code, java.util.function.Consumer<RuleContext> check) {
            this.code = code;
            this.check = check;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String messageBundle() {
            return "io.github.eduroadmap.validation.EngineRules";
        }

        @Override
        public void check(RuleContext context) {
            check.accept(context);
        }
    }

    static Probe asOfProbe() {
        return new Probe("acme.as-of", c -> c.report(Pointer.root(), Map.of("asOf", c.asOf())));
    }

    static LocalDate asOf(RoadmapValidator v, Roadmap r) {
        return (LocalDate) v.validate(r).violations().get(0).arguments().get("asOf");
    }

    @Nested
    class Discovery {

        @Test
        void findsRulesRegisteredThroughServiceLoader() {
            RoadmapValidator v = RoadmapValidator.builder()
                    .asOf(LocalDate.of(2022, 5, 9))
                    .locale(Locale.ENGLISH)
                    .build();
            assertThat(v.rules()).containsEntry("acme.discovered", Severity.INFO);
            assertThat(v.validate(roadmap("План на 2022 год " + DiscoveredRule.MARKER))
                            .toText())
                    .isEqualTo("/title [acme.discovered] INFO: found through ServiceLoader as of 2022-05-09\n");
        }

        @Test
        void canBeTurnedOff() {
            RoadmapValidator v = RoadmapValidator.builder().discoverRules(false).build();
            assertThat(v.rules()).doesNotContainKey("acme.discovered");
            assertThat(v.validate(roadmap("План на 2022 год " + DiscoveredRule.MARKER))
                            .violations())
                    .isEmpty();
        }

        @Test
        void aRuleAddedTwiceRunsOnce() {
            RoadmapValidator v = RoadmapValidator.builder()
                    .addRule(new DiscoveredRule())
                    .asOf(LocalDate.of(2022, 5, 9))
                    .build();
            assertThat(v.validate(roadmap(DiscoveredRule.MARKER)).violations()).hasSize(1);
        }
    }

    @Nested
    class AsOfDate {
        /** 20:00 UTC on 31 March 2022: already 1 April in Vladivostok (UTC+10), still 31 March in Moscow (UTC+3). */
        final java.time.Clock clock =
                java.time.Clock.fixed(java.time.Instant.parse("2022-03-31T20:00:00Z"), java.time.ZoneOffset.UTC);

        RoadmapValidator.Builder builder() {
            return RoadmapValidator.builder()
                    .discoverRules(false)
                    .only("acme.as-of")
                    .addRule(asOfProbe());
        }

        @Test
        void isTodayInTheRoadmapsTimeZone() {
            Roadmap vladivostok = roadmap("План").withTimeZone(java.time.ZoneId.of("Asia/Vladivostok"));
            assertThat(asOf(builder().clock(clock).build(), vladivostok)).isEqualTo(LocalDate.of(2022, 4, 1));
        }

        @Test
        void isTodayInMoscowForARoadmapWithoutTimeZone() {
            assertThat(asOf(builder().clock(clock).build(), roadmap("План"))).isEqualTo(LocalDate.of(2022, 3, 31));
        }

        @Test
        void isTodayInTheDefaultZoneWhenOneIsSet() {
            RoadmapValidator v = builder()
                    .clock(clock)
                    .defaultZone(java.time.ZoneId.of("Asia/Kamchatka"))
                    .build();
            assertThat(asOf(v, roadmap("План"))).isEqualTo(LocalDate.of(2022, 4, 1));
        }

        @Test
        void isTheDateSetWhateverTheClockSays() {
            RoadmapValidator v =
                    builder().clock(clock).asOf(LocalDate.of(2021, 12, 31)).build();
            assertThat(asOf(v, roadmap("План").withTimeZone(java.time.ZoneId.of("Asia/Vladivostok"))))
                    .isEqualTo(LocalDate.of(2021, 12, 31));
        }
    }

    @Nested
    class Documents {

        @Test
        void aRuleReportsIntoTheMonitoringDocumentWithPlainPointers() {
            Probe probe = new Probe(
                    "acme.monitoring",
                    c -> c.monitoring()
                            .ifPresent(m -> c.report(
                                    Document.MONITORING,
                                    Pointer.root().add("reports").add(0).add("submitted"),
                                    Map.of("reporter", m.reports().get(0).reporter()))));
            RoadmapValidator v = validator(Locale.forLanguageTag("ru"), probe);
            Violation found = v.validate(Fixtures.roadmap(), Fixtures.monitoring())
                    .violations()
                    .get(0);
            assertThat(found.document()).isEqualTo(Document.MONITORING);
            assertThat(found.pointer()).hasToString("/reports/0/submitted");
            assertThat(found).hasToString("monitoring#/reports/0/submitted [acme.monitoring] WARNING: отчёт МОУО");
            assertThat(v.validate(Fixtures.roadmap()).violations()).isEmpty();
        }
    }

    @Nested
    class SharedCodes {

        @Test
        void aRuleIsNotHeardWhereBeanValidationReportedItsCodeAlready() {
            Roadmap r = Fixtures.roadmap()
                    .withContext(Fixtures.roadmap()
                            .context()
                            .get(0)
                            .withShares(new io.github.eduroadmap.model.Share(
                                    "все", new java.math.BigDecimal("150"), java.util.Optional.empty())));
            Probe coverage = new Probe("percent.out-of-range", c -> {
                c.report(Pointer.parse("/context/0/shares/0/percent"), Map.of("value", 150));
                c.report(Pointer.parse("/sections/0/activities/0/results/0"), "elsewhere", Map.of("value", 101));
            });
            RoadmapValidator v = RoadmapValidator.builder()
                    .discoverRules(false)
                    .addRule(coverage)
                    .only("percent.out-of-range")
                    .severity("percent.out-of-range", Severity.WARNING)
                    .locale(Locale.ENGLISH)
                    .build();
            assertThat(v.rules()).containsExactly(Map.entry("percent.out-of-range", Severity.WARNING));
            assertThat(v.validate(r).toText())
                    .isEqualTo("/context/0/shares/0/percent [percent.out-of-range] WARNING: the percentage 150 is"
                            + " outside 0 to 100\n"
                            + "/sections/0/activities/0/results/0 [percent.out-of-range] WARNING: another"
                            + " percentage 101 out of range\n");
        }
    }

    @Nested
    class Building {

        @Test
        void listsBeanValidationCodesFirstThenTheRules() {
            RoadmapValidator v = validator(Locale.ENGLISH, new TitleMentionsYear());
            assertThat(v.rules().keySet())
                    .startsWith("structure.blank")
                    .endsWith("acme.title-year")
                    .contains("structure.duplicate-id", "percent.out-of-range");
        }

        @Test
        void anUnknownCodeFailsNamingBeanValidationCodesToo() {
            assertThatThrownBy(() -> RoadmapValidator.builder()
                            .discoverRules(false)
                            .only("structure.blanc")
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no rule has the code structure.blanc; the codes are ")
                    .hasMessageContaining("structure.blank");
        }

        @Test
        void aCodeMustBeLowerCaseWordsJoinedByDotsAndDashes() {
            for (String bad : java.util.List.of("Acme.Rule", "acme_rule", "acme..rule", "", "acme.rule.", "правило")) {
                assertThatThrownBy(() -> RoadmapValidator.builder()
                                .discoverRules(false)
                                .addRule(new Probe(bad, c -> {}))
                                .build())
                        .as(bad)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("has the code \"" + bad + "\"");
            }
        }

        @Test
        void twoRulesWithOneCodeFail() {
            assertThatThrownBy(() -> RoadmapValidator.builder()
                            .discoverRules(false)
                            .addRule(asOfProbe())
                            .addRule(new Probe("acme.as-of", c -> {}) {})
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("two rules have the code acme.as-of");
        }

        @Test
        void aRuleWithoutItsRussianMessageFailsNamingWhatIsMissing() {
            Rule english = new Probe("acme.english", c -> {}) {
                @Override
                public String messageBundle() {
                    return "io.github.eduroadmap.validation.OnlyEnglish";
                }
            };
            assertThatThrownBy(() -> validator(Locale.ENGLISH, english))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rule acme.english")
                    .hasMessageContaining(
                            "has no message acme.english in bundle io.github.eduroadmap.validation.OnlyEnglish for"
                                    + " Russian (_ru)");
        }

        @Test
        void aRuleWithoutAnyBundleFails() {
            assertThatThrownBy(() -> validator(Locale.ENGLISH, new Probe("acme.silent", c -> {}) {
                        @Override
                        public String messageBundle() {
                            return "io.github.eduroadmap.validation.NoSuchBundle";
                        }
                    }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("for English (the base bundle)");
        }

        @Test
        void aDisabledRuleNeedsNoMessages() {
            Rule silent = new Probe("acme.silent", c -> {}) {
                @Override
                public String messageBundle() {
                    return "io.github.eduroadmap.validation.NoSuchBundle";
                }
            };
            RoadmapValidator v = RoadmapValidator.builder()
                    .discoverRules(false)
                    .addRule(silent)
                    .disable("acme.silent")
                    .build();
            assertThat(v.rules()).doesNotContainKey("acme.silent");
        }

        @Test
        void aBuiltInRuleMustHaveEveryVariantItDeclares() {
            Rule rule =
                    new io.github.eduroadmap.validation.internal.rules.BuiltInRule(
                            "acme.variant", Severity.INFO, "io.github.eduroadmap.validation.EngineRules", "missing") {
                        @Override
                        public void check(RuleContext context) {}
                    };
            assertThatThrownBy(() -> validator(Locale.ENGLISH, rule))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no message acme.variant.missing");
        }
    }
}
