package io.github.eduroadmap.model;

/** The unit of a target's number. */
public enum Unit {
    /** A percentage of a population, 0 to 100 ("100% школ-участниц"). */
    PERCENT,
    /** A count of people, things or events ("10 семинаров/вебинаров", "82 куратора"). */
    COUNT,
    /** Academic or clock hours ("144 часа"). */
    HOURS,
    /** A number of times ("не менее чем 1 раз в квартал"). */
    TIMES
}
