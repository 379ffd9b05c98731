package io.github.eduroadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code roadmap} command: validates, shows, converts, imports and exports education quality roadmaps, and puts
 * their due dates into calendars.
 *
 * <pre>
 * roadmap validate --as-of 2021-12-31 examples/roadmaps/primorsky-krai-2021-low-results.yaml
 * roadmap show examples/roadmaps/primorsky-krai-2021-low-results.yaml
 * roadmap convert roadmap.yaml roadmap.json
 * roadmap import dorozhnaya-karta.docx -o roadmap.yaml
 * roadmap export roadmap.yaml -o roadmap.xlsx
 * roadmap calendar roadmap.yaml -o roadmap.ics --from 2021-03-01
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 validation found something at the fail level, 2 an input cannot be read (the message says where), 64 the command line is wrong, 70 an
 * internal error, 73 an output cannot be written.
 */
@Command(
        name = "roadmap",
        mixinStandardHelpOptions = true,
        versionProvider = RoadmapCli.Version.class,
        description = "Education quality roadmaps (\"дорожные карты\"): validate, show, convert, import, export,"
                + " calendar.",
        subcommands = {
            ValidateCommand.class,
            ShowCommand.class,
            ConvertCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            CalendarCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   success",
            "  1   validate: something reaches the --fail-on severity",
            "  2   an input cannot be read; the message names the file, line, column and JSON Pointer",
            "  64  the command line is wrong",
            "  73  an output cannot be written",
            "  70  an internal error"
        })
public final class RoadmapCli implements Runnable {

    /** Success. */
    public static final int OK = 0;

    /** Validation found something at the fail level. */
    public static final int FAILED = 1;

    /** An input cannot be read. */
    public static final int UNREADABLE = 2;

    /** An output cannot be written. */
    public static final int CANNOT_WRITE = 73;

    /** The command line is wrong. */
    public static final int USAGE = 64;

    /** An internal error. */
    public static final int SOFTWARE = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Creates the command. */
    public RoadmapCli() {}

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: validate, show, convert, import, export or calendar");
    }

    /**
     * Runs the command with the given arguments and streams, without exiting the JVM.
     *
     * @param args the arguments
     * @param out where normal output goes
     * @param err where errors go
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RoadmapCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOFTWARE);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("roadmap: " + e.getMessage());
            cmd.getErr().println("Try 'roadmap " + qualifiedName(cmd) + " --help'.");
            cmd.getErr().flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("roadmap: internal error: " + e);
            e.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return SOFTWARE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String qualifiedName(CommandLine cmd) {
        String name = cmd.getCommandSpec().qualifiedName();
        return name.startsWith("roadmap ") ? name.substring("roadmap ".length()) : "";
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RoadmapCli.class.getPackage().getImplementationVersion();
            return new String[] {"roadmap " + (v == null ? "(development build)" : v)};
        }
    }
}
