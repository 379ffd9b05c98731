package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.io.RoadmapReadException;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test of the validator over roadmaps and monitoring documents read from fuzzed YAML.
 *
 * <p>Whatever the roadmap, the standard validator (as of a pinned date) returns a report without an exception, and
 * no rule fails: the report has no {@code validator.rule-failed}, the violation the engine records when a rule
 * throws.
 *
 * <p>Each input may take 30 seconds: a slower one fails the regression run and is a timeout when fuzzing.
 *
 * <p>Without {@code JAZZER_FUZZ} it runs once per file of its corpus in
 * {@code src/test/resources/io/github/eduroadmap/validation/RoadmapValidatorFuzzTestsInputs/}. To fuzz, see
 * {@code docs/testing.md}.
 */
@Timeout(30)
class RoadmapValidatorFuzzTests {

    private static final RoadmapMapper YAML = RoadmapMapper.yaml().lenient();

    private static final RoadmapValidator RU =
            RoadmapValidator.builder().asOf(LocalDate.of(2022, 6, 15)).build();

    private static final RoadmapValidator EN = RoadmapValidator.builder()
            .asOf(LocalDate.of(2022, 6, 15))
            .locale(Locale.ENGLISH)
            .build();

    /**
     * A roadmap in YAML, optionally followed by a NUL and its monitoring document in YAML, read leniently; what
     * reads is validated in Russian and English.
     *
     * @param input the roadmap, a NUL and the monitoring document
     */
    @FuzzTest
    void validatesAnyRoadmapWithoutARuleFailing(byte[] input) {
        int nul = indexOfNul(input);
        Roadmap roadmap;
        Monitoring monitoring = null;
        try {
            roadmap = YAML.read(new ByteArrayInputStream(nul < 0 ? input : Arrays.copyOf(input, nul)), "roadmap");
            if (nul >= 0) {
                monitoring = YAML.readMonitoring(
                        new ByteArrayInputStream(Arrays.copyOfRange(input, nul + 1, input.length)), "monitoring");
            }
        } catch (RoadmapReadException e) {
            return;
        }
        for (RoadmapValidator validator : new RoadmapValidator[] {RU, EN}) {
            ValidationReport report =
                    monitoring == null ? validator.validate(roadmap) : validator.validate(roadmap, monitoring);

            assertThat(report.violations())
                    .filteredOn(v -> v.code().equals("validator.rule-failed"))
                    .isEmpty();
            assertThat(report.toText()).isNotNull();
            assertThat(report.toJson()).isNotEmpty();
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
