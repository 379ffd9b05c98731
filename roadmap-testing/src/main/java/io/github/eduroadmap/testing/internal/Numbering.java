package io.github.eduroadmap.testing.internal;

import java.util.Optional;

/** How a roadmap numbers its sections and activities: one style each, applied without gaps. */
public final class Numbering {

    /** Section numbers "I.", "1.", "Задача 1.", "Блок 1", or none. */
    public enum SectionStyle {
        /** "I.", "II.". */
        ROMAN,
        /** "1.", "2.". */
        ARABIC,
        /** "Задача 1.". */
        TASK,
        /** "Блок 1". */
        BLOCK,
        /** No numbers. */
        NONE
    }

    /** Activity numbers restarting in each section, prefixed by the section's, running on, or none. */
    public enum ActivityStyle {
        /** "1.", "2." in each section. */
        PER_SECTION,
        /** "1", "2" in each section. */
        PER_SECTION_PLAIN,
        /** "1.1", "1.2" or "1.1.", "1.2.". */
        DOTTED,
        /** "1." to "41." through the whole roadmap. */
        CONTINUOUS,
        /** No numbers. */
        NONE
    }

    private final SectionStyle sections;
    private final ActivityStyle activities;
    private final boolean trailingDot;

    /**
     * Chooses the styles of one roadmap.
     *
     * @param rng the source
     */
    public Numbering(Rng rng) {
        this.sections = SectionStyle.values()[rng.weighted(15, 30, 25, 10, 20)];
        this.activities = ActivityStyle.values()[rng.weighted(35, 15, 25, 15, 10)];
        this.trailingDot = rng.chance(0.5);
    }

    /**
     * Returns the number of a section.
     *
     * @param index the section's index, from 0
     * @return the printed number, or empty
     */
    public Optional<String> section(int index) {
        int n = index + 1;
        switch (sections) {
            case ROMAN:
                return Optional.of(Words.roman(n) + ".");
            case ARABIC:
                return Optional.of(n + ".");
            case TASK:
                return Optional.of("Задача " + n + ".");
            case BLOCK:
                return Optional.of("Блок " + n);
            default:
                return Optional.empty();
        }
    }

    /**
     * Returns the number of an activity.
     *
     * @param section the section's index, from 0
     * @param index the activity's index in its section, from 0
     * @param overall the activity's index in the roadmap, from 0
     * @return the printed number, or empty
     */
    public Optional<String> activity(int section, int index, int overall) {
        switch (activities) {
            case PER_SECTION:
                return Optional.of((index + 1) + ".");
            case PER_SECTION_PLAIN:
                return Optional.of(String.valueOf(index + 1));
            case DOTTED:
                return Optional.of((section + 1) + "." + (index + 1) + (trailingDot ? "." : ""));
            case CONTINUOUS:
                return Optional.of((overall + 1) + ".");
            default:
                return Optional.empty();
        }
    }
}
