package io.github.eduroadmap.cli;

import io.github.eduroadmap.cli.internal.Documents;
import io.github.eduroadmap.cli.internal.ShowReport;
import io.github.eduroadmap.io.Document;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap show FILE}: what a roadmap holds, at a glance. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what a roadmap holds, at a glance.",
            "",
            "Title, period, approval, sections with activity counts, due dates by month, executors with their",
            "activity counts, and deadlines no rule understands. For a monitoring document: what it reports on."
        })
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a roadmap or monitoring document (.yaml, .yml or .json)")
    Path file;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "language of the headings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            defaultValue = "ru")
    Language lang;

    @Option(names = "--lenient", description = "keep unknown fields instead of refusing them")
    boolean lenient;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Documents.Result<Document> read =
                Documents.read(file, lenient, spec.commandLine().getErr());
        if (read.failed()) {
            return RoadmapCli.UNREADABLE;
        }
        spec.commandLine().getOut().print(ShowReport.render(read.value(), lang == Language.en));
        return RoadmapCli.OK;
    }
}
