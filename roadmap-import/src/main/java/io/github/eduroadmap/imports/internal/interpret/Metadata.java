package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.OrganisationKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inference of the metadata a table does not print: level, territory, programme, period, time zone, id. */
final class Metadata {

    /** A region of Russia: the words that name it in any case, its name, and its time zone. */
    record Region(Pattern words, String name, ZoneId zone) {}

    private static final String REGIONS = String.join(
            "\n",
            "Приморск;кра;Приморский край;Asia/Vladivostok",
            "Хабаровск;кра;Хабаровский край;Asia/Vladivostok",
            "Еврейск;автономн;Еврейская автономная область;Asia/Vladivostok",
            "Амурск;област;Амурская область;Asia/Yakutsk",
            "Саха;;Республика Саха (Якутия);Asia/Yakutsk",
            "Забайкальск;кра;Забайкальский край;Asia/Chita",
            "Сахалинск;област;Сахалинская область;Asia/Sakhalin",
            "Магаданск;област;Магаданская область;Asia/Magadan",
            "Камчатск;кра;Камчатский край;Asia/Kamchatka",
            "Чукотск;автономн;Чукотский автономный округ;Asia/Anadyr",
            "Иркутск;област;Иркутская область;Asia/Irkutsk",
            "Бурят;;Республика Бурятия;Asia/Irkutsk",
            "Красноярск;кра;Красноярский край;Asia/Krasnoyarsk",
            "Хакаси;;Республика Хакасия;Asia/Krasnoyarsk",
            "Тыва;;Республика Тыва;Asia/Krasnoyarsk",
            "Кемеровск;област;Кемеровская область;Asia/Novokuznetsk",
            "Новосибирск;област;Новосибирская область;Asia/Novosibirsk",
            "Томск;област;Томская область;Asia/Tomsk",
            "Алтайск;кра;Алтайский край;Asia/Barnaul",
            "Алтай;республик;Республика Алтай;Asia/Barnaul",
            "Омск;област;Омская область;Asia/Omsk",
            "Свердловск;област;Свердловская область;Asia/Yekaterinburg",
            "Челябинск;област;Челябинская область;Asia/Yekaterinburg",
            "Курганск;област;Курганская область;Asia/Yekaterinburg",
            "Тюменск;област;Тюменская область;Asia/Yekaterinburg",
            "Ханты-Мансийск;;Ханты-Мансийский автономный округ — Югра;Asia/Yekaterinburg",
            "Ямало-Ненецк;;Ямало-Ненецкий автономный округ;Asia/Yekaterinburg",
            "Пермск;кра;Пермский край;Asia/Yekaterinburg",
            "Оренбургск;област;Оренбургская область;Asia/Yekaterinburg",
            "Башкортостан;;Республика Башкортостан;Asia/Yekaterinburg",
            "Самарск;област;Самарская область;Europe/Samara",
            "Удмурт;;Удмуртская Республика;Europe/Samara",
            "Ульяновск;област;Ульяновская область;Europe/Ulyanovsk",
            "Саратовск;област;Саратовская область;Europe/Saratov",
            "Астраханск;област;Астраханская область;Europe/Astrakhan",
            "Волгоградск;област;Волгоградская область;Europe/Volgograd",
            "Калининградск;област;Калининградская область;Europe/Kaliningrad",
            "Московск;област;Московская область;Europe/Moscow",
            "Ленинградск;област;Ленинградская область;Europe/Moscow",
            "Санкт-Петербург;;Санкт-Петербург;Europe/Moscow",
            "Белгородск;област;Белгородская область;Europe/Moscow",
            "Брянск;област;Брянская область;Europe/Moscow",
            "Владимирск;област;Владимирская область;Europe/Moscow",
            "Воронежск;област;Воронежская область;Europe/Moscow",
            "Ивановск;област;Ивановская область;Europe/Moscow",
            "Калужск;област;Калужская область;Europe/Moscow",
            "Костромск;област;Костромская область;Europe/Moscow",
            "Курск;област;Курская область;Europe/Moscow",
            "Липецк;област;Липецкая область;Europe/Moscow",
            "Орловск;област;Орловская область;Europe/Moscow",
            "Рязанск;област;Рязанская область;Europe/Moscow",
            "Смоленск;област;Смоленская область;Europe/Moscow",
            "Тамбовск;област;Тамбовская область;Europe/Moscow",
            "Тверск;област;Тверская область;Europe/Moscow",
            "Тульск;област;Тульская область;Europe/Moscow",
            "Ярославск;област;Ярославская область;Europe/Moscow",
            "Архангельск;област;Архангельская область;Europe/Moscow",
            "Вологодск;област;Вологодская область;Europe/Moscow",
            "Мурманск;област;Мурманская область;Europe/Moscow",
            "Новгородск;област;Новгородская область;Europe/Moscow",
            "Псковск;област;Псковская область;Europe/Moscow",
            "Карели;;Республика Карелия;Europe/Moscow",
            "Коми;республик;Республика Коми;Europe/Moscow",
            "Кировск;област;Кировская область;Europe/Kirov",
            "Нижегородск;област;Нижегородская область;Europe/Moscow",
            "Пензенск;област;Пензенская область;Europe/Moscow",
            "Ростовск;област;Ростовская область;Europe/Moscow",
            "Краснодарск;кра;Краснодарский край;Europe/Moscow",
            "Ставропольск;кра;Ставропольский край;Europe/Moscow",
            "Крым;республик;Республика Крым;Europe/Simferopol",
            "Севастопол;;Севастополь;Europe/Simferopol",
            "Дагестан;;Республика Дагестан;Europe/Moscow",
            "Татарстан;;Республика Татарстан;Europe/Moscow",
            "Чуваш;;Чувашская Республика;Europe/Moscow",
            "Мордови;;Республика Мордовия;Europe/Moscow",
            "Марий Эл;;Республика Марий Эл;Europe/Moscow");

    private static final List<Region> TABLE = regions();

    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(\\p{Lu}[\\p{Ll}-]+(?:ского|цкого|ского))\\s+(муниципального\\s+|городского\\s+)?(района|округа)");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{4})\\s+учебн");
    private static final Pattern YEARS = Pattern.compile("(?:на|в)\\s+(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s+год");
    private static final Pattern YEAR = Pattern.compile("(?:на|в)\\s+(\\d{4})\\s+год");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern PROGRAMME =
            Pattern.compile("(?iu)(?:проект\\p{L}*|программ\\p{L}*)\\s+[«\"]([^»\"]{1,60})[»\"]");
    private static final Pattern FIVE_HUNDRED = Pattern.compile("500\\s?\\+");

    private Metadata() {}

    private static List<Region> regions() {
        return REGIONS.lines()
                .map(l -> l.split(";", -1))
                .map(p -> new Region(
                        Pattern.compile(
                                Pattern.quote(p[0]) + "\\p{L}*" + (p[1].isEmpty() ? "" : "\\s+" + p[1] + "\\p{L}*"),
                                Pattern.UNICODE_CASE),
                        p[2],
                        ZoneId.of(p[3])))
                .collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    static Optional<Region> region(List<String> texts) {
        for (String t : texts) {
            for (Region r : TABLE) {
                if (r.words().matcher(t).find()) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> municipality(List<String> texts) {
        for (String t : texts) {
            Matcher m = MUNICIPALITY.matcher(t);
            if (m.find()) {
                String name = m.group(1).replaceAll("ого$", "ий");
                String middle = m.group(2) == null
                        ? ""
                        : m.group(2).strip().replaceAll("ого$", "ый").replace("городский", "городской") + " ";
                String kind = m.group(3).equals("района") ? "район" : "округ";
                return Optional.of(name + " " + middle + kind);
            }
        }
        return Optional.empty();
    }

    static Level level(Optional<OrganisationKind> issuer, String title) {
        if (issuer.isPresent()) {
            switch (issuer.get()) {
                case MUNICIPAL_AUTHORITY:
                case LOCAL_GOVERNMENT:
                    return Level.MUNICIPAL;
                case REGIONAL_AUTHORITY:
                case TEACHER_INSTITUTE:
                    return Level.REGIONAL;
                case FEDERAL_BODY:
                    return Level.FEDERAL;
                case SCHOOL:
                    return Level.SCHOOL;
                default:
                    break;
            }
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("муниципальн") || t.contains("района") || t.contains("районн")) {
            return Level.MUNICIPAL;
        }
        if (t.contains("школьн")) {
            return Level.SCHOOL;
        }
        return Level.REGIONAL;
    }

    static Optional<DateRange> periodFromTitle(String title) {
        Matcher m = SCHOOL_YEAR.matcher(title);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1));
            return Optional.of(new DateRange(LocalDate.of(from, 9, 1), LocalDate.of(from + 1, 8, 31)));
        }
        m = YEARS.matcher(title);
        if (m.find()) {
            return Optional.of(new DateRange(
                    LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(m.group(2)), 12, 31)));
        }
        m = YEAR.matcher(title);
        if (m.find()) {
            return Optional.of(DateRange.ofYear(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    static Optional<DateRange> periodFromDeadlines(List<String> deadlines) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (String d : deadlines) {
            Matcher m = ANY_YEAR.matcher(d);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        if (min == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(LocalDate.of(min, 1, 1), LocalDate.of(max, 12, 31)));
    }

    static Optional<String> programme(String title, String everything) {
        Matcher m = PROGRAMME.matcher(title);
        if (m.find()) {
            return Optional.of(m.group(1).strip().replaceAll("\\s+\\+", "+"));
        }
        if (FIVE_HUNDRED.matcher(everything).find()) {
            return Optional.of("500+");
        }
        return Optional.empty();
    }

    static String id(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[\\r\\n]+", " ").strip();
        return name.isEmpty() ? "roadmap" : name;
    }
}
