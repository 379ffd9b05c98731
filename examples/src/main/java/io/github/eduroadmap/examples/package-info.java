/**
 * Small runnable programs showing each use of eduroadmap. Run one from the repository root, e.g.
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.eduroadmap.examples.QuickStart},
 * or from an IDE.
 */
package io.github.eduroadmap.examples;
