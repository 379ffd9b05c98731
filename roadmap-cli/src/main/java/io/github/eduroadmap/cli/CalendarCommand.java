package io.github.eduroadmap.cli;

import io.github.eduroadmap.cli.internal.Documents;
import io.github.eduroadmap.imports.CalendarExporter;
import io.github.eduroadmap.imports.ExportException;
import io.github.eduroadmap.io.Document;
import io.github.eduroadmap.io.RoadmapDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap calendar IN -o OUT.ics}: the due dates of a roadmap for people's calendars. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the due dates of a roadmap as an iCalendar file (.ics).",
            "",
            "One all-day event for every due date of every activity within the roadmap's period, and for every report",
            "due under its reporting requirements, moved to the next working day where it falls on a non-working day",
            "(Civil Code art. 193). Importing a new export into a calendar updates its events instead of duplicating them."
        })
final class CalendarCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IN", description = "the roadmap to read (.yaml, .yml or .json)")
    Path in;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            required = true,
            description = "the calendar to write (.ics)")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "keep due dates on or after DATE (2021-03-01)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "keep due dates on or before DATE (2021-06-30)")
    LocalDate to;

    @Option(names = "--lenient", description = "keep unknown fields of IN instead of refusing them")
    boolean lenient;

    @Option(names = "--force", description = "overwrite OUT if it exists")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ics")) {
            throw new CommandLine.ParameterException(cmd, "cannot tell the format of " + out + "; expected .ics");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(cmd, "--to " + to + " lies before --from " + from);
        }
        if (!force && Files.exists(out)) {
            throw new CommandLine.ParameterException(cmd, out + " exists; use --force to overwrite it");
        }
        Documents.Result<Document> read = Documents.read(in, lenient, cmd.getErr());
        if (read.failed()) {
            return RoadmapCli.UNREADABLE;
        }
        if (!(read.value() instanceof RoadmapDocument roadmap)) {
            cmd.getErr()
                    .println("roadmap: " + in + ": a monitoring document, not a roadmap; only roadmaps have due"
                            + " dates to export");
            return RoadmapCli.UNREADABLE;
        }
        if (roadmap.roadmap().period().isEmpty() && (from == null || to == null)) {
            throw new CommandLine.ParameterException(
                    cmd, in + " has no period, so its deadlines have no dates; give --from and --to");
        }
        CalendarExporter exporter = CalendarExporter.create().withRange(from, to);
        try {
            int events = exporter.count(roadmap.roadmap());
            exporter.write(roadmap.roadmap(), out);
            cmd.getOut().println("roadmap: " + out + ": " + events + " events");
        } catch (ExportException e) {
            cmd.getErr().println("roadmap: " + e.getMessage());
            return RoadmapCli.CANNOT_WRITE;
        }
        return RoadmapCli.OK;
    }
}
