package io.github.eduroadmap.model;

/** The part a participant plays in the programme. */
public enum ParticipantKind {
    /** A participant school (ШНОР, ШНСУ, "школа-участница"). */
    SCHOOL,
    /** A curator of a school ("куратор"). */
    CURATOR,
    /** A municipal coordinator ("муниципальный координатор"). */
    MUNICIPAL_COORDINATOR,
    /** A regional coordinator ("региональный координатор"). */
    REGIONAL_COORDINATOR,
    /** A school coordinator ("школьный координатор"). */
    SCHOOL_COORDINATOR,
    /** Any other participant. */
    OTHER
}
