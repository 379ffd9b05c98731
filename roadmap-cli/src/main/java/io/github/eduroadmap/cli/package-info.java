/**
 * The {@code roadmap} command line tool; its entry point is {@link io.github.eduroadmap.cli.RoadmapCli}.
 */
package io.github.eduroadmap.cli;
