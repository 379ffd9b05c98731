package io.github.eduroadmap.model.internal;

import java.util.Set;

/**
 * The Russian words the target parser knows: prepositions, clause boundaries, verb and participle endings, units,
 * months. Every test takes a word in lower case with "ё" read as "е".
 */
final class TargetWords {

    static final Set<String> PREPOSITIONS = Set.of(
            "в",
            "во",
            "на",
            "с",
            "со",
            "к",
            "ко",
            "по",
            "о",
            "об",
            "обо",
            "от",
            "до",
            "из",
            "изо",
            "у",
            "за",
            "для",
            "без",
            "при",
            "про",
            "через",
            "над",
            "надо",
            "под",
            "подо",
            "перед",
            "между",
            "среди",
            "вне",
            "около",
            "вокруг",
            "после",
            "против",
            "ради",
            "вместо",
            "кроме",
            "сверх",
            "согласно",
            "благодаря",
            "вследствие",
            "посредством",
            "путем");

    /** Prepositions whose phrase narrows the population: "куратора для ШНОР", "участников из числа". */
    static final Set<String> NARROWING = Set.of("для", "из", "изо", "без", "среди");

    /** Words that end a noun phrase. */
    static final Set<String> STOPS = Set.of(
            "а",
            "но",
            "однако",
            "что",
            "чтобы",
            "как",
            "так",
            "также",
            "тоже",
            "где",
            "когда",
            "если",
            "либо",
            "не",
            "ни",
            "уже",
            "еще",
            "это",
            "этом",
            "этого",
            "этих",
            "эти",
            "этой",
            "т",
            "д",
            "др",
            "пр",
            "т.д",
            "чем",
            "более",
            "менее",
            "больше",
            "меньше",
            "свыше",
            "ниже",
            "выше",
            "минимум",
            "максимум",
            "является",
            "являются",
            "есть",
            "было",
            "были",
            "будет",
            "будут");

    static final Set<String> CONJUNCTIONS = Set.of("и", "или");

    static final Set<String> EXAMS = Set.of("гиа", "егэ", "огэ", "впр", "гвэ");

    static final Set<String> YEAR_WORDS =
            Set.of("год", "года", "году", "годы", "годов", "годам", "годах", "годом", "г", "гг");

    static final Set<String> DAY_WORDS = Set.of("числа", "число", "числу", "числе");

    static final Set<String> HOURS = Set.of("час", "часа", "часов", "часам", "часах", "часами", "ч");

    static final Set<String> HOUR_KINDS = Set.of(
            "академических",
            "академического",
            "академический",
            "академ",
            "ак",
            "астрономических",
            "астрономического",
            "учебных",
            "учебного");

    static final Set<String> TIMES = Set.of("раз", "раза");

    static final Set<String> DOCUMENT_NUMBER = Set.of("n", "no", "номер", "номера", "номером", "номеру");

    /** Nouns a number before which is an ordinal: "1 этап", "9 класс", "2 квартал". */
    static final String[] ORDINAL_NOUNS = {"этап", "квартал", "полугоди", "четверт", "класс", "семестр", "триместр"};

    static final Set<String> ORDINAL_NOUN_WORDS = Set.of("тур", "тура", "туре");

    /** What a rate is per: "в квартал", "за год", "в учебный год". */
    static final Set<String> PERIODS = Set.of(
            "квартал",
            "месяц",
            "год",
            "неделю",
            "день",
            "сутки",
            "полугодие",
            "четверть",
            "семестр",
            "триместр",
            "смену",
            "сезон");

    static final Set<String> EACH = Set.of(
            "каждый", "каждого", "каждому", "каждым", "каждом", "каждая", "каждой", "каждую", "каждое", "каждые",
            "каждых");

    static final Set<String> ONE = Set.of("одного", "одну", "одно", "одной", "один", "одна");

    static final Set<String> RATE_ADVERBS =
            Set.of("ежемесячно", "ежеквартально", "ежегодно", "еженедельно", "ежедневно");

    /** Words that may stand before a participle opening a clause: "школ, слабо вовлеченных в проект". */
    static final Set<String> CLAUSE_ADVERBS =
            Set.of("не", "ранее", "впервые", "уже", "еще", "систематически", "ежегодно", "регулярно", "постоянно");

    private static final String[] UP = {"увелич", "повыш", "рост", "возраст", "довед", "расшир", "достиж", "нараст"};
    private static final String[] DOWN = {"сниж", "сокращ", "уменьш", "пониж", "спад"};

    private static final Set<String> NOT_VERBS = Set.of(
            "приют",
            "салют",
            "валют",
            "уют",
            "ребят",
            "котят",
            "ягнят",
            "внучат",
            "зверят",
            "опят",
            "модели",
            "недели",
            "цели",
            "роли",
            "стили",
            "детали",
            "медали",
            "вертикали",
            "горизонтали",
            "спирали",
            "магистрали",
            "педали",
            "печали",
            "артели",
            "метели",
            "постели",
            "пастели",
            "капели",
            "дуэли",
            "акварели",
            "газели",
            "мебели",
            "параллели",
            "панели",
            "туннели",
            "отели",
            "шинели",
            "купели",
            "кегли",
            "ели",
            "профили",
            "автомобили");

    private static final String[] SHORT_PASSIVE_STEMS = {
        "ован", "ботан", "здан", "влен", "чен", "щен", "шен", "ден", "жден", "делен", "казан", "писан", "делан", "роен",
        "нят", "крыт", "ложен", "ражен", "дрен", "трен", "ранен", "гнут", "бран", "несен"
    };

    private static final String[] ADJECTIVE_ENDINGS = {
        "ими", "ыми", "его", "ого", "ему", "ому", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "им", "ым",
        "ем", "ом", "ую", "юю", "ей", "их", "ых"
    };

    private static final String[] PARTICIPLE_SUFFIXES = {
        "вш", "дш", "гш", "кш", "зш", "ющ", "ущ", "ащ", "ящ", "нн", "аем", "яем", "уем"
    };

    private TargetWords() {}

    /**
     * Tells whether a word is most likely a finite verb or a short passive participle, the predicate that ends the
     * subject: "владеют", "приняли", "вовлечены", "разработана", "реализуется".
     */
    static boolean isPredicate(String w) {
        int n = w.length();
        if (n < 4 || NOT_VERBS.contains(w)) {
            return false;
        }
        if (w.endsWith("тся")
                || w.endsWith("ться")
                || w.endsWith("лся")
                || w.endsWith("лась")
                || w.endsWith("лось")
                || w.endsWith("лись")) {
            return true;
        }
        if (w.endsWith("ют") || w.endsWith("ят")) {
            return true;
        }
        if (w.endsWith("ает") || w.endsWith("яет") || w.endsWith("еет") || w.endsWith("ует")) {
            return true;
        }
        if (n >= 5 && w.endsWith("ли") && !w.endsWith("тели")) {
            char c = w.charAt(n - 3);
            if ("аяеиышкгз".indexOf(c) >= 0) {
                return true;
            }
        }
        for (String stem : SHORT_PASSIVE_STEMS) {
            if (w.endsWith(stem)
                    || (w.length() > stem.length() + 1
                            && "аоы".indexOf(w.charAt(n - 1)) >= 0
                            && w.startsWith(stem, n - 1 - stem.length()))) {
                return w.length() > stem.length() + 1;
            }
        }
        return false;
    }

    /** Tells whether a word is a full participle: "включенных", "принявших", "имеющих", "вовлеченные". */
    static boolean isParticiple(String w) {
        String x = w.endsWith("ся") ? w.substring(0, w.length() - 2) : w;
        for (String ending : ADJECTIVE_ENDINGS) {
            if (x.endsWith(ending)) {
                String stem = x.substring(0, x.length() - ending.length());
                if (stem.length() < 3) {
                    return false;
                }
                for (String suffix : PARTICIPLE_SUFFIXES) {
                    if (stem.endsWith(suffix)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Tells whether a word is an adjective or participle in the instrumental case: "выявленными", "высоким". */
    static boolean isInstrumentalAdjective(String w) {
        return w.length() > 3 && (w.endsWith("ыми") || w.endsWith("ими") || w.endsWith("ым") || w.endsWith("им"));
    }

    /** Tells whether printed letters are an abbreviation: "ОО", "ШНОР", "ОВЗ". */
    static boolean isAbbreviation(String text) {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a word names a month in any case: "января", "Август", "мае". */
    static boolean isMonth(String w) {
        switch (w) {
            case "март":
            case "марта":
            case "марте":
            case "марту":
            case "август":
            case "августа":
            case "августе":
            case "августу":
            case "май":
            case "мая":
            case "мае":
            case "маю":
                return true;
            default:
                break;
        }
        String[] stems = {"январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр"};
        for (String stem : stems) {
            if (w.startsWith(stem)) {
                String rest = w.substring(stem.length());
                return rest.equals("ь") || rest.equals("я") || rest.equals("е") || rest.equals("ю");
            }
        }
        return false;
    }

    /** Returns +1 for a word of increase ("увеличение"), -1 for one of decrease ("снижение"), else 0. */
    static int direction(String w) {
        for (String stem : UP) {
            if (w.startsWith(stem)) {
                return 1;
            }
        }
        for (String stem : DOWN) {
            if (w.startsWith(stem)) {
                return -1;
            }
        }
        return 0;
    }

    static boolean isOrdinalNoun(String w) {
        if (ORDINAL_NOUN_WORDS.contains(w)) {
            return true;
        }
        for (String prefix : ORDINAL_NOUNS) {
            if (w.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPercentWord(String w) {
        return w.startsWith("процент") || w.equals("проц");
    }
}
