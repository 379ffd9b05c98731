package io.github.eduroadmap.cli;

import io.github.eduroadmap.cli.internal.Documents;
import io.github.eduroadmap.io.Document;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap convert IN OUT}: JSON to YAML and back, by the files' extensions. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts a roadmap or monitoring document between JSON and YAML.",
            "",
            "The formats follow the files' extensions (.json, .yaml, .yml). Converting to the same format rewrites",
            "the file in the canonical layout."
        })
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the document to read")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write")
    Path out;

    @Option(names = "--lenient", description = "keep unknown fields (in `extensions`) instead of refusing them")
    boolean lenient;

    @Option(names = "--force", description = "overwrite OUT if it exists")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Documents.isSupported(out)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "cannot tell the format of " + out + "; expected .json, .yaml or .yml");
        }
        if (!force && java.nio.file.Files.exists(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " exists; use --force to overwrite it");
        }
        Documents.Result<Document> read =
                Documents.read(in, lenient, spec.commandLine().getErr());
        if (read.failed()) {
            return RoadmapCli.UNREADABLE;
        }
        if (!Documents.write(read.value(), out, spec.commandLine().getErr())) {
            return RoadmapCli.CANNOT_WRITE;
        }
        return RoadmapCli.OK;
    }
}
