package io.github.eduroadmap.model;

/**
 * Which law a {@link ProductionCalendar} answers for: what the presidential "non-working days" of 2020 and 2021 are.
 *
 * <p>The President declared non-working days with pay kept during the COVID-19 epidemic (30 March - 8 May 2020,
 * 4-7 May and 1-3 November 2021) and for the votes of 24 June and 1 July 2020. The Supreme Court's reviews of 2020
 * (No. 1 of 21 April 2020 and No. 2 of 30 April 2020) held that such days are not non-working days in the sense of
 * Civil Code art. 193: a term does not move because it ends on one. For employment they were days off.
 */
public enum CalendarProfile {
    /**
     * Civil-law terms (the default, and the one for reporting deadlines): the presidential non-working days are
     * working days.
     */
    CIVIL_TERMS,

    /** Labour relations: the presidential non-working days are days off. */
    LABOUR
}
