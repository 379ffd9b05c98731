package io.github.eduroadmap.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleBinaryOperator;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Runs the benchmarks the performance budgets are stated in, computes each budget's ratio against its baseline
 * measured in the same run, prints a table and exits 1 when a budget is missed.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                  # the budgets (benchmarks/budgets.sh builds and runs this)
 * java -jar benchmarks/target/benchmarks.jar --inputs examples,1000 --forks 1
 * </pre>
 *
 * <p>The budgets:
 *
 * <ul>
 *   <li>read JSON into the model: at least 0.8 times the throughput of Jackson's {@code readTree} of the same bytes;
 *   <li>read YAML into the model: at least 0.85 times YAML {@code readTree};
 *   <li>read a roadmap and its monitoring document from JSON and validate them with every rule: at least 0.5 times
 *       {@code readTree} of the same bytes;
 *   <li>validation grows linearly: the time of validating 100,000 activities at most 11 times that of 10,000;
 *   <li>the heap in use while validating a 100,000-activity roadmap (with its monitoring document), after any garbage
 *       collection, at most 4 times the size of their JSON bytes, in a JVM whose heap is limited to that size (see
 *       {@link HeapProbe}).
 * </ul>
 *
 * <p>The ratio budgets are checked at every input given. A throughput budget is decided by {@link PairedBenchmarks},
 * which runs the benchmark and its baseline in turns in one JVM, so that both see the same machine: on a shared machine
 * the processor's speed drifts by a third within seconds, more than the distance of most ratios from their bounds. The
 * same two benchmarks are also measured the classic way, each in forks of its own ({@link ReadBenchmarks}, {@link
 * ValidateBenchmarks}), and reported beside it with no verdict; each input runs in JMH runs of its own, so that those
 * are measured minutes apart at most. Linear growth is decided likewise in turns, by {@link GrowthBenchmarks}, which
 * in every operation validates the small input once untimed, then ten times timed (the large input's activities over
 * the small one's), then the large one once, in iterations of at least 5 s; the two measured in forks of their own
 * ({@link ValidateBenchmarks#validate}) are reported beside it. Options: {@code --inputs a,b,...} (default: every input),
 * {@code --forks N} (2), {@code --warmup N} (10), {@code --iterations N} (5), {@code --time SECONDS} (2), {@code
 * --linear SMALL,LARGE} (10000,100000), {@code --heap ACTIVITIES} (100000, or {@code none}), {@code --others
 * ACTIVITIES} (1000, or {@code none}: writing JSON and YAML, importing CSV and XLSX tables and parsing the seeds'
 * deadline phrases, each beside its baseline, recorded with no budget), {@code --separate forks} (or {@code none}: the
 * throughput budgets measured in turns only, without their rows in separate forks), {@code --report FILE}
 * (benchmarks/target/budgets.md, a Markdown copy of the table; JMH's own output goes to
 * benchmarks/target/budgets-jmh-INPUT.log), {@code --smoke} (one short iteration in this JVM with
 * the smallest inputs: proves the budgets run, measures nothing).
 */
public final class Budgets {

    /** Every budget holds. */
    public static final int MET = 0;

    /** Some budget is missed. */
    public static final int MISSED = 1;

    /** The command line is wrong. */
    public static final int USAGE = 64;

    private static final String READ = ReadBenchmarks.class.getName();
    private static final String VALIDATE = ValidateBenchmarks.class.getName();
    private static final String WRITE = WriteBenchmarks.class.getName();
    private static final String IMPORT = ImportBenchmarks.class.getName();
    private static final String DEADLINE = DeadlineBenchmarks.class.getName();
    private static final String TURNS = PairedBenchmarks.class.getName();
    private static final String GROWTH = GrowthBenchmarks.class.getName();

    /** The least time of an iteration of {@link GrowthBenchmarks}, whose operation takes a second or two. */
    private static final TimeValue GROWTH_TIME = TimeValue.seconds(5);

    /**
     * A benchmark beside its baseline.
     *
     * @param what what the ratio says, as the table names it
     * @param benchmark the benchmark
     * @param baseline its baseline
     * @param bound the least ratio of their throughputs; NaN when there is no budget
     * @param inTurns the benchmark of {@link PairedBenchmarks} that runs the two in turns in one JVM, which decides
     *     the budget; null when there is none
     */
    private record Paired(String what, String benchmark, String baseline, double bound, String inTurns) {

        /** A benchmark beside its baseline, recorded with no budget. */
        Paired(String what, String benchmark, String baseline) {
            this(what, benchmark, baseline, Double.NaN, null);
        }
    }

    /** The budgets on throughput, each at every input. */
    private static final List<Paired> THROUGHPUT_BUDGETS = List.of(
            new Paired(
                    "read JSON / JSON readTree", READ + ".readJson", READ + ".readJsonTree", 0.8, TURNS + ".readJson"),
            new Paired(
                    "read YAML / YAML readTree", READ + ".readYaml", READ + ".readYamlTree", 0.85, TURNS + ".readYaml"),
            new Paired(
                    "read JSON + validate / JSON readTree",
                    VALIDATE + ".readValidate",
                    VALIDATE + ".readJsonTree",
                    0.5,
                    TURNS + ".readValidate"));

    /** Writing and importing beside their baselines, recorded with no budget. */
    private static final List<Paired> UNBUDGETED = List.of(
            new Paired("write JSON / JSON tree written", WRITE + ".writeJson", WRITE + ".writeJsonTree"),
            new Paired("write YAML / YAML tree written", WRITE + ".writeYaml", WRITE + ".writeYamlTree"),
            new Paired("import CSV / Jackson CSV rows", IMPORT + ".importCsv", IMPORT + ".importCsvRows"),
            new Paired("import XLSX / POI reading every cell", IMPORT + ".importXlsx", IMPORT + ".importXlsxCells"));

    private Budgets() {}

    /**
     * Runs the budgets and exits with {@link #MET} or {@link #MISSED}.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Runs the budgets.
     *
     * @param args the options
     * @param out where the table goes
     * @return {@link #MET}, {@link #MISSED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out) {
        Settings s;
        try {
            s = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("budgets: " + e.getMessage());
            return USAGE;
        }
        String loadBefore = Machine.load();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (String input : s.inputs) {
                out.println("budgets: measuring input " + input + " (load " + Machine.load() + ")");
                Map<String, Turns> turns = inTurns(s, input);
                Map<String, Measured> m =
                        s.separate ? measure(s, benchmarks(THROUGHPUT_BUDGETS), List.of(input)) : Map.of();
                for (Paired p : THROUGHPUT_BUDGETS) {
                    outcomes.add(Outcome.inTurns(p.what(), input, turns.get(p.inTurns()), p.bound()));
                    if (s.separate) {
                        outcomes.add(Outcome.reported(
                                p.what() + SEPARATE,
                                input,
                                m.get(key(p.benchmark(), input)),
                                m.get(key(p.baseline(), input))));
                    }
                }
            }
            if (s.linear != null) {
                out.println("budgets: measuring validation of " + s.linear[0] + " and " + s.linear[1]
                        + " activities (load " + Machine.load() + ")");
                String budget = "validate time " + s.linear[1] + " / time " + s.linear[0];
                double bound = 1.1 * Double.parseDouble(s.linear[1]) / Double.parseDouble(s.linear[0]);
                int times = GrowthBenchmarks.times(Integer.parseInt(s.linear[0]), Integer.parseInt(s.linear[1]));
                outcomes.add(Outcome.growthInTurns(budget, s.linear[0], s.linear[1], growthInTurns(s), times, bound));
                if (s.separate) {
                    Map<String, Measured> m = measure(s, List.of(VALIDATE + ".validate"), List.of(s.linear));
                    outcomes.add(Outcome.atMost(
                                    budget + SEPARATE,
                                    s.linear[1],
                                    m.get(key(VALIDATE + ".validate", s.linear[1])),
                                    m.get(key(VALIDATE + ".validate", s.linear[0])),
                                    bound)
                            .withoutVerdict());
                }
            }
            if (s.others != null) {
                out.println("budgets: measuring writing, importing and deadline phrases at " + s.others
                        + " activities, with no budget (load " + Machine.load() + ")");
                Map<String, Measured> m = measure(s, benchmarks(UNBUDGETED), List.of(s.others));
                for (Paired p : UNBUDGETED) {
                    outcomes.add(Outcome.reported(
                            p.what(),
                            s.others,
                            m.get(key(p.benchmark(), s.others)),
                            m.get(key(p.baseline(), s.others))));
                }
                Map<String, Measured> d =
                        measure(s, List.of(DEADLINE + ".parse", DEADLINE + ".readJsonTree"), List.of());
                outcomes.add(Outcome.reported(
                        "deadline phrases parsed / JSON readTree of each phrase",
                        "seed phrases",
                        d.get(key(DEADLINE + ".parse", NO_INPUT)),
                        d.get(key(DEADLINE + ".readJsonTree", NO_INPUT))));
            }
            if (s.heapActivities != null) {
                out.println("budgets: measuring the heap of validating " + s.heapActivities + " activities (load "
                        + Machine.load() + ")");
                outcomes.add(Heap.measure(s.heapActivities, 4.0));
            }
        } catch (RunnerException e) {
            out.println("budgets: JMH failed: " + e.getMessage());
            return MISSED;
        }
        String table = table(outcomes, s, loadBefore, Machine.load());
        out.print(table);
        if (s.report != null) {
            try {
                Files.createDirectories(s.report.toAbsolutePath().getParent());
                Files.writeString(s.report, table, StandardCharsets.UTF_8);
                out.println("budgets: table written to " + s.report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outcomes.stream().allMatch(o -> o.met) ? MET : MISSED;
    }

    /** The input of a benchmark without an {@code input} parameter. */
    private static final String NO_INPUT = "-";

    /** What the name of a budget's row measured in separate forks ends with: the row reports, the turns decide. */
    static final String SEPARATE = ", separate forks";

    private static List<String> benchmarks(List<Paired> pairs) {
        List<String> b = new ArrayList<>();
        for (Paired p : pairs) {
            b.add(p.benchmark());
            b.add(p.baseline());
        }
        return b;
    }

    private static String key(String benchmark, String input) {
        return benchmark + "@" + input;
    }

    /**
     * Runs the benchmarks of {@link PairedBenchmarks} at an input: each budget's benchmark and baseline in turns.
     *
     * @return the measurements by benchmark
     */
    private static Map<String, Turns> inTurns(Settings s, String input) throws RunnerException {
        List<String> benchmarks = new ArrayList<>();
        for (Paired p : THROUGHPUT_BUDGETS) {
            benchmarks.add(p.inTurns());
        }
        Map<String, Turns> m = new LinkedHashMap<>();
        for (RunResult r : run(s, benchmarks, Map.of("input", List.of(input)), s.time, input + "-in-turns")) {
            m.put(r.getParams().getBenchmark(), Turns.of(r));
        }
        for (String b : benchmarks) {
            if (!m.containsKey(b)) {
                throw new RunnerException("no result for " + b + " with input " + input);
            }
        }
        return m;
    }

    /**
     * Runs {@link GrowthBenchmarks} on the two inputs of {@code --linear}, in iterations of at least {@link
     * #GROWTH_TIME}.
     *
     * @return the measurements
     */
    private static Turns growthInTurns(Settings s) throws RunnerException {
        TimeValue time =
                s.smoke || s.time.convertTo(TimeUnit.MILLISECONDS) >= GROWTH_TIME.convertTo(TimeUnit.MILLISECONDS)
                        ? s.time
                        : GROWTH_TIME;
        Map<String, List<String>> params = Map.of("small", List.of(s.linear[0]), "large", List.of(s.linear[1]));
        String benchmark = GROWTH + ".validateInTurns";
        for (RunResult r : run(s, List.of(benchmark), params, time, "growth-in-turns")) {
            return Turns.of(r);
        }
        throw new RunnerException("no result for " + benchmark);
    }

    private static Map<String, Measured> measure(Settings s, List<String> benchmarks, List<String> inputs)
            throws RunnerException {
        String label = inputs.isEmpty() ? "phrases" : String.join("-", inputs);
        Map<String, Measured> m = new LinkedHashMap<>();
        Map<String, List<String>> params = inputs.isEmpty() ? Map.of() : Map.of("input", inputs);
        for (RunResult r : run(s, benchmarks, params, s.time, label)) {
            Result<?> p = r.getPrimaryResult();
            Result<?> cpu = r.getSecondaryResults().get(CpuTimeProfiler.NAME);
            Result<?> compiling = r.getSecondaryResults().get(CpuTimeProfiler.COMPILING);
            String benchmark = r.getParams().getBenchmark();
            String input = inputs.isEmpty() ? NO_INPUT : r.getParams().getParam("input");
            m.put(
                    key(benchmark, input),
                    new Measured(
                            shortName(benchmark),
                            input,
                            cpu.getScore(),
                            cpu.getScoreError(),
                            cpu.getScoreUnit(),
                            p.getScore(),
                            p.getScoreError(),
                            compiling == null ? Double.NaN : compiling.getScore()));
        }
        for (String b : benchmarks) {
            for (String i : inputs.isEmpty() ? List.of(NO_INPUT) : inputs) {
                if (!m.containsKey(key(b, i))) {
                    throw new RunnerException("no result for " + b + " with input " + i);
                }
            }
        }
        return m;
    }

    /**
     * Runs benchmarks through JMH with the settings, each parameter given its values, and iterations of {@code time};
     * JMH's output goes to a log named after {@code label}.
     */
    private static Collection<RunResult> run(
            Settings s, List<String> benchmarks, Map<String, List<String>> params, TimeValue time, String label)
            throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .forks(s.forks)
                .warmupIterations(s.warmup)
                .warmupTime(time)
                .measurementIterations(s.iterations)
                .measurementTime(time)
                .shouldFailOnError(true)
                .addProfiler(CpuTimeProfiler.class)
                .verbosity(s.smoke ? VerboseMode.SILENT : VerboseMode.NORMAL);
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            o = o.param(p.getKey(), p.getValue().toArray(new String[0]));
        }
        if (s.jmhLog != null) {
            Path log = s.jmhLog.resolveSibling(s.jmhLog.getFileName().toString().replace(".log", "-" + label + ".log"));
            try {
                Files.createDirectories(log.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            o = o.output(log.toString());
        }
        for (String b : benchmarks) {
            o = o.include("^" + Pattern.quote(b) + "$");
        }
        return new Runner(o.build()).run();
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /**
     * Renders the outcomes as a Markdown table with the machine, the JDK and the load.
     *
     * @param outcomes the outcomes
     * @param s the settings
     * @param loadBefore the load average at the start
     * @param loadAfter the load average at the end
     * @return the table
     */
    static String table(List<Outcome> outcomes, Settings s, String loadBefore, String loadAfter) {
        StringBuilder b = new StringBuilder();
        b.append("\n").append(Machine.describe()).append("\n");
        b.append("load average (1, 5, 15 min): ")
                .append(loadBefore)
                .append(" at the start, ")
                .append(loadAfter)
                .append(" at the end\n");
        b.append("JMH: ")
                .append(s.forks)
                .append(" fork(s), ")
                .append(s.warmup)
                .append(" warm-up and ")
                .append(s.iterations)
                .append(" measured iterations of ")
                .append(s.time)
                .append(" each; errors are JMH's 99.9% confidence half-widths\n")
                .append("throughput in processor time (operations per second of the benchmark JVM's processor time,")
                .append(" every thread) is what the ratios compare; throughput by the clock is shown beside it\n")
                .append("compiling: the milliseconds the JIT compilers worked in a measured iteration, on average;")
                .append(" near 0 once a benchmark is in the steady state\n")
                .append("in turns: the ratio budgets are decided by PairedBenchmarks, which reads each document both")
                .append(" ways in turns in one JVM and times each side by the clock; the ratio is the mean over the")
                .append(" measured iterations of the baseline's time over ours. Linear growth is decided by")
                .append(" GrowthBenchmarks, which validates the small input once untimed, then N times timed (N: the")
                .append(" large input's activities over the small one's), then the large input once, in iterations of")
                .append(" at least ")
                .append(GROWTH_TIME)
                .append("; the ratio is the mean over the iterations of the large one's time over one small")
                .append(" validation's. The rows ending \"")
                .append(SEPARATE.substring(2))
                .append("\" measure the two in forks of their own, minutes apart, as reported before\n\n");
        b.append("| budget | input | measured | baseline | ratio | bound | verdict |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            b.append("| ")
                    .append(o.budget)
                    .append(" | ")
                    .append(o.input)
                    .append(" | ")
                    .append(o.measured)
                    .append(" | ")
                    .append(o.baseline)
                    .append(" | ")
                    .append(o.ratio)
                    .append(" | ")
                    .append(o.bound)
                    .append(" | ")
                    .append(o.bound.equals("none") ? "-" : o.met ? "met" : "MISSED")
                    .append(" |\n");
        }
        long missed = outcomes.stream().filter(o -> !o.met).count();
        long budgets = outcomes.stream().filter(o -> !o.bound.equals("none")).count();
        b.append("\n")
                .append(missed == 0 ? "every budget is met" : missed + " of " + budgets + " missed")
                .append("\n");
        return b.toString();
    }

    /**
     * A benchmark's score: its throughput in processor time, which the budgets compare, and by the clock.
     *
     * @param benchmark the benchmark, e.g. {@code ReadBenchmarks.readJson}
     * @param input the input
     * @param score operations per second of processor time ({@link CpuTimeProfiler})
     * @param error the half-width of the 99.9% confidence interval of the score; NaN when too few iterations
     * @param unit the unit of the score
     * @param wall operations per second by the clock (JMH's primary result)
     * @param wallError the half-width of the 99.9% confidence interval of {@code wall}
     * @param compiling milliseconds the JIT compilers worked in a measured iteration, on average; near 0 in the
     *     steady state; NaN when not measured
     */
    record Measured(
            String benchmark,
            String input,
            double score,
            double error,
            String unit,
            double wall,
            double wallError,
            double compiling) {

        /**
         * A measurement whose clock and processor throughputs are the same.
         *
         * @param benchmark the benchmark
         * @param input the input
         * @param score the throughput
         * @param error its error
         * @param unit its unit
         */
        Measured(String benchmark, String input, double score, double error, String unit) {
            this(benchmark, input, score, error, unit, score, error, Double.NaN);
        }

        @Override
        public String toString() {
            return benchmark + " " + number(score) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " " + unit
                    + (wall == score
                            ? ""
                            : " (clock: " + number(wall) + (Double.isNaN(wallError) ? "" : " ± " + number(wallError))
                                    + " ops/s)")
                    + (Double.isNaN(compiling) ? "" : "; compiling " + number(compiling) + " ms an iteration");
        }
    }

    /**
     * A benchmark of {@link PairedBenchmarks} or {@link GrowthBenchmarks}: the clock time of each side in each measured
     * iteration, the two sides having run in turns.
     *
     * @param benchmark the benchmark, e.g. {@code PairedBenchmarks.readJson}
     * @param candidateNanos for each measured iteration, the nanoseconds our side took
     * @param baselineNanos for each measured iteration, the nanoseconds the baseline took
     * @param operations for each measured iteration, the operations (each reads every document both ways)
     */
    record Turns(String benchmark, long[] candidateNanos, long[] baselineNanos, long[] operations) {

        /** The labels of {@link PairedBenchmarks.Clock}'s counters in JMH's results. */
        static final String CANDIDATE = "candidateNanos";

        static final String BASELINE = "baselineNanos";

        /**
         * Checks the measurements.
         *
         * @throws IllegalArgumentException if the arrays differ in length, are empty, or a time is not positive
         */
        Turns {
            if (candidateNanos.length != baselineNanos.length
                    || candidateNanos.length != operations.length
                    || candidateNanos.length == 0) {
                throw new IllegalArgumentException(benchmark + ": " + candidateNanos.length + " candidate times, "
                        + baselineNanos.length + " baseline times, " + operations.length + " operation counts");
            }
            for (int i = 0; i < candidateNanos.length; i++) {
                if (candidateNanos[i] <= 0 || baselineNanos[i] <= 0) {
                    throw new IllegalArgumentException(
                            benchmark + ": iteration " + (i + 1) + " has no time on one side");
                }
            }
        }

        /**
         * Reads the measured iterations of every fork of a JMH run of a benchmark that counts into {@link
         * PairedBenchmarks.Clock}.
         *
         * @param r the run
         * @return the measurements
         */
        static Turns of(RunResult r) {
            List<IterationResult> iterations = new ArrayList<>();
            for (BenchmarkResult fork : r.getBenchmarkResults()) {
                iterations.addAll(fork.getIterationResults());
            }
            long[] c = new long[iterations.size()];
            long[] b = new long[iterations.size()];
            long[] ops = new long[iterations.size()];
            for (int k = 0; k < iterations.size(); k++) {
                IterationResult i = iterations.get(k);
                Result<?> candidate = i.getSecondaryResults().get(CANDIDATE);
                Result<?> baseline = i.getSecondaryResults().get(BASELINE);
                if (candidate == null || baseline == null) {
                    throw new IllegalStateException(r.getParams().getBenchmark() + " reported no " + CANDIDATE + " or "
                            + BASELINE + "; it has " + i.getSecondaryResults().keySet());
                }
                c[k] = Math.round(candidate.getScore());
                b[k] = Math.round(baseline.getScore());
                ops[k] = i.getMetadata().getMeasuredOps();
            }
            return new Turns(shortName(r.getParams().getBenchmark()), c, b, ops);
        }

        /**
         * Returns the ratio of the throughputs, ours over the baseline's: the mean over the iterations of the
         * baseline's time over ours.
         *
         * @return the ratio
         */
        double ratio() {
            return ratios().getMean();
        }

        /**
         * Returns the half-width of the 99.9% confidence interval of {@link #ratio}, from the spread of the
         * iterations' ratios (Student's t).
         *
         * @return the half-width; NaN with fewer than three iterations, as JMH gives
         */
        double error() {
            return ratios().getMeanErrorAt(0.999);
        }

        private ListStatistics ratios() {
            return perIteration((candidate, baseline) -> baseline / candidate);
        }

        /**
         * Returns the growth of {@link GrowthBenchmarks}: the mean over the iterations of our time over the baseline's
         * time of one of its {@code times} operations.
         *
         * @param times how many times the baseline ran in each operation
         * @return the growth
         */
        double growth(int times) {
            return growths(times).getMean();
        }

        /**
         * Returns the half-width of the 99.9% confidence interval of {@link #growth}, from the spread of the
         * iterations (Student's t).
         *
         * @param times how many times the baseline ran in each operation
         * @return the half-width; NaN with fewer than three iterations
         */
        double growthError(int times) {
            return growths(times).getMeanErrorAt(0.999);
        }

        private ListStatistics growths(int times) {
            return perIteration((candidate, baseline) -> times * candidate / baseline);
        }

        /** Returns the statistics of a value of each measured iteration, from its two times in nanoseconds. */
        private ListStatistics perIteration(DoubleBinaryOperator value) {
            ListStatistics s = new ListStatistics();
            for (int i = 0; i < candidateNanos.length; i++) {
                s.addValue(value.applyAsDouble(candidateNanos[i], baselineNanos[i]));
            }
            return s;
        }

        /**
         * Returns the microseconds a side took per operation, over all measured iterations.
         *
         * @param nanos the side's times
         * @return the microseconds
         */
        double micros(long[] nanos) {
            long time = 0;
            long ops = 0;
            for (int i = 0; i < nanos.length; i++) {
                time += nanos[i];
                ops += operations[i];
            }
            return ops == 0 ? Double.NaN : time / 1e3 / ops;
        }
    }

    /**
     * One budget at one input.
     *
     * @param budget what is compared
     * @param input the input
     * @param measured the measurement, as text
     * @param baseline the baseline, as text
     * @param ratio the ratio with its error, as text
     * @param bound the bound, as text
     * @param met whether the ratio is within the bound
     */
    record Outcome(
            String budget, String input, String measured, String baseline, String ratio, String bound, boolean met) {

        /**
         * A budget on throughput decided by the two sides run in turns ({@link PairedBenchmarks}): our throughput over
         * the baseline's is at least {@code bound}.
         *
         * @param budget what is compared
         * @param input the input
         * @param turns the measurements
         * @param bound the least ratio
         * @return the outcome
         */
        static Outcome inTurns(String budget, String input, Turns turns, double bound) {
            double r = turns.ratio();
            double error = turns.error();
            return new Outcome(
                    budget,
                    input,
                    turns.benchmark() + ", ours: " + number(turns.micros(turns.candidateNanos())) + " µs an operation",
                    "in turns, the baseline: " + number(turns.micros(turns.baselineNanos())) + " µs an operation",
                    number(r) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " (clock, "
                            + turns.candidateNanos().length + " iterations in turns)",
                    ">= " + bound,
                    r >= bound);
        }

        /**
         * The budget on linear growth decided by {@link GrowthBenchmarks}: the time of validating the large input over
         * the time of validating the small one, both taken in turns, is at most {@code bound}.
         *
         * @param budget what is compared
         * @param small the small input
         * @param large the large input
         * @param turns the measurements: the large input as ours, the small one as the baseline
         * @param times how many times an operation validated the small input
         * @param bound the greatest ratio
         * @return the outcome
         */
        static Outcome growthInTurns(String budget, String small, String large, Turns turns, int times, double bound) {
            double g = turns.growth(times);
            double error = turns.growthError(times);
            return new Outcome(
                    budget,
                    large,
                    turns.benchmark() + ", " + large + " activities: "
                            + number(turns.micros(turns.candidateNanos()) / 1e3) + " ms a validation",
                    "in turns, " + small + " activities: " + number(turns.micros(turns.baselineNanos()) / 1e3 / times)
                            + " ms a validation",
                    number(g) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " (clock, "
                            + turns.candidateNanos().length + " iterations in turns)",
                    "<= " + number(bound),
                    g <= bound);
        }

        /**
         * Returns this outcome as a row with no verdict, as the rows measured in separate forks are shown.
         *
         * @return the outcome, its bound "none" and met
         */
        Outcome withoutVerdict() {
            return new Outcome(budget, input, measured, baseline, ratio, "none", true);
        }

        /**
         * A budget on time: the measured time over the baseline's (the baseline's throughput over the measured one) is
         * at most {@code bound}.
         *
         * @param budget what is compared
         * @param input the input
         * @param measured the measurement
         * @param baseline the baseline
         * @param bound the greatest ratio
         * @return the outcome
         */
        static Outcome atMost(String budget, String input, Measured measured, Measured baseline, double bound) {
            double r = baseline.score / measured.score;
            return of(
                    budget,
                    input,
                    measured,
                    baseline,
                    r,
                    baseline.wall / measured.wall,
                    "<= " + number(bound),
                    r <= bound);
        }

        /**
         * A ratio recorded with no budget on it: the measured throughput over the baseline's.
         *
         * @param what what is compared
         * @param input the input
         * @param measured the measurement
         * @param baseline the baseline
         * @return the outcome, always met
         */
        static Outcome reported(String what, String input, Measured measured, Measured baseline) {
            return of(
                    what,
                    input,
                    measured,
                    baseline,
                    measured.score / baseline.score,
                    measured.wall / baseline.wall,
                    "none",
                    true);
        }

        private static Outcome of(
                String what,
                String input,
                Measured measured,
                Measured baseline,
                double ratio,
                double clockRatio,
                String bound,
                boolean met) {
            return new Outcome(
                    what,
                    input,
                    measured.toString(),
                    baseline.toString(),
                    ratio(ratio, measured.score, measured.error, baseline.score, baseline.error)
                            + clock(clockRatio, measured, baseline),
                    bound,
                    met);
        }

        private static String clock(double r, Measured a, Measured b) {
            if (a.wall == a.score && b.wall == b.score) {
                return "";
            }
            return " (clock: " + ratio(r, a.wall, a.wallError, b.wall, b.wallError) + ")";
        }

        private static String ratio(double r, double a, double aError, double b, double bError) {
            if (Double.isNaN(aError) || Double.isNaN(bError)) {
                return number(r);
            }
            double relative = Math.sqrt(Math.pow(aError / a, 2) + Math.pow(bError / b, 2));
            return number(r) + " ± " + number(r * relative);
        }
    }

    /**
     * Formats a number with three significant digits or more.
     *
     * @param x the number
     * @return the text
     */
    static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        double a = Math.abs(x);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, x);
    }

    /** The options of a run. */
    static final class Settings {
        List<String> inputs = Corpus.INPUTS;
        int forks = 2;
        /** Warm-up iterations: read + validate keeps the compilers busy for some 20 s (2026-11-22, input 100). */
        int warmup = 10;

        int iterations = 5;
        TimeValue time = TimeValue.seconds(2);
        String[] linear = {"10000", "100000"};
        String heapActivities = "100000";
        String others = "1000";
        /** Whether the throughput budgets' benchmarks are also measured in forks of their own. */
        boolean separate = true;

        Path report = Path.of("benchmarks", "target", "budgets.md");
        Path jmhLog = Path.of("benchmarks", "target", "budgets-jmh.log");
        boolean smoke;

        static Settings parse(String[] args) {
            Settings s = new Settings();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--smoke")) {
                    s.smoke = true;
                    s.inputs = List.of("10");
                    s.forks = 0;
                    s.warmup = 0;
                    s.iterations = 1;
                    s.time = TimeValue.milliseconds(100);
                    s.linear = new String[] {"10", "100"};
                    s.heapActivities = "10";
                    s.others = "10";
                    s.report = null;
                    s.jmhLog = null;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--inputs":
                        s.inputs = List.of(v.split(","));
                        for (String input : s.inputs) {
                            if (!Corpus.INPUTS.contains(input)) {
                                throw new IllegalArgumentException(
                                        "unknown input " + input + "; the inputs are " + Corpus.INPUTS);
                            }
                        }
                        break;
                    case "--forks":
                        s.forks = positive(a, v, 0);
                        break;
                    case "--warmup":
                        s.warmup = positive(a, v, 0);
                        break;
                    case "--iterations":
                        s.iterations = positive(a, v, 1);
                        break;
                    case "--time":
                        s.time = TimeValue.milliseconds(Math.round(1000 * Double.parseDouble(v)));
                        break;
                    case "--linear":
                        if (v.equals("none")) {
                            s.linear = null;
                        } else {
                            String[] sizes = v.split(",");
                            if (sizes.length != 2) {
                                throw new IllegalArgumentException("--linear takes SMALL,LARGE, got " + v);
                            }
                            for (String size : sizes) {
                                positive(a, size, 1);
                            }
                            s.linear = sizes;
                        }
                        break;
                    case "--heap":
                        s.heapActivities = v.equals("none") ? null : String.valueOf(positive(a, v, 1));
                        break;
                    case "--others":
                        s.others = v.equals("none") ? null : String.valueOf(positive(a, v, 1));
                        break;
                    case "--separate":
                        if (!v.equals("none") && !v.equals("forks")) {
                            throw new IllegalArgumentException("--separate takes forks or none, got " + v);
                        }
                        s.separate = v.equals("forks");
                        break;
                    case "--report":
                        s.report = v.equals("none") ? null : Path.of(v);
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + a
                                + "; the options are --inputs, --forks, --warmup, --iterations, --time, --linear,"
                                + " --heap, --others, --separate, --report, --smoke");
                }
            }
            return s;
        }

        private static int positive(String option, String value, int least) {
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a whole number, got " + value, e);
            }
            if (n < least) {
                throw new IllegalArgumentException(option + " is at least " + least + ", got " + value);
            }
            return n;
        }
    }
}
