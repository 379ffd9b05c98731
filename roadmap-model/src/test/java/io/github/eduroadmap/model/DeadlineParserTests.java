package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Russian deadline parser against every deadline phrase of the five seed documents, the variants users write,
 * phrases it must leave unparsed, and properties over seeded random input.
 *
 * <p>The expected values are written from reading the documents, not from running the parser.
 */
class DeadlineParserTests {

    // ---- the expected values, written out ----

    static MonthRef m(int month) {
        return MonthRef.of(Month.of(month));
    }

    static MonthRef ym(int year, int month) {
        return MonthRef.of(YearMonth.of(year, month));
    }

    static Deadline onDate(String text, int y, int mo, int d) {
        return new Deadline.OnDate(text, LocalDate.of(y, mo, d));
    }

    static Deadline byDate(String text, int y, int mo, int d) {
        return new Deadline.ByDate(text, LocalDate.of(y, mo, d));
    }

    static Deadline onDates(String text, LocalDate... dates) {
        return new Deadline.OnDates(text, List.of(dates));
    }

    static Deadline month(String text, MonthRef month) {
        return new Deadline.InMonth(text, month);
    }

    static Deadline span(String text, MonthRef from, MonthRef to) {
        return new Deadline.MonthSpan(text, from, to);
    }

    static Deadline dateSpan(String text, LocalDate from, LocalDate to) {
        return new Deadline.DateSpan(text, from, to);
    }

    static Deadline every(String text, Frequency frequency) {
        return new Deadline.Recurring(text, frequency, Optional.empty());
    }

    static Deadline every(String text, Frequency frequency, int dueDay) {
        return new Deadline.Recurring(text, frequency, Optional.of(new DueRule(dueDay)));
    }

    static Deadline throughout(String text) {
        return new Deadline.Throughout(text, Optional.empty());
    }

    static Deadline throughout(String text, int year) {
        return new Deadline.Throughout(text, Optional.of(Year.of(year)));
    }

    static Deadline arranged(String text, Arrangement arrangement) {
        return new Deadline.ByArrangement(text, arrangement, Optional.empty());
    }

    static Deadline arranged(String text, Arrangement arrangement, String party) {
        return new Deadline.ByArrangement(text, arrangement, Optional.of(party));
    }

    static Deadline combined(String text, Deadline... parts) {
        return new Deadline.Combined(text, List.of(parts));
    }

    static LocalDate d(int y, int mo, int day) {
        return LocalDate.of(y, mo, day);
    }

    /** A row: the phrase as it stands in the seed, and its expected value (which keeps the same text). */
    static Arguments row(Deadline expected) {
        return arguments(expected.text(), expected);
    }

    @Nested
    class SeedPhrases {

        /** 000_fb2531e3bb46fa4a.txt: regional roadmap, Primorsky Krai, 2022; column "Срок исполнения". */
        static Stream<Arguments> seed000() {
            return Stream.of(
                    // lines 53, 54
                    row(month("Август 2022", ym(2022, 8))),
                    // lines 56, 62
                    row(span("Сентябрь - октябрь", m(9), m(10))),
                    // line 57
                    row(span("Август - сентябрь", m(8), m(9))),
                    // line 59
                    row(month("Октябрь", m(10))),
                    // line 61
                    row(month("Август", m(8))));
        }

        /** 001_43de54d881a5ee30.txt: municipal roadmap, Mikhailovsky district, 2022; column "Сроки реализации". */
        static Stream<Arguments> seed001() {
            return Stream.of(
                    // lines 46, 47, 48
                    row(month("февраль", m(2))),
                    // lines 49, 50, 58-61, 90
                    row(month("март", m(3))),
                    // lines 52, 55, 57, 76, 78-80, 82, 85-88, 91, 92
                    row(throughout("в течение всего периода")),
                    // lines 56, 66
                    row(month("сентябрь", m(9))),
                    // line 62
                    row(span("март-декабрь", m(3), m(12))),
                    // lines 64, 65
                    row(month("май", m(5))),
                    // line 67
                    row(month("июнь", m(6))),
                    // line 68
                    row(span("июнь -август", m(6), m(8))),
                    // line 69
                    row(month("август", m(8))),
                    // line 70
                    row(span("август-октябрь", m(8), m(10))),
                    // line 71
                    row(month("октябрь", m(10))),
                    // line 74
                    row(span("октябрь-ноябрь", m(10), m(11))),
                    // line 75
                    row(month("ноябрь", m(11))),
                    // line 97
                    row(month("декабрь", m(12))));
        }

        /**
         * 002_e8b8425e262cf782.txt: regional roadmap, Primorsky Krai, 2021, OCR of a scan; column "Период или
         * контрольная точка", cells split over lines.
         */
        static Stream<Arguments> seed002() {
            return Stream.of(
                    // lines 47-48, the reporting rule of the order (point 3.2)
                    row(every(
                            "ежемесячно в срок \nдо 10 числа месяца, следующего за отчетным.", Frequency.MONTHLY, 10)),
                    // lines 84, 157, 418, 448, 458, 472
                    row(throughout("В течение года")),
                    // line 123
                    row(onDate("01.03.2021", 2021, 3, 1)),
                    // lines 136-137
                    row(dateSpan("25.02.2021-\n12.12.2021", d(2021, 2, 25), d(2021, 12, 12))),
                    // line 175
                    row(span("Март - июнь", m(3), m(6))),
                    // lines 189, 350
                    row(onDate("30.04.2021", 2021, 4, 30)),
                    // lines 202, 213
                    row(onDate("28.05.2021", 2021, 5, 28)),
                    // line 223
                    row(onDate("29.09.2021", 2021, 9, 29)),
                    // line 232
                    row(onDate("29.10.2021", 2021, 10, 29)),
                    // line 248
                    row(onDate("29.11.2021", 2021, 11, 29)),
                    // lines 259, 386
                    row(onDate("30.11.2021", 2021, 11, 30)),
                    // line 268, two spaces after the dash
                    row(span("Март -  декабрь", m(3), m(12))),
                    // lines 281-282
                    row(combined(
                            "Ежемесячно /по \nзапросу МОУО",
                            every("Ежемесячно", Frequency.MONTHLY),
                            arranged("по \nзапросу МОУО", Arrangement.REQUEST, "МОУО"))),
                    // line 300
                    row(every("Ежемесячно", Frequency.MONTHLY)),
                    // lines 313-314
                    row(onDates("23.06.2021,\n17.11.2021", d(2021, 6, 23), d(2021, 11, 17))),
                    // lines 333-334
                    row(dateSpan("01.04.2021-\n31.05.2021", d(2021, 4, 1), d(2021, 5, 31))),
                    // line 359
                    row(onDate("30.06.2021", 2021, 6, 30)),
                    // line 373
                    row(onDate("30.07.2021", 2021, 7, 30)),
                    // lines 405-406, a space after the dash before the line break
                    row(dateSpan("01.04.2021- \n30.07.2021", d(2021, 4, 1), d(2021, 7, 30))),
                    // lines 434-435
                    row(arranged("По утвержденному \nграфику", Arrangement.SCHEDULE)));
        }

        /** 003_b1f5877a31b3f702.txt: municipal roadmap, Ulchsky district, 2022; column "Сроки реализации". */
        static Stream<Arguments> seed003() {
            return Stream.of(
                    // lines 25, 31
                    row(byDate("До 20 января 2022", 2022, 1, 20)),
                    // line 38
                    row(byDate("До 27 февраля 2022", 2022, 2, 27)),
                    // line 44
                    row(month("Февраль 2022", ym(2022, 2))),
                    // line 53
                    row(byDate("До 28 февраля 2022", 2022, 2, 28)),
                    // line 61
                    row(span("Январь-декабрь 2022", m(1), ym(2022, 12))),
                    // line 67
                    row(span("Март-август 2022", m(3), ym(2022, 8))),
                    // lines 80-81, the cell starts with a space
                    row(combined(
                            " По полугодиям учебного года,\nпо окончании каждой учебной четверти",
                            every("По полугодиям учебного года", Frequency.SCHOOL_HALF_YEARLY),
                            every("по окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY))),
                    // line 90
                    row(span("Февраль-октябрь 2022", m(2), ym(2022, 10))),
                    // line 99
                    row(combined(
                            "Февраль-ноябрь (по утвержденному графику)",
                            span("Февраль-ноябрь", m(2), m(11)),
                            arranged("по утвержденному графику", Arrangement.SCHEDULE))),
                    // line 105
                    row(month("Март 2022", ym(2022, 3))),
                    // line 111
                    row(span("Февраль –апрель 2022", m(2), ym(2022, 4))),
                    // line 117
                    row(span("Февраль –ноябрь 2022", m(2), ym(2022, 11))),
                    // line 129
                    row(every("По окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY)),
                    // line 136, a trailing space
                    row(every("По окончании учебного полугодия ", Frequency.SCHOOL_HALF_YEARLY)),
                    // line 143
                    row(span("Август-сентябрь 2022", m(8), ym(2022, 9))),
                    // line 149
                    row(span("Ноябрь-декабрь 2022", m(11), ym(2022, 12))),
                    // lines 158, 164
                    row(throughout("В течение 2022 года постоянно", 2022)),
                    // line 170
                    row(every("Ежеквартально", Frequency.QUARTERLY)));
        }

        /** 004_e0e09935226b7453.txt: regional plan, Primorsky Krai, Dec 2022 - Nov 2023; column "Срок исполнения". */
        static Stream<Arguments> seed004() {
            return Stream.of(
                    // lines 44, 57, 82, 150, 249, 477
                    row(month("Декабрь 2022", ym(2022, 12))),
                    // lines 110, 283, 300, 356
                    row(month("Февраль 2023", ym(2023, 2))),
                    // lines 133-134
                    row(span("Ноябрь 2022-\nавгуст 2023", ym(2022, 11), ym(2023, 8))),
                    // lines 172, 195
                    row(span("Январь – март 2023", m(1), ym(2023, 3))),
                    // line 209
                    row(span("Февраль – март 2023", m(2), ym(2023, 3))),
                    // lines 223, 615
                    row(month("Август 2023", ym(2023, 8))),
                    // line 236
                    row(month("Март 2023", ym(2023, 3))),
                    // line 266
                    row(throughout("В течение года")),
                    // line 320
                    row(span("Март –апрель 2023", m(3), ym(2023, 4))),
                    // line 339
                    row(span("Февраль –май 2023", m(2), ym(2023, 5))),
                    // line 368
                    row(span("Февраль – апрель 2023", m(2), ym(2023, 4))),
                    // line 392
                    row(month("март 2023", ym(2023, 3))),
                    // lines 409-410
                    row(span("Декабрь 2022 –\nдекабрь 2023", ym(2022, 12), ym(2023, 12))),
                    // lines 424-425, 636-637
                    row(span("Сентябрь 2022\n– май 2023", ym(2022, 9), ym(2023, 5))),
                    // lines 444-445
                    row(span("Декабрь 2022-\nфевраль 2023", ym(2022, 12), ym(2023, 2))),
                    // lines 461-462
                    row(span("Октябрь 2022-май\n2023", ym(2022, 10), ym(2023, 5))),
                    // lines 496, 514, 576, 589, 603
                    row(throughout("В течение 2023 года", 2023)),
                    // lines 533, 550
                    row(month("Сентябрь 2022", ym(2022, 9))),
                    // lines 561-562
                    row(throughout("В течение\n2023 года", 2023)),
                    // lines 658-659
                    row(span("Сентябрь 2022\n– ноябрь 2023", ym(2022, 9), ym(2023, 11))),
                    // line 680
                    row(span("Январь-май 2023г.", m(1), ym(2023, 5))),
                    // lines 689, 701
                    row(span("Октябрь 2022 – май 2023г.", ym(2022, 10), ym(2023, 5))),
                    // lines 714, 725
                    row(span("Ноябрь 2022 – май 2023г.", ym(2022, 11), ym(2023, 5))));
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("seed000")
        void readsEveryDeadlineOfSeed000(String text, Deadline expected) {
            assertThat(Deadline.parse(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("seed001")
        void readsEveryDeadlineOfSeed001(String text, Deadline expected) {
            assertThat(Deadline.parse(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("seed002")
        void readsEveryDeadlineOfSeed002(String text, Deadline expected) {
            assertThat(Deadline.parse(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("seed003")
        void readsEveryDeadlineOfSeed003(String text, Deadline expected) {
            assertThat(Deadline.parse(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("seed004")
        void readsEveryDeadlineOfSeed004(String text, Deadline expected) {
            assertThat(Deadline.parse(text)).isEqualTo(expected);
        }
    }

    @Nested
    class UserVariants {

        static Stream<Arguments> cases() {
            return Stream.of(
                    // any case
                    row(month("АВГУСТ 2022", ym(2022, 8))),
                    row(span("сентябрь - ОКТЯБРЬ", m(9), m(10))),
                    row(every("ЕЖЕМЕСЯЧНО", Frequency.MONTHLY)),
                    // nominative, genitive, prepositional
                    row(month("январь", m(1))),
                    row(month("января", m(1))),
                    row(month("в январе", m(1))),
                    row(month("в январе 2022 года", ym(2022, 1))),
                    row(month("в мае", m(5))),
                    row(month("в сентябре 2022 г.", ym(2022, 9))),
                    row(span("с марта по май 2022", m(3), ym(2022, 5))),
                    row(span("с сентября по декабрь", m(9), m(12))),
                    // abbreviations
                    row(month("янв.", m(1))),
                    row(month("сент.", m(9))),
                    row(month("Сент. 2022", ym(2022, 9))),
                    row(month("нояб 2022", ym(2022, 11))),
                    row(span("янв.-март 2023", m(1), ym(2023, 3))),
                    row(span("Февр. – апр. 2022", m(2), ym(2022, 4))),
                    // dashes with and without spaces
                    row(span("март-май", m(3), m(5))),
                    row(span("март – май", m(3), m(5))),
                    row(span("март — май", m(3), m(5))),
                    row(span("март ‑ май", m(3), m(5))),
                    row(span("март‑май", m(3), m(5))),
                    row(span("март−май", m(3), m(5))),
                    row(span("март -\tмай", m(3), m(5))),
                    // the words after a year
                    row(month("март 2023 г.", ym(2023, 3))),
                    row(month("март 2023 г", ym(2023, 3))),
                    row(month("март 2023г", ym(2023, 3))),
                    row(month("март 2023 года", ym(2023, 3))),
                    row(span("март 2022 - май 2023 гг.", ym(2022, 3), ym(2023, 5))),
                    row(span("март-май 2023 гг", m(3), ym(2023, 5))),
                    row(span("сентябрь-май учебного года", m(9), m(5))),
                    // due-by dates
                    row(byDate("до 20 января 2022", 2022, 1, 20)),
                    row(byDate("до 20.01.2022", 2022, 1, 20)),
                    row(byDate("до 20.01.2022 г.", 2022, 1, 20)),
                    row(byDate("в срок до 01.06.2021", 2021, 6, 1)),
                    row(byDate("В срок до 20 января 2022 года", 2022, 1, 20)),
                    row(byDate("не позднее 20.01.2022", 2022, 1, 20)),
                    row(byDate("Не позднее 5 марта 2022 г.", 2022, 3, 5)),
                    row(byDate("до конца 2022 года", 2022, 12, 31)),
                    row(byDate("до конца февраля 2024", 2024, 2, 29)),
                    // dates and spans of dates
                    row(onDate("20 января 2022 г.", 2022, 1, 20)),
                    row(onDate("01.03.21", 2021, 3, 1)),
                    row(onDates(
                            "23.06.2021; 17.11.2021 и 01.12.2021", d(2021, 6, 23), d(2021, 11, 17), d(2021, 12, 1))),
                    row(dateSpan("с 01.04.2021 по 31.05.2021", d(2021, 4, 1), d(2021, 5, 31))),
                    row(dateSpan("01.04.2021 – 31.05.2021", d(2021, 4, 1), d(2021, 5, 31))),
                    row(dateSpan("с 1 апреля по 31 мая 2021 года", d(2021, 4, 1), d(2021, 5, 31))),
                    row(dateSpan("01.04-31.05.2021", d(2021, 4, 1), d(2021, 5, 31))),
                    row(dateSpan("01.12-31.01.2022", d(2021, 12, 1), d(2022, 1, 31))),
                    // calendar quarters and half-years: the span of their months
                    row(span("I квартал 2022", ym(2022, 1), ym(2022, 3))),
                    row(span("1 квартал", m(1), m(3))),
                    row(span("IV квартал 2022 г.", ym(2022, 10), ym(2022, 12))),
                    row(span("в III квартале 2022 года", ym(2022, 7), ym(2022, 9))),
                    row(span("2-й квартал", m(4), m(6))),
                    row(span("I-II квартал 2023", ym(2023, 1), ym(2023, 6))),
                    row(span("2 полугодие 2022", ym(2022, 7), ym(2022, 12))),
                    // years
                    row(throughout("2022 год", 2022)),
                    row(throughout("в 2022 году", 2022)),
                    row(span("2020-2022 гг.", ym(2020, 1), ym(2022, 12))),
                    // throughout
                    row(throughout("в течение года")),
                    row(throughout("в течение всего периода")),
                    row(throughout("весь период")),
                    row(throughout("Постоянно")),
                    row(throughout("в течение учебного года")),
                    row(throughout("в течение всего учебного года")),
                    row(throughout("в течение года постоянно")),
                    row(throughout("в период реализации проекта")),
                    row(throughout("в течение 2022 года", 2022)),
                    row(throughout("в течение 2022 года постоянно", 2022)),
                    row(throughout("постоянно в течение 2022 г.", 2022)),
                    // recurring
                    row(every("ежемесячно", Frequency.MONTHLY)),
                    row(every("ежеквартально", Frequency.QUARTERLY)),
                    row(every("ежегодно", Frequency.YEARLY)),
                    row(every("по полугодиям", Frequency.HALF_YEARLY)),
                    row(every("раз в полгода", Frequency.HALF_YEARLY)),
                    row(every("1 раз в квартал", Frequency.QUARTERLY)),
                    row(every("1 раз в \nквартал", Frequency.QUARTERLY)),
                    row(every("один раз в месяц", Frequency.MONTHLY)),
                    row(every("по окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY)),
                    row(every("по итогам учебной четверти", Frequency.SCHOOL_QUARTERLY)),
                    row(every("по полугодиям учебного года", Frequency.SCHOOL_HALF_YEARLY)),
                    row(every("по окончании учебного полугодия", Frequency.SCHOOL_HALF_YEARLY)),
                    row(every("по окончании каждого квартала", Frequency.QUARTERLY)),
                    // with a due rule
                    row(every("ежемесячно до 10 числа месяца, следующего за отчетным", Frequency.MONTHLY, 10)),
                    row(every(
                            "Ежемесячно в срок до 10 числа месяца, следующего за отчётным месяцем",
                            Frequency.MONTHLY,
                            10)),
                    row(every(
                            "ежемесячно, не позднее 5-го числа месяца, следующего за отчетным периодом",
                            Frequency.MONTHLY,
                            5)),
                    row(every(
                            "ежеквартально до 15 числа месяца, следующего за отчетным кварталом",
                            Frequency.QUARTERLY,
                            15)),
                    row(every("ежемесячно до 10 числа следующего месяца", Frequency.MONTHLY, 10)),
                    row(every(
                            "по окончании каждой учебной четверти до 5 числа месяца, следующего за отчетным",
                            Frequency.SCHOOL_QUARTERLY,
                            5)),
                    row(every("до 10 числа месяца, следующего за отчетным", Frequency.MONTHLY, 10)),
                    row(every("до 20 числа месяца, следующего за отчетным кварталом", Frequency.QUARTERLY, 20)),
                    // by arrangement
                    row(arranged("по утвержденному графику", Arrangement.SCHEDULE)),
                    row(arranged("по графику", Arrangement.SCHEDULE)),
                    row(arranged("согласно графику", Arrangement.SCHEDULE)),
                    row(arranged("по графику МОУО", Arrangement.SCHEDULE, "МОУО")),
                    row(arranged("по графику проведения ГИА", Arrangement.SCHEDULE)),
                    row(arranged("по запросу МОУО", Arrangement.REQUEST, "МОУО")),
                    row(arranged("по запросу", Arrangement.REQUEST)),
                    row(arranged("по запросу МОУО, ОО", Arrangement.REQUEST, "МОУО, ОО")),
                    row(arranged(
                            "по запросу\nобразовательных  организаций",
                            Arrangement.REQUEST,
                            "образовательных организаций")),
                    row(arranged("по мере необходимости", Arrangement.AS_NEEDED)),
                    row(arranged("при необходимости", Arrangement.AS_NEEDED)),
                    // combinations
                    row(combined(
                            "Ежемесячно /по запросу МОУО",
                            every("Ежемесячно", Frequency.MONTHLY),
                            arranged("по запросу МОУО", Arrangement.REQUEST, "МОУО"))),
                    row(combined(
                            "По полугодиям учебного года, по окончании каждой учебной четверти",
                            every("По полугодиям учебного года", Frequency.SCHOOL_HALF_YEARLY),
                            every("по окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY))),
                    row(combined(
                            "ежеквартально; по запросу",
                            every("ежеквартально", Frequency.QUARTERLY),
                            arranged("по запросу", Arrangement.REQUEST))),
                    row(combined(
                            "ежемесячно и по мере необходимости",
                            every("ежемесячно", Frequency.MONTHLY),
                            arranged("по мере необходимости", Arrangement.AS_NEEDED))),
                    row(combined(
                            "по запросу МОУО, ежемесячно",
                            arranged("по запросу МОУО", Arrangement.REQUEST, "МОУО"),
                            every("ежемесячно", Frequency.MONTHLY))),
                    row(combined(
                            "ежемесячно до 10 числа месяца, следующего за отчетным / по запросу МОУО",
                            every("ежемесячно до 10 числа месяца, следующего за отчетным", Frequency.MONTHLY, 10),
                            arranged("по запросу МОУО", Arrangement.REQUEST, "МОУО"))),
                    row(combined(
                            "23.06.2021, 17.11.2021 (по графику)",
                            onDates("23.06.2021, 17.11.2021", d(2021, 6, 23), d(2021, 11, 17)),
                            arranged("по графику", Arrangement.SCHEDULE))),
                    row(combined("март, май", month("март", m(3)), month("май", m(5)))),
                    // the seeds README writes the split cells on one line
                    row(dateSpan("01.04.2021-31.05.2021", d(2021, 4, 1), d(2021, 5, 31))),
                    row(onDates("23.06.2021, 17.11.2021", d(2021, 6, 23), d(2021, 11, 17))),
                    row(span("Ноябрь 2022-август 2023", ym(2022, 11), ym(2023, 8))));
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("cases")
        void readsWhatUsersWrite(String text, Deadline expected) {
            assertThat(Deadline.parse(text)).isEqualTo(expected);
        }
    }

    @Nested
    class LeavesUnparsed {

        @ParameterizedTest(name = "{index}: [{0}]")
        @ValueSource(
                strings = {
                    // 002_e8b8425e262cf782.txt line 396: OCR noise in the deadline column
                    "О 1 А О  О  Л Л 1",
                    // 002_e8b8425e262cf782.txt line 402: an OCR-garbled date
                    "\\jl.0j.202l",
                    "31.02.2022",
                    "29.02.2023",
                    "01.13.2022",
                    "00.01.2022",
                    "до 31.02.2022",
                    "31.04.2021-31.05.2021",
                    "Сентяьбря",
                    "Сентяьбря 2022",
                    "",
                    "   ",
                    "\n",
                    "ежемесячно до 0 числа месяца, следующего за отчетным",
                    "ежемесячно до 32 числа месяца, следующего за отчетным",
                    "до 10 числа месяца, следующего за отчетным периодом",
                    "до 20 января",
                    "ежедневно",
                    "2022-",
                    "март / Сентяьбря",
                    "Задача 1. Принятие управленческих решений",
                    "V квартал 2022",
                    "13 месяц"
                })
        void keepsTheWordsNoRuleReads(String text) {
            Deadline d = Deadline.parse(text);

            assertThat(d).isEqualTo(new Deadline.Unparsed(text));
            assertThat(d.isParsed()).isFalse();
        }

        @Test
        void readsNoPhraseLongerThanTheLimit() {
            String text = "ежемесячно ".repeat(60);

            assertThat(Deadline.parse(text)).isEqualTo(new Deadline.Unparsed(text));
        }
    }

    @Nested
    class KeepsTheText {

        @Test
        void keepsLineBreaksTabsAndSpacesOfTheWholePhrase() {
            String text = "\t Сентябрь 2022\r\n– май 2023  ";

            Deadline d = Deadline.parse(text);

            assertThat(d.text()).isSameAs(text);
            assertThat(d).isEqualTo(span(text, ym(2022, 9), ym(2023, 5)));
        }

        @Test
        void givesEachPartOfACombinationItsOwnWords() {
            String text = "Февраль-ноябрь\n(по  утвержденному\u00a0графику)";

            Deadline.Combined d = (Deadline.Combined) Deadline.parse(text);

            assertThat(d.parts())
                    .extracting(Deadline::text)
                    .containsExactly("Февраль-ноябрь", "по  утвержденному\u00a0графику");
        }
    }

    @Nested
    class Properties {

        private static final String[] FRAGMENTS = {
            "Август 2022",
            "Сентябрь - октябрь",
            "До 20 января 2022",
            "01.04.2021-\n31.05.2021",
            "23.06.2021,\n17.11.2021",
            "Ежемесячно /по \nзапросу МОУО",
            "Ежеквартально",
            "По окончании каждой учебной четверти",
            "По полугодиям учебного года",
            "в течение всего периода",
            "В течение 2023 года",
            "По утвержденному \nграфику",
            "Ноябрь 2022-\nавгуст 2023",
            "Январь-май 2023г.",
            "Февраль-ноябрь (по утвержденному графику)",
            "ежемесячно в срок до 10 числа месяца, следующего за отчетным",
            "О 1 А О  О  Л Л 1",
            "I квартал 2022",
            "по запросу МОУО, ОО",
            "31.02.2022",
            "постоянно",
            "с 01.04.2021 по",
            "до",
            "числа",
            "и",
            "/",
            "(",
            ")",
            ",",
            ";",
            "-",
            "–",
            "г.",
            "2022",
            "12",
            "."
        };

        private static final String ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
                + "abcdefghijklmnopqrstuvwxyzIVXLCM0123456789 \n\t\r\u00a0.,;:/()-–—‑\u00ad\"«»№%+*?!\\[]{}";

        /** Seeded input: random characters, glued fragments of real phrases, and mutated fragments. */
        static List<String> inputs(long seed, int count) {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> result = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                switch (random.nextInt(3)) {
                    case 0:
                        result.add(randomChars(random, random.nextInt(60)));
                        break;
                    case 1:
                        result.add(glued(random));
                        break;
                    default:
                        result.add(mutate(random, glued(random)));
                        break;
                }
            }
            return result;
        }

        private static String randomChars(SplittableRandom random, int length) {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return b.toString();
        }

        private static String glued(SplittableRandom random) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(new String[] {" ", "/", ", ", "; ", " и ", "\n", " (", ") ", "-"}[random.nextInt(9)]);
                }
                b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            return b.toString();
        }

        private static String mutate(SplittableRandom random, String s) {
            StringBuilder b = new StringBuilder(s);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && b.length() > 0; e++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0:
                        b.deleteCharAt(at);
                        break;
                    case 1:
                        b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                        break;
                    case 2:
                        b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                        break;
                    default:
                        char c = b.charAt(at);
                        b.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                        break;
                }
            }
            return b.toString();
        }

        @Test
        void neverThrowsAndKeepsTheTextOfTwelveThousandRandomPhrases() {
            List<String> inputs = inputs(20220629L, 12_000);
            int parsed = 0;
            int combined = 0;

            for (String text : inputs) {
                Deadline d = Deadline.parse(text);

                assertThat(d.text()).as("text of %s", d).isEqualTo(text);
                assertThat(Deadline.parse(text)).as("the same again").isEqualTo(d);
                if (d instanceof Deadline.Combined) {
                    combined++;
                    assertPartsAreSubstringsInOrder((Deadline.Combined) d);
                }
                if (d.isParsed()) {
                    parsed++;
                }
            }
            // the generator reaches every kind of outcome, so the properties above are not vacuous
            assertThat(parsed).isBetween(1000, inputs.size() - 1000);
            assertThat(combined).isGreaterThan(100);
        }

        private void assertPartsAreSubstringsInOrder(Deadline.Combined d) {
            int from = 0;
            for (Deadline part : d.parts()) {
                assertThat(part).isNotInstanceOf(Deadline.Combined.class);
                assertThat(part.isParsed()).isTrue();
                int at = d.text().indexOf(part.text(), from);
                assertThat(at).as("part %s of %s", part.text(), d.text()).isGreaterThanOrEqualTo(0);
                assertThat(part.text()).isEqualTo(part.text().strip());
                from = at + part.text().length();
            }
        }

        @Test
        void readsHostileLongInputQuickly() {
            List<String> hostile = List.of(
                    "1.".repeat(249),
                    "март-".repeat(99),
                    "01.01.2022, ".repeat(41),
                    "по запросу " + "МОУО, ".repeat(80),
                    "/".repeat(499),
                    "в течение ".repeat(49),
                    "ежемесячно до 10 числа месяца, следующего за отчетным ".repeat(9),
                    "((((((((((((((((((((((((((((((((((((((((((((((((((((",
                    "и и и и и и и и и и и и и и и и и и и и и и и и и и и",
                    "1".repeat(500),
                    "я".repeat(100_000));

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int round = 0; round < 200; round++) {
                    for (String text : hostile) {
                        assertThat(Deadline.parse(text).text()).isEqualTo(text);
                    }
                }
            });
        }
    }

    @Nested
    class Threads {

        @Test
        void readsTheSameOnEightThreadsAtOnce() throws Exception {
            List<Arguments> rows = Stream.of(
                            SeedPhrases.seed000(),
                            SeedPhrases.seed001(),
                            SeedPhrases.seed002(),
                            SeedPhrases.seed003(),
                            SeedPhrases.seed004(),
                            UserVariants.cases())
                    .flatMap(s -> s)
                    .collect(Collectors.toList());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int shift = t;
                    results.add(pool.submit(() -> {
                        List<String> wrong = new ArrayList<>();
                        for (int round = 0; round < 50; round++) {
                            for (int i = 0; i < rows.size(); i++) {
                                Object[] row =
                                        rows.get((i + shift * 7) % rows.size()).get();
                                if (!Deadline.parse((String) row[0]).equals(row[1])) {
                                    wrong.add((String) row[0]);
                                }
                            }
                        }
                        return wrong;
                    }));
                }
                for (Future<List<String>> result : results) {
                    assertThat(result.get(60, TimeUnit.SECONDS)).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class RoundTrip {

        private static final Frequency[] FREQUENCIES = Frequency.values();

        /** A random deadline of every kind built in code, years 1000 to 9999. */
        static Deadline generated(SplittableRandom random) {
            switch (random.nextInt(8)) {
                case 0:
                    return Deadline.on(date(random));
                case 1:
                    return Deadline.by(date(random));
                case 2:
                    return Deadline.in(yearMonth(random));
                case 3:
                    return Deadline.between(yearMonth(random), yearMonth(random));
                case 4:
                    return Deadline.between(date(random), date(random));
                case 5:
                    return Deadline.every(
                            FREQUENCIES[random.nextInt(FREQUENCIES.length)],
                            random.nextBoolean() ? Optional.empty() : Optional.of(new DueRule(1 + random.nextInt(31))));
                case 6:
                    return Deadline.throughout();
                default:
                    return Deadline.throughout(Year.of(1000 + random.nextInt(9000)));
            }
        }

        private static LocalDate date(SplittableRandom random) {
            return LocalDate.ofEpochDay(random.nextLong(
                    LocalDate.of(1000, 1, 1).toEpochDay(),
                    LocalDate.of(9999, 12, 31).toEpochDay() + 1));
        }

        private static YearMonth yearMonth(SplittableRandom random) {
            return YearMonth.of(1000 + random.nextInt(9000), 1 + random.nextInt(12));
        }

        @Test
        void readsBackTheWordsOfEveryDeadlineBuiltInCode() {
            SplittableRandom random = new SplittableRandom(500L);
            List<Class<?>> kinds = new ArrayList<>();

            for (int i = 0; i < 10_000; i++) {
                Deadline d = generated(random);

                assertThat(Deadline.parse(d.text())).as("parse(%s)", d.text()).isEqualTo(d);
                kinds.add(d.getClass());
            }
            assertThat(kinds)
                    .contains(
                            Deadline.OnDate.class,
                            Deadline.ByDate.class,
                            Deadline.InMonth.class,
                            Deadline.MonthSpan.class,
                            Deadline.DateSpan.class,
                            Deadline.Recurring.class,
                            Deadline.Throughout.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("everyFrequencyWithAndWithoutARule")
        void readsBackEveryFrequency(Frequency frequency, Optional<DueRule> due) {
            Deadline.Recurring d = Deadline.every(frequency, due);

            assertThat(Deadline.parse(d.text())).isEqualTo(d);
        }

        static Stream<Arguments> everyFrequencyWithAndWithoutARule() {
            return Stream.of(Frequency.values())
                    .flatMap(f -> Stream.of(
                            arguments(f, Optional.empty()),
                            arguments(f, Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH)),
                            arguments(f, Optional.of(new DueRule(31)))));
        }
    }
}
