package io.github.eduroadmap.model;

/**
 * What a day is in the Russian production calendar.
 *
 * <p>Each day has exactly one kind. Whether it is a working day follows from its kind and, for
 * {@link #PRESIDENTIAL_NON_WORKING} only, from the {@link CalendarProfile}; see {@link #isWorkingIn(CalendarProfile)}.
 * A day of a year without data is {@link #WORKING}, {@link #WEEKEND} or {@link #HOLIDAY}: the other kinds come only
 * from the data.
 */
public enum DayKind {
    /** A Monday to Friday that is a working day. */
    WORKING,

    /** A Saturday or Sunday that is a day off (Labour Code art. 111) and not a holiday. */
    WEEKEND,

    /**
     * A fixed non-working holiday of Labour Code art. 112 part 1, whatever the day of the week: 1-6 and 8 January
     * (the New Year holidays), 7 January, 23 February, 8 March, 1 May, 9 May, 12 June and 4 November.
     */
    HOLIDAY,

    /**
     * A Monday to Friday made a day off by moving a day off onto it: a holiday that fell on a Saturday or Sunday
     * (Labour Code art. 112 part 2) or a day off moved by the Government's yearly decree (part 5); e.g. 2024-04-29.
     */
    TRANSFERRED_DAY_OFF,

    /** A Saturday or Sunday made a working day by the Government's yearly decree, e.g. 2024-04-27. */
    WORKING_WEEKEND,

    /**
     * A Monday to Friday the President declared a non-working day (2020 and 2021): a working day for civil-law terms,
     * a day off in labour relations; e.g. 2020-04-10.
     */
    PRESIDENTIAL_NON_WORKING;

    /**
     * Tells whether a day of this kind is a working day.
     *
     * @param profile the law to answer for
     * @return true for {@link #WORKING} and {@link #WORKING_WEEKEND}, and for {@link #PRESIDENTIAL_NON_WORKING} in
     *     {@link CalendarProfile#CIVIL_TERMS}
     */
    public boolean isWorkingIn(CalendarProfile profile) {
        switch (this) {
            case WORKING:
            case WORKING_WEEKEND:
                return true;
            case PRESIDENTIAL_NON_WORKING:
                return profile == CalendarProfile.CIVIL_TERMS;
            default:
                return false;
        }
    }
}
