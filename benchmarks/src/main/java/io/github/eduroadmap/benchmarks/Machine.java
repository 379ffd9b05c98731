package io.github.eduroadmap.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a measurement ran on: processors, CPU model, memory, JDK and load, read from {@code /proc} where Linux has it. */
final class Machine {

    private Machine() {}

    /**
     * Describes the machine and the JDK on one line each.
     *
     * @return the description
     */
    static String describe() {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " processors, " + cpuModel() + ", "
                + memory() + "\nJDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.version") + ")";
    }

    /**
     * Returns the load averages of the last 1, 5 and 15 minutes.
     *
     * @return e.g. "1.02 0.87 0.60", or "unknown"
     */
    static String load() {
        List<String> lines = lines("/proc/loadavg");
        if (lines.isEmpty()) {
            return "unknown";
        }
        String[] f = lines.get(0).split("\\s+");
        return f.length < 3 ? "unknown" : f[0] + " " + f[1] + " " + f[2];
    }

    private static String cpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                String[] f = line.split("\\s+");
                return String.format(java.util.Locale.ROOT, "%.1f GiB memory", Long.parseLong(f[1]) / 1048576.0);
            }
        }
        return "memory unknown";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
