package io.github.eduroadmap.io.internal;

/**
 * A read problem with its place, ready to become a {@code RoadmapReadException}.
 *
 * @param line the line, from 1
 * @param column the column in characters, from 1
 * @param pointer the JSON Pointer
 * @param problem what is wrong
 * @param expected what was expected, without the word "expected"
 */
public record Located(int line, int column, String pointer, String problem, String expected) {}
