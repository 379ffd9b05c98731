package io.github.eduroadmap.cli;

import io.github.eduroadmap.cli.internal.Documents;
import io.github.eduroadmap.cli.internal.Options;
import io.github.eduroadmap.imports.ExportException;
import io.github.eduroadmap.imports.ExportFormat;
import io.github.eduroadmap.imports.RoadmapExporter;
import io.github.eduroadmap.io.Document;
import io.github.eduroadmap.io.RoadmapDocument;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap export IN -o OUT}: a roadmap to a table people open in Excel or Word. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Exports a roadmap as a table for Excel or Word.",
            "",
            "The format follows the extension of OUT: CSV (UTF-8 with a byte order mark, or --encoding windows-1251",
            "for Russian Excel), Excel (.xlsx), Word (.docx) or Markdown (.md). 'roadmap import' reads CSV, .xlsx and",
            ".docx written here back to an equal roadmap."
        })
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IN", description = "the roadmap to read (.yaml, .yml or .json)")
    Path in;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            required = true,
            description = "the table to write (.csv, .xlsx, .docx or .md)")
    Path out;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "of a CSV file: UTF-8 (default) or windows-1251 for Russian Excel")
    String encoding;

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
                out.getFileName() == null ? out.toString() : out.getFileName().toString();
        ExportFormat format = ExportFormat.forFileName(name)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        cmd, "cannot tell the format of " + out + "; expected .csv, .xlsx, .docx or .md"));
        RoadmapExporter exporter = RoadmapExporter.of(format);
        if (encoding != null) {
            if (format != ExportFormat.CSV) {
                throw new CommandLine.ParameterException(cmd, "--encoding is for CSV only, not " + name);
            }
            Charset charset = Options.charset(encoding)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cmd, "--encoding " + encoding + " is not an encoding; expected UTF-8 or windows-1251"));
            exporter = exporter.withCharset(charset);
        }
        if (!force && Files.exists(out)) {
            throw new CommandLine.ParameterException(cmd, out + " exists; use --force to overwrite it");
        }
        Documents.Result<Document> read = Documents.read(in, lenient, cmd.getErr());
        if (read.failed()) {
            return RoadmapCli.UNREADABLE;
        }
        if (!(read.value() instanceof RoadmapDocument roadmap)) {
            cmd.getErr().println("roadmap: " + in + ": a monitoring document, not a roadmap; only roadmaps export");
            return RoadmapCli.UNREADABLE;
        }
        try {
            exporter.write(roadmap.roadmap(), out);
        } catch (ExportException e) {
            cmd.getErr().println("roadmap: " + e.getMessage());
            return RoadmapCli.CANNOT_WRITE;
        }
        return RoadmapCli.OK;
    }
}
