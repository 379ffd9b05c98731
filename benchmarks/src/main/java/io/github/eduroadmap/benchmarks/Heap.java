package io.github.eduroadmap.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The heap budget: runs {@link HeapProbe} in a child JVM whose heap is limited to the budget. */
final class Heap {

    /**
     * What the child JVM may use beyond the budget: the JVM's and the libraries' own state (the structure checker's
     * plans, the production calendar, Jackson's factories), which does not grow with the roadmap. The probe measures
     * it ({@code fixed}) and the budget is checked on what the validation needs beyond it.
     */
    static final long ALLOWANCE = 64L << 20;

    private Heap() {}

    /**
     * Measures the heap of validating a generated roadmap and its monitoring document.
     *
     * @param activities the number of activities
     * @param factor the budget: the heap beyond the fixed state, in multiples of the JSON bytes
     * @return the outcome
     */
    static Budgets.Outcome measure(String activities, double factor) {
        Corpus corpus = Corpus.of(activities);
        byte[] roadmap = corpus.json()[0];
        byte[] monitoring = corpus.monitoringJson()[0];
        long bytes = (long) roadmap.length + monitoring.length;
        long limit = (long) Math.ceil(factor * bytes) + ALLOWANCE;
        Map<String, String> probe;
        int status;
        try {
            Path dir = Files.createTempDirectory("heap-probe");
            Path r = dir.resolve("roadmap.json");
            Path m = dir.resolve("monitoring.json");
            Files.write(r, roadmap);
            Files.write(m, monitoring);
            corpus = null;
            roadmap = null;
            monitoring = null;
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + (limit + 1023) / 1024 + "k");
            command.add("-Dfile.encoding=UTF-8");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(HeapProbe.class.getName());
            command.add(r.toString());
            command.add(m.toString());
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            status = p.waitFor();
            probe = parse(out);
            Files.delete(r);
            Files.delete(m);
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String budget = "heap validating " + activities + " activities / JSON bytes";
        String bound = "<= " + Budgets.number(factor) + " (-Xmx " + mib(limit) + ")";
        if (status != 0 || !"true".equals(probe.get("completed"))) {
            return new Budgets.Outcome(
                    budget,
                    activities,
                    "ran out of heap (exit " + status + ")",
                    mib(bytes) + " of JSON",
                    "-",
                    bound,
                    false);
        }
        long fixed = Long.parseLong(probe.get("fixed"));
        long peak = Long.parseLong(probe.get("peakAfterGc"));
        long documents = Long.parseLong(probe.get("documents"));
        double ratio = (double) (peak - fixed) / bytes;
        return new Budgets.Outcome(
                budget,
                activities,
                "peak after GC " + mib(peak) + " (fixed state " + mib(fixed) + ", documents read " + mib(documents)
                        + ", " + probe.get("collections") + " collections, " + probe.get("violations")
                        + " violations)",
                mib(bytes) + " of JSON",
                Budgets.number(ratio) + " ((peak - fixed) / JSON); " + Budgets.number((double) peak / bytes)
                        + " (peak / JSON)",
                bound,
                ratio <= factor);
    }

    private static String mib(long bytes) {
        return Budgets.number(bytes / 1048576.0) + " MiB";
    }

    private static Map<String, String> parse(String out) {
        Map<String, String> m = new HashMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("heap-probe ")) {
                for (String kv : line.substring("heap-probe ".length()).trim().split(" ")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        m.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
            }
        }
        return m;
    }
}
