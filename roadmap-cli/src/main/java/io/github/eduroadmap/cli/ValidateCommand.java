package io.github.eduroadmap.cli;

import io.github.eduroadmap.cli.internal.Documents;
import io.github.eduroadmap.cli.internal.InOrder;
import io.github.eduroadmap.cli.internal.Json;
import io.github.eduroadmap.io.Document;
import io.github.eduroadmap.io.MonitoringDocument;
import io.github.eduroadmap.io.RoadmapDocument;
import io.github.eduroadmap.model.CalendarProfile;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap validate FILE...}: what is wrong with roadmaps and their monitoring, in Russian or English. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates roadmaps and their monitoring documents against the domain's rules.",
            "",
            "Prints each problem with its JSON Pointer, code, severity and message in Russian or English.",
            "One unreadable file never stops the others.",
            "",
            "A monitoring document is checked with the roadmap whose id it names; give it with --monitoring or",
            "among the FILEs.",
            "",
            "--format json prints the report of one file as ValidationReport JSON (validation-report/1); for",
            "several files, {\"schema\": \"validation-results/1\", \"files\": [{\"file\": ..., \"report\": ...}",
            "or {\"file\": ..., \"error\": ...}]}.",
            "",
            "--schema-only checks only what the published JSON Schema checks (and the reader's stricter checks of",
            "dates, limits and deadline fields): each file is read strictly, the words of its deadlines and results",
            "are not interpreted (they never make a file unreadable), and no rule runs. Each readable file gets one",
            "line \"valid: FILE\"; with --format json, {\"file\": ..., \"valid\": true} in place of a report.",
            "",
            "Many files are read and validated on all processors; what is printed keeps the order of the FILEs."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   nothing reaches the --fail-on severity",
            "  1   something does",
            "  2   an input cannot be read (the message names the file, line, column and JSON Pointer)",
            "  64  the command line is wrong"
        })
final class ValidateCommand implements Callable<Integer> {

    /** The severity at which validation fails. */
    enum FailOn {
        error,
        warning,
        info
    }

    /** The output format. */
    enum Format {
        text,
        json
    }

    /** The calendar profile. */
    enum Profile {
        civil,
        labour
    }

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "roadmaps and monitoring documents (.yaml, .yml, .json)")
    List<Path> files;

    @Option(names = "--monitoring", paramLabel = "FILE", description = "a monitoring document; may be repeated")
    List<Path> monitoring = new ArrayList<>();

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "check as of this day (YYYY-MM-DD); default: today in each roadmap's time zone")
    LocalDate asOf;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "ru",
            description = "ru or en (default: ${DEFAULT-VALUE})")
    Language lang;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            description =
                    "exit 1 when a violation is this bad or worse: error, warning or info (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "civil",
            description = "production calendar profile for due dates: civil (presidential non-working days of 2020-2021"
                    + " count as working, the default for civil-law terms) or labour")
    Profile profile;

    @Option(
            names = "--only",
            paramLabel = "CODE",
            split = ",",
            description = "run only these rules (comma-separated codes)")
    List<String> only = new ArrayList<>();

    @Option(
            names = "--disable",
            paramLabel = "CODE",
            split = ",",
            description = "turn these rules off (comma-separated codes)")
    List<String> disable = new ArrayList<>();

    @Option(names = "--lenient", description = "keep unknown fields instead of refusing them")
    boolean lenient;

    @Option(names = "--quiet", description = "print only the summary line of each file")
    boolean quiet;

    @Option(
            names = "--schema-only",
            description = "only read each file strictly (what the published JSON Schema checks, and a little more);"
                    + " run no rules")
    boolean schemaOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (schemaOnly) {
            return readOnly(out, err);
        }
        RoadmapValidator validator = validator();

        Map<Path, Roadmap> roadmaps = new LinkedHashMap<>();
        Map<String, Monitoring> monitoringById = new LinkedHashMap<>();
        Map<Path, String> unreadable = readAll(err, file -> Read.of(file, lenient), (file, doc) -> {
            if (doc instanceof RoadmapDocument) {
                roadmaps.put(file, ((RoadmapDocument) doc).roadmap());
            } else {
                Monitoring m = ((MonitoringDocument) doc).monitoring();
                monitoringById.put(m.roadmap().value(), m);
            }
        });

        int code = unreadable.isEmpty() ? RoadmapCli.OK : RoadmapCli.UNREADABLE;
        for (String id : monitoringById.keySet()) {
            if (roadmaps.values().stream().noneMatch(r -> r.id().value().equals(id))) {
                err.println(
                        "roadmap: a monitoring document names the roadmap " + id + ", which is not among the files");
                code = RoadmapCli.UNREADABLE;
            }
        }

        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
        Map<Path, ValidationReport> reports = new LinkedHashMap<>();
        InOrder.forEach(
                new ArrayList<>(roadmaps.keySet()),
                file -> {
                    Roadmap roadmap = roadmaps.get(file);
                    Monitoring m = monitoringById.get(roadmap.id().value());
                    return m == null ? validator.validate(roadmap) : validator.validate(roadmap, m);
                },
                reports::put);
        for (ValidationReport report : reports.values()) {
            if (!report.atLeast(threshold).violations().isEmpty() && code == RoadmapCli.OK) {
                code = RoadmapCli.FAILED;
            }
        }
        if (format == Format.text) {
            boolean headers = reports.size() + unreadable.size() > 1;
            reports.forEach((file, report) -> printText(out, file, report, headers));
        } else if (files.size() == 1 && reports.size() == 1 && unreadable.isEmpty()) {
            out.print(reports.values().iterator().next().toJson());
        } else {
            List<String> json = new ArrayList<>();
            reports.forEach((file, report) -> json.add("{\"file\": " + Json.string(file.toString()) + ", \"report\": "
                    + report.toJson().strip() + "}"));
            unreadable.forEach((file, message) -> json.add(
                    "{\"file\": " + Json.string(file.toString()) + ", \"error\": " + Json.string(message) + "}"));
            out.println("{\"schema\": \"validation-results/1\", \"files\": [");
            out.println(String.join(",\n", json));
            out.println("]}");
        }
        return code;
    }

    /** {@code --schema-only}: reads every file strictly and says which are valid documents; builds no validator. */
    private int readOnly(PrintWriter out, PrintWriter err) {
        List<Path> valid = new ArrayList<>();
        Map<Path, String> unreadable = readAll(err, file -> Read.check(file, lenient), (file, doc) -> valid.add(file));
        if (format == Format.text) {
            for (Path file : valid) {
                out.println((lang == Language.en ? "valid: " : "корректен: ") + file);
            }
        } else {
            List<String> json = new ArrayList<>();
            valid.forEach(file -> json.add("{\"file\": " + Json.string(file.toString()) + ", \"valid\": true}"));
            unreadable.forEach((file, message) -> json.add(
                    "{\"file\": " + Json.string(file.toString()) + ", \"error\": " + Json.string(message) + "}"));
            out.println("{\"schema\": \"validation-results/1\", \"files\": [");
            out.println(String.join(",\n", json));
            out.println("]}");
        }
        return unreadable.isEmpty() ? RoadmapCli.OK : RoadmapCli.UNREADABLE;
    }

    /**
     * Reads the FILEs and the monitoring files, on all processors when there are many, and hands each readable one
     * over in the order given, showing progress and printing each failure in that order too.
     *
     * @param err the error stream
     * @param reading how one file is read
     * @param readable what to do with a readable file and its document (null when only checked)
     * @return the unreadable files, each with why
     */
    private Map<Path, String> readAll(
            PrintWriter err, java.util.function.Function<Path, Read> reading, BiConsumer<Path, Document> readable) {
        List<Path> all = new ArrayList<>(files);
        all.addAll(monitoring);
        Map<Path, String> unreadable = new LinkedHashMap<>();
        Progress progress = new Progress(err, all.size());
        InOrder.forEach(all, reading, (file, read) -> {
            progress.step(file);
            if (read.failed()) {
                unreadable.put(file, progress.failed(read.error()));
            } else {
                readable.accept(file, read.document());
            }
        });
        progress.done();
        return unreadable;
    }

    private void printText(PrintWriter out, Path file, ValidationReport report, boolean header) {
        if (header) {
            out.println("== " + file);
        }
        if (!quiet) {
            out.print(report.toText());
        }
        boolean en = lang == Language.en;
        out.println((en ? "errors " : "ошибок ")
                + report.count(Severity.ERROR)
                + (en ? ", warnings " : ", предупреждений ")
                + report.count(Severity.WARNING)
                + (en ? ", notes " : ", замечаний ")
                + report.count(Severity.INFO)
                + (header ? "" : ": " + file));
    }

    private RoadmapValidator validator() {
        RoadmapValidator.Builder b = RoadmapValidator.builder()
                .locale(Locale.forLanguageTag(lang.name()))
                .calendarProfile(profile == Profile.labour ? CalendarProfile.LABOUR : CalendarProfile.CIVIL_TERMS);
        Optional.ofNullable(asOf).ifPresent(b::asOf);
        if (!only.isEmpty()) {
            b.only(only.toArray(new String[0]));
        }
        if (!disable.isEmpty()) {
            b.disable(disable.toArray(new String[0]));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * What reading one file gave: its document (none when only checked) or the line that says why it failed.
     *
     * @param failed whether reading failed
     * @param document the document; null when it failed or was only checked
     * @param error what went wrong, as printed
     */
    private record Read(boolean failed, Document document, String error) {

        /** Reads a file on any thread: its failure is written to a buffer of its own, printed later in order. */
        static Read of(Path file, boolean lenient) {
            java.io.StringWriter error = new java.io.StringWriter();
            Documents.Result<Document> r = Documents.read(file, lenient, new PrintWriter(error, true));
            return new Read(r.failed(), r.value(), error.toString());
        }

        /** Checks a file on any thread (see {@link Documents#check}); keeps no document. */
        static Read check(Path file, boolean lenient) {
            java.io.StringWriter error = new java.io.StringWriter();
            Documents.Result<String> r = Documents.check(file, lenient, new PrintWriter(error, true));
            return new Read(r.failed(), null, error.toString());
        }
    }

    /** Progress on a terminal, for many files: one line rewritten in place on the error stream. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean shown;
        private final java.io.StringWriter lastError = new java.io.StringWriter();
        private final PrintWriter errors;
        private int done;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
            this.shown = total > 1 && System.console() != null;
            this.errors = new PrintWriter(
                    new java.io.Writer() {
                        @Override
                        public void write(char[] buf, int off, int len) {
                            lastError.write(buf, off, len);
                            if (shown) {
                                err.print("\r\033[K");
                            }
                            err.write(buf, off, len);
                        }

                        @Override
                        public void flush() {
                            err.flush();
                        }

                        @Override
                        public void close() {}
                    },
                    true);
        }

        PrintWriter errors() {
            lastError.getBuffer().setLength(0);
            return errors;
        }

        /**
         * Prints why a file could not be read, as reading it would have, and returns it without the command's name.
         *
         * @param error the failure, as {@link Documents#read} wrote it
         * @return the failure for the report of unreadable files
         */
        String failed(String error) {
            PrintWriter w = errors();
            w.print(error);
            w.flush();
            return lastError();
        }

        String lastError() {
            errors.flush();
            String s = lastError.toString().strip();
            return s.startsWith("roadmap: ") ? s.substring("roadmap: ".length()) : s;
        }

        void step(Path file) {
            done++;
            if (shown) {
                err.print("\r\033[K[" + done + "/" + total + "] " + file);
                err.flush();
            }
        }

        void done() {
            if (shown) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
