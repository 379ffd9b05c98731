package io.github.eduroadmap.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the example roadmaps whether a program runs from the repository root or from the examples module. */
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
        for (Path p : new Path[] {Path.of("examples", "roadmaps", name), Path.of("roadmaps", name)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no example roadmap " + name + " under ./examples/roadmaps or ./roadmaps; "
                + "run from the repository root");
    }
}
