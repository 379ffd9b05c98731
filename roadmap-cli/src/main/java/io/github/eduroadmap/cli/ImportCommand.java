package io.github.eduroadmap.cli;

import io.github.eduroadmap.cli.internal.Documents;
import io.github.eduroadmap.cli.internal.Options;
import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.ImportFormat;
import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.RoadmapImporter;
import io.github.eduroadmap.io.RoadmapDocument;
import io.github.eduroadmap.model.RoadmapId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap import IN -o OUT}: a roadmap table (text, CSV, Excel, Word) to YAML or JSON. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports a roadmap table into a roadmap in YAML or JSON.",
            "",
            "Reads text extracted from Word or PDF (.txt), CSV, Excel (.xlsx) or Word (.docx). Prints what it was not",
            "sure of as warnings naming the source rows, on the error stream; nothing of the table is dropped."
        })
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IN", description = "the table to read (.txt, .csv, .tsv, .xlsx, .docx)")
    Path in;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            required = true,
            description = "the roadmap to write (.yaml, .yml or .json)")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, csv, xlsx or docx (default: by the extension of IN, else text)")
    String format;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "of a text or CSV file, e.g. UTF-8, windows-1251 (default: detected)")
    String encoding;

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            description = "of a CSV file: ';', ',', 'tab' or another character (default: detected)")
    String delimiter;

    @Option(names = "--id", paramLabel = "ID", description = "the roadmap's id (default: from the table or its name)")
    String id;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            description = "federal, regional, municipal or school (default: inferred)")
    String level;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "2022, 2022-03, 2022-12/2023-11 or 2021-02-25/2021-12-12 (default: inferred from the title)")
    String period;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "e.g. Asia/Vladivostok")
    String timeZone;

    @Option(names = "--force", description = "overwrite OUT if it exists")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        ImportOptions options = options(cmd);
        if (!Documents.isSupported(out)) {
            throw new CommandLine.ParameterException(
                    cmd, "cannot tell the format of " + out + "; expected .json, .yaml or .yml");
        }
        if (!force && Files.exists(out)) {
            throw new CommandLine.ParameterException(cmd, out + " exists; use --force to overwrite it");
        }
        PrintWriter err = cmd.getErr();
        if (!Files.isRegularFile(in)) {
            err.println("roadmap: " + in + ": " + (Files.exists(in) ? "not a regular file" : "no such file"));
            return RoadmapCli.UNREADABLE;
        }
        ImportResult result;
        try {
            result = RoadmapImporter.create(options).read(in);
        } catch (ImportException e) {
            err.println("roadmap: " + e.getMessage());
            return RoadmapCli.UNREADABLE;
        }
        for (ImportWarning w : result.warnings()) {
            err.println("roadmap: warning: " + w);
        }
        err.flush();
        if (!Documents.write(new RoadmapDocument(result.roadmap()), out, err)) {
            return RoadmapCli.CANNOT_WRITE;
        }
        cmd.getOut()
                .println("roadmap: " + in.getFileName() + " -> " + out + ": "
                        + result.roadmap().sections().size()
                        + " sections, " + result.roadmap().activities().size() + " activities, "
                        + result.warnings().size() + " warnings");
        return RoadmapCli.OK;
    }

    private ImportOptions options(CommandLine cmd) {
        ImportOptions.Builder b = ImportOptions.builder();
        if (format != null) {
            String f = format.strip().toUpperCase(Locale.ROOT);
            try {
                b.format(ImportFormat.valueOf(f));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        cmd, "--format " + format + " is not a format; expected text, csv, xlsx or docx");
            }
        }
        if (encoding != null) {
            b.encoding(Options.charset(encoding)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cmd, "--encoding " + encoding + " is not an encoding; expected e.g. UTF-8, windows-1251")));
        }
        if (delimiter != null) {
            b.delimiter(Options.delimiter(delimiter)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cmd, "--delimiter " + delimiter + " is not one character; expected ';', ',' or 'tab'")));
        }
        if (id != null) {
            try {
                b.id(RoadmapId.of(id));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "--id " + id + ": " + e.getMessage());
            }
        }
        if (level != null) {
            b.level(Options.level(level)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cmd,
                            "--level " + level + " is not a level; expected federal, regional, municipal or school")));
        }
        if (period != null) {
            b.period(Options.period(period)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cmd, "--period " + period + " is not a period; expected e.g. 2022, 2022-12/2023-11")));
        }
        if (timeZone != null) {
            try {
                b.timeZone(ZoneId.of(timeZone));
            } catch (DateTimeException e) {
                throw new CommandLine.ParameterException(
                        cmd, "--time-zone " + timeZone + " is not a time zone; expected e.g. Asia/Vladivostok");
            }
        }
        return b.build();
    }
}
