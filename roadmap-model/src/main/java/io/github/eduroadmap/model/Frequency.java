package io.github.eduroadmap.model;

/** How often a recurring deadline comes round. */
public enum Frequency {
    /** Every calendar month ("ежемесячно"). */
    MONTHLY,
    /** Every calendar quarter ("ежеквартально"). */
    QUARTERLY,
    /** Every calendar half-year ("по полугодиям", "раз в полгода"). */
    HALF_YEARLY,
    /** Every calendar year ("ежегодно"). */
    YEARLY,
    /** At the end of each school quarter ("по окончании каждой учебной четверти"). */
    SCHOOL_QUARTERLY,
    /** Every school half-year ("по полугодиям учебного года", "по окончании учебного полугодия"). */
    SCHOOL_HALF_YEARLY
}
