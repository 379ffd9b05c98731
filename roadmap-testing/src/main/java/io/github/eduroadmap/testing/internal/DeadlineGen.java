package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.ReportingRequirement;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Deadlines that lie within a roadmap's period, of every family, in three kinds of words: the words the model's
 * factories give, the words of the seed documents with the typed value those words mean, and words that do not say
 * what the typed value says ("В течение года" with the year 2021), which writers must keep in typed form.
 */
public final class DeadlineGen {

    /** The families, in the order of {@link #WEIGHTS}. */
    private static final int IN_MONTH = 0;

    private static final int MONTH_SPAN = 1;
    private static final int ON_DATE = 2;
    private static final int BY_DATE = 3;
    private static final int ON_DATES = 4;
    private static final int DATE_SPAN = 5;
    private static final int RECURRING = 6;
    private static final int THROUGHOUT = 7;
    private static final int BY_ARRANGEMENT = 8;
    private static final int COMBINED = 9;
    private static final int UNPARSED = 10;

    private static final int[] WEIGHTS = {20, 16, 9, 9, 5, 6, 10, 12, 6, 4, 3};

    private static final List<String> UNPARSED_WORDS = List.of(
            "О 1 А О  О  Л Л 1",
            "Сентяьбря",
            "уточняется",
            "⏳ по мере готовности площадки",
            "31.02.2022",
            "Q_ 2021",
            "Т Х Т Ч /’Л",
            "после согласования с ФИОКО (срок: ?)",
            "#N/A");

    private static final List<String> VAGUE_WORDS = List.of(
            "в установленные сроки",
            "по плану",
            "в течение учебного года",
            "по итогам этапа",
            "в сроки, установленные Министерством",
            "До конца года");

    private DeadlineGen() {}

    /**
     * Returns a deadline of any family that lies within the scene's period.
     *
     * @param rng the source
     * @param scene the roadmap's scene
     * @return the deadline
     */
    public static Deadline deadline(Rng rng, Scene scene) {
        return family(rng, scene, rng.weighted(WEIGHTS), true);
    }

    /**
     * Returns the deadline of a reporting requirement: mostly monthly by day 10 of the next month.
     *
     * @param rng the source
     * @param scene the roadmap's scene
     * @return the deadline
     */
    public static Deadline reportingDeadline(Rng rng, Scene scene) {
        switch (rng.weighted(6, 2, 1, 1)) {
            case 0:
                return rng.chance(0.5)
                        ? new Deadline.Recurring(
                                "ежемесячно в срок до 10 числа месяца, следующего за отчетным",
                                Frequency.MONTHLY,
                                Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH))
                        : Deadline.every(Frequency.MONTHLY, Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH));
            case 1:
                return Deadline.every(
                        rng.pick(Frequency.values()),
                        rng.chance(0.7) ? Optional.of(new DueRule(rng.between(1, 31))) : Optional.empty());
            case 2:
                return combined(rng, scene, 1);
            default:
                return recurring(rng);
        }
    }

    /**
     * Returns a deadline of one family.
     *
     * @param rng the source
     * @param scene the scene
     * @param family the family, an index of {@link #WEIGHTS}
     * @param mayCombine whether a {@link Deadline.Combined} may be returned
     * @return the deadline
     */
    private static Deadline family(Rng rng, Scene scene, int family, boolean mayCombine) {
        int form = rng.weighted(60, 28, 12); // factory words, seed words, words that say something else
        switch (family) {
            case IN_MONTH:
                return inMonth(rng, scene, form);
            case MONTH_SPAN:
                return monthSpan(rng, scene, form);
            case ON_DATE:
                return onDate(rng, scene, form);
            case BY_DATE:
                return byDate(rng, scene, form);
            case ON_DATES:
                return onDates(rng, scene, form);
            case DATE_SPAN:
                return dateSpan(rng, scene, form);
            case RECURRING:
                return form == 2 ? retext(recurring(rng), rng.pick("регулярно", "систематически")) : recurring(rng);
            case THROUGHOUT:
                return throughout(rng, scene, form);
            case BY_ARRANGEMENT:
                return byArrangement(rng, scene);
            case COMBINED:
                return mayCombine ? combined(rng, scene, 0) : byArrangement(rng, scene);
            default:
                return new Deadline.Unparsed(rng.pick(UNPARSED_WORDS));
        }
    }

    private static Deadline inMonth(Rng rng, Scene scene, int form) {
        YearMonth m = rng.pick(scene.months());
        if (form == 0) {
            return rng.chance(0.7)
                    ? Deadline.in(m)
                    : new Deadline.InMonth(Words.month(m.getMonth()), monthRef(scene, m, false));
        }
        if (form == 1) {
            boolean withYear = rng.chance(0.5);
            MonthRef ref = monthRef(scene, m, withYear);
            String words = Words.capitalize(Words.month(m.getMonth()));
            if (ref.year().isPresent()) {
                words += " " + m.getYear() + rng.pick("", "", " г.", "г.");
            }
            return new Deadline.InMonth(rng.chance(0.8) ? words : words.toLowerCase(java.util.Locale.ROOT), ref);
        }
        String words;
        if (m.getMonth() == Month.MAY) {
            words = "в конце учебного года";
        } else if (m.getMonth() == Month.AUGUST) {
            words = "к началу учебного года";
        } else {
            words = rng.pick(VAGUE_WORDS);
        }
        return new Deadline.InMonth(words, MonthRef.of(m));
    }

    private static Deadline monthSpan(Rng rng, Scene scene, int form) {
        List<YearMonth> months = scene.months();
        int i = months.size() == 1 ? 0 : rng.nextInt(months.size() - 1);
        int j = months.size() == 1 ? 0 : rng.between(i + 1, months.size() - 1);
        YearMonth from = months.get(i);
        YearMonth to = months.get(j);
        if (form == 0) {
            if (rng.chance(0.75)) {
                return Deadline.between(from, to);
            }
            MonthRef[] refs = spanRefs(scene, from, to, false, false);
            return new Deadline.MonthSpan(
                    Words.month(from.getMonth()) + " - " + Words.month(to.getMonth()), refs[0], refs[1]);
        }
        if (form == 1) {
            int years = rng.nextInt(4); // none, both, only the last, only the first
            MonthRef[] refs = spanRefs(scene, from, to, years == 1 || years == 3, years == 1 || years == 2);
            StringBuilder b = new StringBuilder(40);
            b.append(Words.capitalize(Words.month(from.getMonth())));
            refs[0].year().ifPresent(y -> b.append(' ').append(y));
            b.append(rng.pick(" - ", "-", " –", " – ", " -  ", " -", "- "));
            b.append(Words.month(to.getMonth()));
            refs[1].year().ifPresent(y -> b.append(' ').append(y).append(rng.pick("", "", "г.", " г.")));
            return new Deadline.MonthSpan(b.toString(), refs[0], refs[1]);
        }
        if (from.getMonth() == Month.SEPTEMBER && to.getMonth() == Month.MAY) {
            return new Deadline.MonthSpan("весь учебный год", MonthRef.of(from), MonthRef.of(to));
        }
        return new Deadline.MonthSpan(rng.pick(VAGUE_WORDS), MonthRef.of(from), MonthRef.of(to));
    }

    private static Deadline onDate(Rng rng, Scene scene, int form) {
        LocalDate d = scene.day(rng);
        if (form == 0) {
            return Deadline.on(d);
        }
        if (form == 1) {
            return new Deadline.OnDate(Words.dateInWords(d) + rng.pick(" г.", " года", ""), d);
        }
        LocalDate teachersDay = LocalDate.of(d.getYear(), 10, 5);
        if (scene.period().contains(teachersDay) && rng.chance(0.5)) {
            return new Deadline.OnDate("ко Дню учителя", teachersDay);
        }
        return new Deadline.OnDate(rng.pick(VAGUE_WORDS), d);
    }

    private static Deadline byDate(Rng rng, Scene scene, int form) {
        LocalDate d = scene.day(rng);
        if (form == 0) {
            return Deadline.by(d);
        }
        if (form == 1) {
            return new Deadline.ByDate(
                    rng.chance(0.5)
                            ? "До " + Words.dateInWords(d)
                            : rng.pick("в срок до ", "не позднее ") + Words.date(d),
                    d);
        }
        return new Deadline.ByDate(rng.pick(VAGUE_WORDS), d);
    }

    private static Deadline onDates(Rng rng, Scene scene, int form) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        int n = rng.between(2, 4);
        for (int k = 0; k < n; k++) {
            dates.add(scene.day(rng));
        }
        List<LocalDate> list = new ArrayList<>(dates);
        if (form == 2) {
            return new Deadline.OnDates(rng.pick(VAGUE_WORDS), list);
        }
        String separator = form == 0 ? ", " : rng.pick(", ", ",\n", "; ", " и ");
        StringBuilder b = new StringBuilder();
        for (LocalDate d : list) {
            if (b.length() > 0) {
                b.append(separator);
            }
            b.append(Words.date(d));
        }
        return new Deadline.OnDates(b.toString(), list);
    }

    private static Deadline dateSpan(Rng rng, Scene scene, int form) {
        LocalDate from = scene.day(rng);
        LocalDate to = scene.dayFrom(rng, from);
        if (form == 0) {
            return Deadline.between(from, to);
        }
        if (form == 1) {
            return new Deadline.DateSpan(
                    Words.date(from) + rng.pick("-\n", "- \n", " - ", "–", " по ") + Words.date(to), from, to);
        }
        LocalDate june = LocalDate.of(from.getYear(), 6, 1);
        LocalDate august = LocalDate.of(from.getYear(), 8, 31);
        if (scene.period().contains(DateRange.of(june, august)) && rng.chance(0.5)) {
            return new Deadline.DateSpan("летние каникулы", june, august);
        }
        return new Deadline.DateSpan(rng.pick(VAGUE_WORDS), from, to);
    }

    private static Deadline recurring(Rng rng) {
        Frequency f = rng.pick(Frequency.values());
        if (rng.chance(0.6)) {
            return Deadline.every(f, rng.chance(0.3) ? Optional.of(new DueRule(rng.between(1, 31))) : Optional.empty());
        }
        String words;
        switch (f) {
            case MONTHLY:
                words = rng.pick("Ежемесячно", "ежемесячно");
                break;
            case QUARTERLY:
                words = rng.pick("Ежеквартально", "ежеквартально");
                break;
            case HALF_YEARLY:
                words = rng.pick("раз в полгода", "По полугодиям");
                break;
            case YEARLY:
                words = "Ежегодно";
                break;
            case SCHOOL_QUARTERLY:
                words = "По окончании каждой учебной четверти";
                break;
            default:
                words = rng.pick("По полугодиям учебного года", "По окончании учебного полугодия ");
                break;
        }
        if (f == Frequency.MONTHLY && rng.chance(0.3)) {
            return new Deadline.Recurring(
                    words + " в срок до 10 числа месяца, следующего за отчетным",
                    f,
                    Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH));
        }
        return new Deadline.Recurring(words, f, Optional.empty());
    }

    private static Deadline throughout(Rng rng, Scene scene, int form) {
        boolean withYear = !scene.years().isEmpty() && rng.chance(0.4);
        Year year = withYear ? rng.pick(scene.years()) : null;
        if (form == 0) {
            return withYear ? Deadline.throughout(year) : Deadline.throughout();
        }
        if (form == 1) {
            if (withYear) {
                return new Deadline.Throughout(
                        rng.pick("В течение ", "в течение ") + year + rng.pick(" года", " года постоянно", " г."),
                        Optional.of(year));
            }
            return new Deadline.Throughout(
                    rng.pick("в течение всего периода", "В течение года", "постоянно", "В течение всего периода"),
                    Optional.empty());
        }
        if (withYear) {
            return new Deadline.Throughout(rng.pick("В течение года", "постоянно", "весь период"), Optional.of(year));
        }
        return new Deadline.Throughout(rng.pick(VAGUE_WORDS), Optional.empty());
    }

    private static Deadline byArrangement(Rng rng, Scene scene) {
        switch (rng.nextInt(5)) {
            case 0:
                return new Deadline.ByArrangement(
                        rng.pick("По утвержденному графику", "по утвержденному графику", "по графику"),
                        Arrangement.SCHEDULE,
                        Optional.empty());
            case 1:
                String party = party(rng, scene);
                return new Deadline.ByArrangement(
                        rng.pick("по запросу ", "По запросу ") + party, Arrangement.REQUEST, Optional.of(party));
            case 2:
                return new Deadline.ByArrangement(
                        rng.pick("по запросу", "По запросу"), Arrangement.REQUEST, Optional.empty());
            case 3:
                return new Deadline.ByArrangement(
                        rng.pick("по мере необходимости", "По мере необходимости"),
                        Arrangement.AS_NEEDED,
                        Optional.empty());
            default:
                return new Deadline.ByArrangement(
                        rng.pick(VAGUE_WORDS), rng.pick(Arrangement.values()), Optional.empty());
        }
    }

    private static Deadline combined(Rng rng, Scene scene, int depth) {
        switch (rng.nextInt(depth == 0 ? 5 : 4)) {
            case 0:
                String party = party(rng, scene);
                return new Deadline.Combined(
                        "Ежемесячно /по запросу " + party,
                        List.of(
                                new Deadline.Recurring("Ежемесячно", Frequency.MONTHLY, Optional.empty()),
                                new Deadline.ByArrangement(
                                        "по запросу " + party, Arrangement.REQUEST, Optional.of(party))));
            case 1:
                Deadline.MonthSpan span = (Deadline.MonthSpan) monthSpan(rng, scene, 1);
                Deadline.ByArrangement schedule =
                        new Deadline.ByArrangement("по утвержденному графику", Arrangement.SCHEDULE, Optional.empty());
                return new Deadline.Combined(span.text() + " (" + schedule.text() + ")", List.of(span, schedule));
            case 2:
                Deadline.Recurring halves = new Deadline.Recurring(
                        "По полугодиям учебного года", Frequency.SCHOOL_HALF_YEARLY, Optional.empty());
                Deadline.Recurring quarters = new Deadline.Recurring(
                        "по окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY, Optional.empty());
                return new Deadline.Combined(halves.text() + ",\n" + quarters.text(), List.of(halves, quarters));
            case 4:
                Deadline inner = combined(rng, scene, depth + 1);
                Deadline other = family(rng, scene, rng.nextInt(COMBINED), false);
                return new Deadline.Combined(inner.text() + "; " + other.text(), List.of(inner, other));
            default: // 3
                int n = rng.between(2, 3);
                List<Deadline> parts = new ArrayList<>(n);
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    Deadline part = family(rng, scene, rng.nextInt(COMBINED), false);
                    parts.add(part);
                    if (k > 0) {
                        b.append(rng.pick(" / ", "; ", ", ", "\n"));
                    }
                    b.append(part.text());
                }
                return new Deadline.Combined(b.toString(), parts);
        }
    }

    private static String party(Rng rng, Scene scene) {
        if (!scene.organisations().isEmpty() && rng.chance(0.8)) {
            return rng.pick(scene.organisations()).key();
        }
        return rng.pick("МОУО", "Министерства", "куратора");
    }

    /**
     * Returns a month reference that resolves to {@code month} within the period: without its year when asked and
     * when the period leaves no doubt, otherwise with it.
     */
    private static MonthRef monthRef(Scene scene, YearMonth month, boolean withYear) {
        if (!withYear && MonthRef.of(month.getMonth()).resolve(scene.period()).equals(month)) {
            return MonthRef.of(month.getMonth());
        }
        return MonthRef.of(month);
    }

    /** Returns the ends of a span with years where asked or where the period would otherwise read them wrong. */
    private static MonthRef[] spanRefs(Scene scene, YearMonth from, YearMonth to, boolean fromYear, boolean toYear) {
        MonthRef f = fromYear ? MonthRef.of(from) : MonthRef.of(from.getMonth());
        MonthRef t = toYear ? MonthRef.of(to) : MonthRef.of(to.getMonth());
        DateRange meant = DateRange.ofMonths(from, to);
        if (new Deadline.MonthSpan("", f, t).resolve(scene.period()).equals(meant)) {
            return new MonthRef[] {f, t};
        }
        return new MonthRef[] {MonthRef.of(from), MonthRef.of(to)};
    }

    /**
     * Returns a deadline with the same typed value and other words.
     *
     * @param d the deadline
     * @param words the new words
     * @return the deadline
     */
    public static Deadline retext(Deadline d, String words) {
        if (d instanceof Deadline.OnDate) {
            return new Deadline.OnDate(words, ((Deadline.OnDate) d).date());
        } else if (d instanceof Deadline.ByDate) {
            return new Deadline.ByDate(words, ((Deadline.ByDate) d).date());
        } else if (d instanceof Deadline.OnDates) {
            return new Deadline.OnDates(words, ((Deadline.OnDates) d).dates());
        } else if (d instanceof Deadline.InMonth) {
            return new Deadline.InMonth(words, ((Deadline.InMonth) d).month());
        } else if (d instanceof Deadline.MonthSpan) {
            Deadline.MonthSpan s = (Deadline.MonthSpan) d;
            return new Deadline.MonthSpan(words, s.from(), s.to());
        } else if (d instanceof Deadline.DateSpan) {
            Deadline.DateSpan s = (Deadline.DateSpan) d;
            return new Deadline.DateSpan(words, s.from(), s.to());
        } else if (d instanceof Deadline.Recurring) {
            Deadline.Recurring r = (Deadline.Recurring) d;
            return new Deadline.Recurring(words, r.frequency(), r.due());
        } else if (d instanceof Deadline.Throughout) {
            return new Deadline.Throughout(words, ((Deadline.Throughout) d).year());
        } else if (d instanceof Deadline.ByArrangement) {
            Deadline.ByArrangement a = (Deadline.ByArrangement) d;
            return new Deadline.ByArrangement(words, a.arrangement(), a.party());
        } else if (d instanceof Deadline.Combined) {
            return new Deadline.Combined(words, ((Deadline.Combined) d).parts());
        }
        return new Deadline.Unparsed(words);
    }

    /**
     * Returns a reporting requirement's parts other than its deadline, filled in against the glossary.
     *
     * @param rng the source
     * @param scene the scene
     * @return the requirement
     */
    public static ReportingRequirement requirement(Rng rng, Scene scene) {
        ReportingRequirement.Builder b = ReportingRequirement.builder().deadline(reportingDeadline(rng, scene));
        if (!scene.organisations().isEmpty() && rng.chance(0.9)) {
            b.reporter(OrganisationGen.reporter(rng, scene.organisations()).key());
        }
        if (rng.chance(0.7)) {
            b.recipient(rng.pick("министерство образования Приморского края", "МО ПК", "Комитет по образованию"));
        }
        if (rng.chance(0.7)) {
            b.subject(scene.text(rng, rng.pick(Vocabulary.REPORT_SUBJECTS)));
        }
        return b.build();
    }
}
