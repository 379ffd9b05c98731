package io.github.eduroadmap.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.MonitoringGenerator;
import io.github.eduroadmap.testing.RoadmapGenerator;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.ValidationReport;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a validation needs, in a JVM of its own started by {@link Budgets} with a heap limit
 * ({@code -Xmx}) of the budget: reads a roadmap and its monitoring document from JSON files, then validates them with
 * every rule and records, from the garbage collector's notifications, the heap in use after every collection that
 * started during the validation.
 *
 * <p>The heap in use after a collection is what the program still holds (plus garbage the collector chose not to
 * reclaim yet, so it is an upper bound of the live data): the documents, the validator's own state, the working set
 * of the rules and the report. The limit makes the measure honest: a collector that collects rarely under a large heap
 * would show few collections, but under the budget's limit it must collect often, and the validation either completes
 * within the limit or fails with {@link OutOfMemoryError}.
 *
 * <p>Prints one line, {@code heap-probe key=value ...}, with sizes in bytes; exits 0 when the validation completed
 * and 3 when the heap ran out.
 */
public final class HeapProbe {

    /** The exit status when the heap ran out. */
    public static final int OUT_OF_MEMORY = 3;

    private HeapProbe() {}

    /**
     * Runs the probe.
     *
     * @param args the roadmap's JSON file and its monitoring document's JSON file
     * @throws InterruptedException when interrupted while waiting for the collector's notifications
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: HeapProbe ROADMAP.json MONITORING.json");
            System.exit(64);
        }
        Tracker tracker = new Tracker();
        long max = Runtime.getRuntime().maxMemory();
        try {
            RoadmapValidator validator = Corpus.validator();
            Roadmap small = RoadmapGenerator.defaults().generate(1L, 10);
            validator.validate(small, MonitoringGenerator.defaults().generate(small, 1L));
            long fixed = tracker.usedAfterFullGc();

            Roadmap roadmap = Corpus.JSON.read(Path.of(args[0]));
            Monitoring monitoring = Corpus.JSON.readMonitoring(Path.of(args[1]));
            long documents = tracker.usedAfterFullGc();

            tracker.open();
            ValidationReport report = validator.validate(roadmap, monitoring);
            tracker.close();
            long withReport = tracker.usedAfterFullGc();
            Thread.sleep(300); // the notifications are delivered on a thread of their own
            System.out.println("heap-probe completed=true"
                    + " maxHeap=" + max
                    + " fixed=" + fixed
                    + " documents=" + documents
                    + " peakAfterGc=" + Math.max(tracker.peakAfterGc.get(), withReport)
                    + " peakBeforeGc=" + tracker.peakBeforeGc.get()
                    + " collections=" + tracker.collections.get()
                    + " withReport=" + withReport
                    + " violations=" + report.violations().size());
            Reference.reachabilityFence(roadmap);
            Reference.reachabilityFence(monitoring);
            Reference.reachabilityFence(report);
        } catch (OutOfMemoryError e) {
            System.out.println("heap-probe completed=false maxHeap=" + max + " error=OutOfMemoryError");
            System.exit(OUT_OF_MEMORY);
        }
    }

    /** Follows the collector's notifications: the heap in use after each collection within a window of time. */
    private static final class Tracker {
        final AtomicLong peakAfterGc = new AtomicLong();
        final AtomicLong peakBeforeGc = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        private final Set<String> heapPools = new HashSet<>();
        private volatile long from = Long.MAX_VALUE;
        private volatile long to = Long.MAX_VALUE;

        Tracker() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (n, handback) -> {
                                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                            n.getType())) {
                                        collected(GarbageCollectionNotificationInfo.from(
                                                (CompositeData) n.getUserData()));
                                    }
                                },
                                null,
                                null);
            }
        }

        private void collected(GarbageCollectionNotificationInfo info) {
            long start = info.getGcInfo().getStartTime();
            if (start < from || start > to) {
                return;
            }
            collections.incrementAndGet();
            peakAfterGc.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            peakBeforeGc.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        }

        private long sum(Map<String, MemoryUsage> usage) {
            long n = 0;
            for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    n += e.getValue().getUsed();
                }
            }
            return n;
        }

        void open() {
            from = ManagementFactory.getRuntimeMXBean().getUptime();
            to = Long.MAX_VALUE;
        }

        void close() {
            to = ManagementFactory.getRuntimeMXBean().getUptime();
        }

        /** Collects everything it can and returns the heap in use right after. */
        long usedAfterFullGc() {
            System.gc();
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
