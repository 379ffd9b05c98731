package io.github.eduroadmap.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Applies a function to many inputs on several threads and hands each result over in the order of the inputs, so
 * that what a command prints does not depend on which thread finished first.
 *
 * <p>Few inputs, or one processor, run on the calling thread: threads cost more than they save there. Each result
 * is handed over as soon as it and all before it are done; at most a bounded number of inputs are in work or
 * waiting to be handed over at a time, so that results of many large files are not all held at once.
 */
public final class InOrder {

    /** Below this many inputs, everything runs on the calling thread. */
    static final int LEAST_FOR_THREADS = 8;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private InOrder() {}

    /**
     * Returns how many threads this machine gives a command: its processors, at most 8.
     *
     * @return at least 1
     */
    public static int threads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Applies {@code work} to every input, {@link #threads()} at a time, and gives each result to {@code done} in the
     * order of the inputs, on the calling thread.
     *
     * @param inputs the inputs
     * @param work what to do with one input; must be safe to call from several threads at once
     * @param done what to do with each input and its result, in order
     * @param <T> the type of input
     * @param <R> the type of result
     * @throws RuntimeException what {@code work} threw, for the first input whose work threw
     */
    public static <T, R> void forEach(List<T> inputs, Function<T, R> work, BiConsumer<T, R> done) {
        int threads = threads();
        if (threads == 1 || inputs.size() < LEAST_FOR_THREADS) {
            for (T input : inputs) {
                done.accept(input, work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "roadmap-worker-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 16;
            List<Future<R>> pending = new ArrayList<>(inputs.size());
            int submitted = 0;
            for (int i = 0; i < inputs.size(); i++) {
                while (submitted < inputs.size() && submitted < i + window) {
                    T input = inputs.get(submitted++);
                    pending.add(pool.submit(() -> work.apply(input)));
                }
                R result = await(pending.get(i));
                pending.set(i, null);
                done.accept(inputs.get(i), result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
