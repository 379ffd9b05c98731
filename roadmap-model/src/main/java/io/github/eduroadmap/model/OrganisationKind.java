package io.github.eduroadmap.model;

/** What kind of organisation a glossary entry is. */
public enum OrganisationKind {
    /** A federal body or institute ("Минпросвещения", "ФИОКО"). */
    FEDERAL_BODY,
    /** A regional executive body: the ministry of education ("МО ПК", "Министерство"). */
    REGIONAL_AUTHORITY,
    /** A municipal education authority ("МОУО", "Отдел образования", "Комитет по образованию"). */
    MUNICIPAL_AUTHORITY,
    /** A local government ("ОМСУ"). */
    LOCAL_GOVERNMENT,
    /** An in-service teacher training institute ("ГАУ ДПО ПК ИРО", "ПК ИРО"). */
    TEACHER_INSTITUTE,
    /** A methodological office or centre ("РМК", "МУ «Методический центр»", "ЦНППМ"). */
    METHODOLOGICAL_CENTRE,
    /** A regional centre for assessing education quality ("РЦОКО"). */
    ASSESSMENT_CENTRE,
    /** A school or schools ("ОО", "МОУ «Воскресеновская СОШ»"). */
    SCHOOL,
    /** A university or college. */
    UNIVERSITY,
    /** An association, club or other public body. */
    ASSOCIATION,
    /** Any other organisation. */
    OTHER
}
