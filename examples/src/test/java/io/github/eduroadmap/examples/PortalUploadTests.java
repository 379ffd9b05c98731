package io.github.eduroadmap.examples;

import static io.github.eduroadmap.testing.ReportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.Defect;
import io.github.eduroadmap.testing.Defects;
import io.github.eduroadmap.testing.Planted;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user's test, as a portal developer writes it with {@code roadmap-testing}: a defect planted at a known place in
 * a generated roadmap, the validator, the report assertions, and then what the portal does with the report.
 *
 * <p>The portal here is {@link UploadDesk}: it refuses a roadmap whose report has errors and tells the uploader the
 * places to fix; warnings do not stop an upload. The report assertions check the report and AssertJ the portal: both
 * {@code assertThat} are imported, the report's being the more specific for a {@code ValidationReport}.
 */
class PortalUploadTests {

    /** The portal's code under test: accepts a roadmap unless the validator finds an error in it. */
    static final class UploadDesk {
        private final RoadmapValidator validator;

        UploadDesk(RoadmapValidator validator) {
            this.validator = validator;
        }

        Decision upload(Roadmap roadmap, Optional<Monitoring> monitoring) {
            ValidationReport report =
                    monitoring.map(m -> validator.validate(roadmap, m)).orElseGet(() -> validator.validate(roadmap));
            return new Decision(
                    report.isValid(),
                    places(report.errors()),
                    places(report.atLeast(Severity.WARNING).violations()));
        }

        private static List<String> places(List<Violation> violations) {
            return violations.stream()
                    .map(v -> (v.document() == Document.MONITORING ? "monitoring#" : "") + v.pointer())
                    .collect(Collectors.toList());
        }
    }

    /**
     * What the portal answers an upload: accepted or not, the places to fix (errors) and the places worth a look
     * (errors and warnings).
     */
    record Decision(boolean accepted, List<String> toFix, List<String> toLookAt) {}

    /** One validator per as-of date and language, as the portal builds it once and shares it. */
    static RoadmapValidator validatorFor(Planted planted) {
        return RoadmapValidator.builder()
                .asOf(planted.asOf())
                .locale(Locale.ENGLISH)
                .build();
    }

    @Test
    void refusesARoadmapWithAnActivityWithoutExecutorAndPointsAtIt() {
        Planted planted = Defects.plant(Defect.ACTIVITY_NO_EXECUTOR, 42L); // e.g. at /sections/1/activities/3
        RoadmapValidator validator = validatorFor(planted);

        assertThat(planted.validate(validator))
                .hasViolation(planted)
                .withSeverity(Severity.ERROR)
                .withMessageContaining("has no executor");

        Decision decision = new UploadDesk(validator).upload(planted.roadmap(), planted.monitoring());
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.toFix()).containsExactly(planted.pointer().toString());
    }

    @Test
    void acceptsAGapInTheNumberingButShowsWhereItIs() {
        Planted planted = Defects.plant(Defect.NUMBERING_GAP, 42L);
        RoadmapValidator validator = validatorFor(planted);
        ValidationReport report = planted.validate(validator);

        assertThat(report)
                .hasNoErrors()
                .hasViolation("numbering.gap")
                .at(planted.pointer())
                .withSeverity(Severity.WARNING)
                .withMessageContaining("is missing");
        // the gap is all that planting it changed
        assertThat(planted.introduced(validator)).hasViolationCount(1).hasOnlyCodes("numbering.gap");

        Decision decision = new UploadDesk(validator).upload(planted.roadmap(), planted.monitoring());
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.toLookAt()).contains(planted.pointer().toString());
    }

    @ParameterizedTest
    @EnumSource(
            value = Defect.class,
            names = {"REPORTING_LATE", "REPORTING_MISSING", "REPORTING_OUTSIDE_PERIOD", "REPORTING_DUPLICATE"})
    void pointsAtEveryReportingProblemOfTheMonitoringDocument(Defect defect) {
        Planted planted = Defects.plant(defect, 7L);
        RoadmapValidator validator = validatorFor(planted);

        assertThat(planted.introduced(validator))
                .hasViolation(planted)
                .and()
                .hasOnlyCodes(planted.expectedCodes().toArray(String[]::new));

        Decision decision = new UploadDesk(validator).upload(planted.roadmap(), planted.monitoring());
        String place = (planted.document() == Document.MONITORING ? "monitoring#" : "") + planted.pointer();
        assertThat(decision.toLookAt()).contains(place);
    }
}
