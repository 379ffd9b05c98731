package io.github.eduroadmap.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the example roadmaps and monitoring documents whether a program runs from the repository root or from the examples module. */
public final class ExampleFiles {

    private ExampleFiles() {}

    /**
     * Returns the path of an example roadmap.
     *
     * @param name a file name in {@code examples/roadmaps/}
     * @return the path, relative to the working directory
     * @throws IllegalStateException if the file is in neither place
     */
    public static Path roadmap(String name) {
        return find("roadmaps", name);
    }

    /**
     * Returns the path of an example monitoring document.
     *
     * @param name a file name in {@code examples/monitoring/}
     * @return the path, relative to the working directory
     * @throws IllegalStateException if the file is in neither place
     */
    public static Path monitoring(String name) {
        return find("monitoring", name);
    }

    private static Path find(String folder, String name) {
        for (Path p : new Path[] {Path.of("examples", folder, name), Path.of(folder, name)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no example " + name + " under ./examples/" + folder + " or ./" + folder
                + "; run from the repository root");
    }
}
