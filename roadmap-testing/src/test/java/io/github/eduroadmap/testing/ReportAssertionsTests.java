package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The fluent assertions on reports: each passing and failing, with the failure's exact message. */
class ReportAssertionsTests {

    static final Violation GAP = new Violation(
            "numbering.gap",
            Severity.WARNING,
            Document.ROADMAP,
            Pointer.parse("/sections/0/activities/6/number"),
            "после № 5 идёт № 7, № 6 отсутствует",
            args("previous", "5.", "number", "7.", "missing", "6."));

    static final Violation SECOND_GAP = new Violation(
            "numbering.gap",
            Severity.ERROR,
            Document.ROADMAP,
            Pointer.parse("/sections/2/activities/3/number"),
            "после № 2 идёт № 4, № 3 отсутствует",
            args("previous", "2", "number", "4", "missing", "3"));

    static final Violation NO_EXECUTOR = new Violation(
            "activity.no-executor",
            Severity.ERROR,
            Document.ROADMAP,
            Pointer.activity(1, 0),
            "у мероприятия «Семинар»\nнет исполнителя",
            args("activity", "Семинар"));

    static final Violation LATE = new Violation(
            "reporting.late",
            Severity.WARNING,
            Document.MONITORING,
            Pointer.parse("/reports/4/submitted"),
            "отчёт представлен 15.04.2021, на 3 дня позже срока",
            args(
                    "days",
                    3,
                    "submitted",
                    LocalDate.of(2021, 4, 15),
                    "share",
                    new BigDecimal("52.80"),
                    "periods",
                    List.of("2021-03", 2021L)));

    static final Violation EMPTY = new Violation(
            "structure.empty", Severity.ERROR, Document.ROADMAP, Pointer.root(), "нет разделов", Map.of());

    static final ValidationReport REPORT = ValidationReport.of(List.of(LATE, SECOND_GAP, NO_EXECUTOR, GAP));
    static final ValidationReport WARNINGS = ValidationReport.of(List.of(LATE, GAP));
    static final ValidationReport NONE = ValidationReport.of(List.of());

    static final String LISTING = "The report has 4 violations:\n"
            + "  /sections/0/activities/6/number [numbering.gap] WARNING: после № 5 идёт № 7, № 6 отсутствует\n"
            + "  /sections/1/activities/0 [activity.no-executor] ERROR: у мероприятия «Семинар»\n"
            + "    нет исполнителя\n"
            + "  /sections/2/activities/3/number [numbering.gap] ERROR: после № 2 идёт № 4, № 3 отсутствует\n"
            + "  monitoring#/reports/4/submitted [reporting.late] WARNING: отчёт представлен 15.04.2021, на 3 дня"
            + " позже срока";

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static ReportAssert assertThat(ValidationReport report) {
        return ReportAssertions.assertThat(report);
    }

    @Nested
    class HasNoErrors {

        @Test
        void passesWithWarningsOnly() {
            assertThatCode(() -> assertThat(WARNINGS).hasNoErrors()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(NONE).hasNoErrors()).doesNotThrowAnyException();
        }

        @Test
        void failsNamingTheErrorsAndListingTheReport() {
            assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors())
                    .isExactlyInstanceOf(AssertionError.class)
                    .hasMessage("Expected no errors, but the report has 2 errors:\n"
                            + "  /sections/1/activities/0 [activity.no-executor] ERROR: у мероприятия «Семинар»\n"
                            + "    нет исполнителя\n"
                            + "  /sections/2/activities/3/number [numbering.gap] ERROR: после № 2 идёт № 4, № 3"
                            + " отсутствует\n"
                            + LISTING);
        }

        @Test
        void saysOneError() {
            assertThatThrownBy(() ->
                            assertThat(ValidationReport.of(List.of(EMPTY))).hasNoErrors())
                    .hasMessage("Expected no errors, but the report has 1 error:\n"
                            + "  / [structure.empty] ERROR: нет разделов\n"
                            + "The report has 1 violation:\n"
                            + "  / [structure.empty] ERROR: нет разделов");
        }
    }

    @Nested
    class HasNoViolations {

        @Test
        void passesForAnEmptyReport() {
            assertThatCode(() -> assertThat(NONE).hasNoViolations()).doesNotThrowAnyException();
        }

        @Test
        void failsListingTheReport() {
            assertThatThrownBy(() -> assertThat(WARNINGS).hasNoViolations())
                    .isExactlyInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Expected no violations, but the report has 2 violations.\n"
                            + "The report has 2 violations:\n"
                            + "  /sections/0/activities/6/number [numbering.gap]");
        }
    }

    @Nested
    class HasViolation {

        @Test
        void passesWhenTheCodeIsThere() {
            assertThatCode(() -> assertThat(REPORT).hasViolation("numbering.gap"))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsNamingTheCodesTheReportHas() {
            assertThatThrownBy(() -> assertThat(REPORT).hasViolation("numbering.duplicate"))
                    .isExactlyInstanceOf(AssertionError.class)
                    .hasMessage("Expected a violation [numbering.duplicate], but the report has none; its codes are"
                            + " numbering.gap, activity.no-executor, reporting.late.\n"
                            + LISTING);
        }

        @Test
        void failsOnAnEmptyReport() {
            assertThatThrownBy(() -> assertThat(NONE).hasViolation("numbering.gap"))
                    .hasMessage("Expected a violation [numbering.gap], but the report has none.\n"
                            + "The report has no violations.");
        }

        @Test
        void givesTheViolationsOfTheCode() {
            ViolationAssert gaps = assertThat(REPORT).hasViolation("numbering.gap");

            Assertions.assertThat(gaps.violations()).containsExactly(GAP, SECOND_GAP);
            Assertions.assertThat(gaps.violation()).isEqualTo(GAP);
            Assertions.assertThat(gaps.at("/sections/2/activities/3/number").violation())
                    .isEqualTo(SECOND_GAP);
            Assertions.assertThat(gaps.and().report()).isSameAs(REPORT);
        }
    }

    @Nested
    class At {

        @Test
        void passesWithAPointerOrItsText() {
            assertThatCode(() -> assertThat(REPORT)
                            .hasViolation("numbering.gap")
                            .at(Pointer.activity(0, 6).add("number"))
                            .at("/sections/0/activities/6/number"))
                    .doesNotThrowAnyException();
            assertThatCode(() -> assertThat(ValidationReport.of(List.of(EMPTY)))
                            .hasViolation("structure.empty")
                            .at(""))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsListingWhereTheViolationsOfTheCodeAre() {
            assertThatThrownBy(() ->
                            assertThat(REPORT).hasViolation("numbering.gap").at("/sections/0/activities/7/number"))
                    .isExactlyInstanceOf(AssertionError.class)
                    .hasMessage("Expected a violation [numbering.gap] at /sections/0/activities/7/number, but the"
                            + " violations [numbering.gap] are at:\n"
                            + "  /sections/0/activities/6/number\n"
                            + "  /sections/2/activities/3/number\n"
                            + LISTING);
        }

        @Test
        void showsTheRootAsTheWholeDocument() {
            assertThatThrownBy(() -> assertThat(ValidationReport.of(List.of(EMPTY)))
                            .hasViolation("structure.empty")
                            .at("/sections"))
                    .hasMessageContaining("are at:\n  \"\" (the whole document)\n");
        }

        @Test
        void refusesTextThatIsNoPointer() {
            assertThatThrownBy(() ->
                            assertThat(REPORT).hasViolation("numbering.gap").at("sections/0"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class InDocument {

        @Test
        void passesInTheRightDocument() {
            assertThatCode(() -> assertThat(REPORT)
                            .hasViolation("reporting.late")
                            .inDocument(Document.MONITORING)
                            .at("/reports/4/submitted"))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsInTheOther() {
            assertThatThrownBy(() -> assertThat(REPORT)
                            .hasViolation("reporting.late")
                            .at("/reports/4/submitted")
                            .inDocument(Document.ROADMAP))
                    .hasMessageStartingWith("Expected a violation [reporting.late] at /reports/4/submitted in the"
                            + " roadmap document, but the violations [reporting.late] at /reports/4/submitted are in"
                            + " the documents:\n"
                            + "  monitoring\n"
                            + "The report has 4 violations:");
        }
    }

    @Nested
    class WithSeverity {

        @Test
        void passes() {
            assertThatCode(() -> assertThat(REPORT)
                            .hasViolation("numbering.gap")
                            .withSeverity(Severity.ERROR)
                            .at("/sections/2/activities/3/number"))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsNamingTheSeveritiesOfTheViolationsLeft() {
            assertThatThrownBy(() -> assertThat(REPORT)
                            .hasViolation("numbering.gap")
                            .at("/sections/0/activities/6/number")
                            .withSeverity(Severity.ERROR))
                    .hasMessageStartingWith("Expected a violation [numbering.gap] at /sections/0/activities/6/number"
                            + " with severity ERROR, but the violations [numbering.gap] at"
                            + " /sections/0/activities/6/number have the severities:\n"
                            + "  WARNING\n"
                            + "The report has 4 violations:");
        }
    }

    @Nested
    class WithMessageContaining {

        @Test
        void passes() {
            assertThatCode(() ->
                            assertThat(REPORT).hasViolation("numbering.gap").withMessageContaining("№ 6 отсутствует"))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsQuotingTheMessages() {
            assertThatThrownBy(() ->
                            assertThat(REPORT).hasViolation("numbering.gap").withMessageContaining("№ 8"))
                    .hasMessageStartingWith("Expected a violation [numbering.gap] with a message containing \"№ 8\","
                            + " but the violations [numbering.gap] have the messages:\n"
                            + "  \"после № 5 идёт № 7, № 6 отсутствует\"\n"
                            + "  \"после № 2 идёт № 4, № 3 отсутствует\"\n");
        }
    }

    @Nested
    class WithArgument {

        @Test
        void comparesNumbersByValueWhateverTheirType() {
            assertThatCode(() -> assertThat(REPORT)
                            .hasViolation("reporting.late")
                            .withArgument("days", 3)
                            .withArgument("days", 3L)
                            .withArgument("days", new BigDecimal("3.0"))
                            .withArgument("share", new BigDecimal("52.8"))
                            .withArgument("share", 52.8))
                    .doesNotThrowAnyException();
        }

        @Test
        void comparesTextsDatesAndLists() {
            assertThatCode(() -> assertThat(REPORT)
                            .hasViolation("reporting.late")
                            .withArgument("submitted", LocalDate.of(2021, 4, 15))
                            .withArgument("periods", List.of("2021-03", 2021)))
                    .doesNotThrowAnyException();
            assertThatCode(() ->
                            assertThat(REPORT).hasViolation("numbering.gap").withArgument("missing", "6."))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsNamingTheValuesFound() {
            assertThatThrownBy(() ->
                            assertThat(REPORT).hasViolation("reporting.late").withArgument("days", 4))
                    .hasMessageStartingWith("Expected a violation [reporting.late] with the argument days = 4, but"
                            + " the violations [reporting.late] have the arguments days =:\n"
                            + "  3\n");
        }

        @Test
        void failsOnAMissingArgumentOrAnotherType() {
            assertThatThrownBy(() ->
                            assertThat(REPORT).hasViolation("numbering.gap").withArgument("days", 2))
                    .hasMessageContaining("have the arguments days =:\n  (none)\n");
            assertThatThrownBy(() ->
                            assertThat(REPORT).hasViolation("reporting.late").withArgument("submitted", "2021-04-15"))
                    .hasMessageContaining("have the arguments submitted =:\n  2021-04-15\n");
            assertThatThrownBy(() -> assertThat(REPORT)
                            .hasViolation("reporting.late")
                            .withArgument("periods", List.of("2021-03")))
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Nested
    class HasNoViolation {

        @Test
        void passesWithoutTheCode() {
            assertThatCode(() -> assertThat(REPORT).hasNoViolation("numbering.duplicate"))
                    .doesNotThrowAnyException();
        }

        @Test
        void failsListingTheViolationsOfTheCode() {
            assertThatThrownBy(() -> assertThat(REPORT).hasNoViolation("numbering.gap"))
                    .hasMessage("Expected no violation [numbering.gap], but the report has 2:\n"
                            + "  /sections/0/activities/6/number [numbering.gap] WARNING: после № 5 идёт № 7, № 6"
                            + " отсутствует\n"
                            + "  /sections/2/activities/3/number [numbering.gap] ERROR: после № 2 идёт № 4, № 3"
                            + " отсутствует\n"
                            + LISTING);
        }
    }

    @Nested
    class HasViolationCount {

        @Test
        void passes() {
            assertThatCode(() -> assertThat(REPORT).hasViolationCount(4)).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(NONE).hasViolationCount(0)).doesNotThrowAnyException();
        }

        @Test
        void fails() {
            assertThatThrownBy(() -> assertThat(REPORT).hasViolationCount(1))
                    .hasMessage("Expected 1 violation, but the report has 4.\n" + LISTING);
        }
    }

    @Nested
    class HasOnlyCodes {

        @Test
        void passesWhenEveryViolationHasOneOfTheCodes() {
            assertThatCode(() ->
                            assertThat(WARNINGS).hasOnlyCodes("numbering.gap", "reporting.late", "numbering.duplicate"))
                    .doesNotThrowAnyException();
            assertThatCode(() -> assertThat(NONE).hasOnlyCodes("numbering.gap")).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(NONE).hasOnlyCodes()).doesNotThrowAnyException();
        }

        @Test
        void failsListingTheOthers() {
            assertThatThrownBy(() -> assertThat(REPORT).hasOnlyCodes("numbering.gap"))
                    .hasMessage("Expected only the codes numbering.gap, but the report also has activity.no-executor,"
                            + " reporting.late:\n"
                            + "  /sections/1/activities/0 [activity.no-executor] ERROR: у мероприятия «Семинар»\n"
                            + "    нет исполнителя\n"
                            + "  monitoring#/reports/4/submitted [reporting.late] WARNING: отчёт представлен"
                            + " 15.04.2021, на 3 дня позже срока\n"
                            + LISTING);
            assertThatThrownBy(() -> assertThat(WARNINGS).hasOnlyCodes())
                    .hasMessageStartingWith("Expected only the codes (none), but the report also has numbering.gap,"
                            + " reporting.late:");
        }
    }

    @Nested
    class ChainedConditions {

        @Test
        void needOneViolationThatMeetsThemAll() {
            // one gap is an error, the other is at /sections/0/...: no gap is both
            assertThatThrownBy(() -> assertThat(REPORT)
                            .hasViolation("numbering.gap")
                            .withSeverity(Severity.ERROR)
                            .at("/sections/0/activities/6/number"))
                    .hasMessageStartingWith("Expected a violation [numbering.gap] with severity ERROR at"
                            + " /sections/0/activities/6/number, but the violations [numbering.gap] with severity"
                            + " ERROR are at:\n"
                            + "  /sections/2/activities/3/number\n");
        }

        @Test
        void goOnWithTheReport() {
            assertThatCode(() -> assertThat(REPORT)
                            .hasViolation("numbering.gap")
                            .at("/sections/0/activities/6/number")
                            .and()
                            .hasViolation("reporting.late")
                            .and()
                            .hasNoViolation("structure.blank")
                            .hasViolationCount(4))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class OfAPlantedDefect {

        @Test
        void passesWhenTheValidatorReportsItAtItsPlace() {
            Planted planted = Defects.plant(Defect.STRUCTURE_BLANK, 4L);
            RoadmapValidator validator = RoadmapValidator.builder()
                    .asOf(planted.asOf())
                    .locale(Locale.ENGLISH)
                    .build();

            assertThat(planted.validate(validator))
                    .hasViolation(planted)
                    .inDocument(Document.ROADMAP)
                    .withSeverity(Severity.ERROR);
            assertThat(planted.introduced(validator)).hasOnlyCodes("structure.blank");
        }

        @Test
        void failsWhenTheReportMissesIt() {
            Planted planted = Defects.plant(Defect.REPORTING_LATE, 4L);
            Violation elsewhere = new Violation(
                    LATE.code(),
                    LATE.severity(),
                    LATE.document(),
                    Pointer.parse("/reports/999/submitted"),
                    LATE.message(),
                    LATE.arguments());

            assertThatThrownBy(() ->
                            assertThat(ValidationReport.of(List.of(elsewhere))).hasViolation(planted))
                    .hasMessageStartingWith("Expected a violation [reporting.late] in the monitoring document at "
                            + planted.pointer() + ", but the violations [reporting.late] in the monitoring document"
                            + " are at:\n"
                            + "  /reports/999/submitted\n");
        }
    }
}
