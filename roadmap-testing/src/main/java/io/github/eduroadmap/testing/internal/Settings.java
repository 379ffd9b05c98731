package io.github.eduroadmap.testing.internal;

/**
 * The configuration of a roadmap generator, as the assembler reads it.
 *
 * @param minSections the least number of sections
 * @param maxSections the greatest number of sections
 * @param minActivities the least number of activities in a section
 * @param maxActivities the greatest number of activities in a section
 * @param minExecutors the least number of executors of an activity, at least one
 * @param maxExecutors the greatest number of executors of an activity
 * @param minResults the least number of results of an activity, at least one
 * @param maxResults the greatest number of results of an activity
 * @param activities the exact number of activities in the roadmap, or -1 to draw them section by section
 * @param stress the probability that a free-text field is stressed
 */
public record Settings(
        int minSections,
        int maxSections,
        int minActivities,
        int maxActivities,
        int minExecutors,
        int maxExecutors,
        int minResults,
        int maxResults,
        int activities,
        double stress) {}
