package io.github.eduroadmap.examples;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's example: check a real roadmap and its monthly reports, and print what is wrong, in English.
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Path roadmapFile = ExampleFiles.roadmap("primorsky-krai-2021-low-results.yaml");
        Path reportsFile = ExampleFiles.monitoring("primorsky-krai-2021-low-results-monitoring.yaml");
        // README:begin
        Roadmap roadmap = RoadmapMapper.yaml().read(roadmapFile);
        Monitoring reports = RoadmapMapper.yaml().readMonitoring(reportsFile);
        RoadmapValidator validator = RoadmapValidator.builder() // build once, share: thread-safe
                .asOf(LocalDate.of(2022, 1, 14))
                .locale(Locale.ENGLISH)
                .build();
        ValidationReport report = validator.validate(roadmap, reports);
        report.atLeast(Severity.WARNING).violations().forEach(System.out::println);
        System.out.println(report.isValid() ? "no errors" : report.count(Severity.ERROR) + " error(s)");
        // README:end
    }
}
