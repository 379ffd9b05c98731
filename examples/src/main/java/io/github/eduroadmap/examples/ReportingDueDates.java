package io.github.eduroadmap.examples;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a real roadmap and list its monthly reporting due dates, moved to the next working day
 * by the Russian production calendar where the 10th is a day off (Civil Code art. 193).
 */
public final class ReportingDueDates {

    private ReportingDueDates() {}

    /**
     * Runs the example.
     *
     * @param args optionally, the roadmap file to read
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : ExampleFiles.roadmap("primorsky-krai-2021-low-results.yaml");
        Roadmap roadmap = RoadmapMapper.yaml().read(file);
        DateRange period = roadmap.period().orElseThrow();
        ProductionCalendar calendar = ProductionCalendar.russian();
        for (ReportingRequirement duty : roadmap.reporting()) {
            for (LocalDate nominal : duty.deadline().dueDates(period)) {
                DueDate due = calendar.rollForward(nominal); // Civil Code art. 193
                System.out.println(duty.reporter().orElse("?") + ": report due " + due.due()
                        + (due.moved() ? " (moved from " + nominal + ", a day off)" : ""));
            }
        }
    }
}
