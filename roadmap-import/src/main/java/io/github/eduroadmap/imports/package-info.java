/**
 * Roadmap tables in and out: readers of activity tables from extracted text, CSV, Excel and Word into typed
 * roadmaps with import warnings that name their source rows, and writers of roadmaps as CSV, Excel, Word, Markdown
 * and iCalendar.
 *
 * <p>The package is named {@code imports} because {@code import} is a Java keyword; the module is
 * {@code roadmap-import}.
 */
package io.github.eduroadmap.imports;
