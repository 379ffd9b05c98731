/**
 * The immutable model of education quality roadmaps ("дорожные карты").
 *
 * <p>A {@link io.github.eduroadmap.model.Roadmap} holds sections of activities with their deadlines, executors and
 * expected results, and everything printed around the table: the approval document, goals, objectives, the
 * glossary of organisations and terms, participants, reporting requirements and context facts. A
 * {@link io.github.eduroadmap.model.Monitoring} document records what happened: report submissions, indicator
 * measurements and activity progress.
 *
 * <p>Every value parsed from document words keeps those words beside the typed value: a
 * {@link io.github.eduroadmap.model.Deadline} keeps its text, a {@link io.github.eduroadmap.model.Target} keeps the
 * phrase it was read from. Aggregates are built with {@code builder()} and changed with {@code with*} copy methods;
 * collections are never null and default to empty; optional values are {@link java.util.Optional}.
 *
 * <p>The {@link io.github.eduroadmap.model.ProductionCalendar} and
 * {@link io.github.eduroadmap.model.SchoolYearCalendar} answer the calendar questions of the domain: working days
 * by the Russian production calendar and the school quarters and half-years.
 */
@ValueStyle
package io.github.eduroadmap.model;

import io.github.eduroadmap.model.internal.ValueStyle;
