package io.github.eduroadmap.model.internal;

/**
 * The Russian words the target parser knows: prepositions, clause boundaries, verb and participle endings, units,
 * months. Every test takes a word in lower case with "ё" read as "е".
 */
final class TargetWords {

    static final WordTable PREPOSITIONS = WordTable.of(
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
    static final WordTable NARROWING = WordTable.of("для", "из", "изо", "без", "среди");

    /** Words that end a noun phrase. */
    static final WordTable STOPS = WordTable.of(
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

    static final WordTable CONJUNCTIONS = WordTable.of("и", "или");

    static final WordTable EXAMS = WordTable.of("гиа", "егэ", "огэ", "впр", "гвэ");

    static final WordTable YEAR_WORDS =
            WordTable.of("год", "года", "году", "годы", "годов", "годам", "годах", "годом", "г", "гг");

    static final WordTable DAY_WORDS = WordTable.of("числа", "число", "числу", "числе");

    static final WordTable HOURS = WordTable.of("час", "часа", "часов", "часам", "часах", "часами", "ч");

    static final WordTable HOUR_KINDS = WordTable.of(
            "академических",
            "академического",
            "академический",
            "академ",
            "ак",
            "астрономических",
            "астрономического",
            "учебных",
            "учебного");

    static final WordTable TIMES = WordTable.of("раз", "раза");

    static final WordTable DOCUMENT_NUMBER = WordTable.of("n", "no", "номер", "номера", "номером", "номеру");

    /** Nouns a number before which is an ordinal: "1 этап", "9 класс", "2 квартал". */
    static final String[] ORDINAL_NOUNS = {"этап", "квартал", "полугоди", "четверт", "класс", "семестр", "триместр"};

    static final WordTable ORDINAL_NOUN_WORDS = WordTable.of("тур", "тура", "туре");

    /** What a rate is per: "в квартал", "за год", "в учебный год". */
    static final WordTable PERIODS = WordTable.of(
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

    static final WordTable EACH = WordTable.of(
            "каждый", "каждого", "каждому", "каждым", "каждом", "каждая", "каждой", "каждую", "каждое", "каждые",
            "каждых");

    static final WordTable ONE = WordTable.of("одного", "одну", "одно", "одной", "один", "одна");

    static final WordTable RATE_ADVERBS =
            WordTable.of("ежемесячно", "ежеквартально", "ежегодно", "еженедельно", "ежедневно");

    /** Words that may stand before a participle opening a clause: "школ, слабо вовлеченных в проект". */
    static final WordTable CLAUSE_ADVERBS = WordTable.of(
            "не", "ранее", "впервые", "уже", "еще", "систематически", "ежегодно", "регулярно", "постоянно");

    private static final WordTable NOT_VERBS = WordTable.of(
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
     *
     * <p>The endings are told apart by the last letter, the only one that each of them can end in.
     */
    static boolean isPredicate(TargetToken w) {
        int n = w.length();
        if (n < 4 || NOT_VERBS.contains(w)) {
            return false;
        }
        switch (w.charAt(n - 1)) {
            case 'я': // "реализуется", "проводиться", "провелся"
                return w.endsWith("тся") || w.endsWith("ться") || w.endsWith("лся");
            case 'ь': // "провелась"
                return w.endsWith("лась") || w.endsWith("лось") || w.endsWith("лись");
            case 'т': // "владеют", "обучают", "принят"
                return w.endsWith("ют")
                        || w.endsWith("ят")
                        || w.endsWith("ает")
                        || w.endsWith("яет")
                        || w.endsWith("еет")
                        || w.endsWith("ует")
                        || isShortPassive(w, 0);
            case 'и': // "приняли", not "учители"
                return n >= 5 && w.endsWith("ли") && !w.endsWith("тели") && "аяеиышкгз".indexOf(w.charAt(n - 3)) >= 0;
            case 'н': // "разработан"
                return isShortPassive(w, 0);
            case 'а': // "разработана", "вовлечены"
            case 'о':
            case 'ы':
                return isShortPassive(w, 1);
            default:
                return false;
        }
    }

    /**
     * Tells whether a word is a short passive participle: the first stem in {@link #SHORT_PASSIVE_STEMS} that the
     * word ends in, without its last {@code ending} chars, decides, by whether the word is longer than the stem and
     * one char.
     */
    private static boolean isShortPassive(TargetToken w, int ending) {
        int n = w.length();
        for (String stem : SHORT_PASSIVE_STEMS) {
            if (ending == 0 ? w.endsWith(stem) : n > stem.length() + 1 && w.endsWith(stem, ending)) {
                return n > stem.length() + 1;
            }
        }
        return false;
    }

    /** Tells whether a word is a full participle: "включенных", "принявших", "имеющих", "вовлеченные". */
    static boolean isParticiple(TargetToken w) {
        int skip = w.endsWith("ся") ? 2 : 0;
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending, skip)) {
                int stem = w.length() - skip - ending.length();
                if (stem < 3) {
                    return false;
                }
                for (String suffix : PARTICIPLE_SUFFIXES) {
                    if (w.endsWith(suffix, skip + ending.length())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Tells whether a word is an adjective or participle in the instrumental case: "выявленными", "высоким". */
    static boolean isInstrumentalAdjective(TargetToken w) {
        return w.length() > 3 && (w.endsWith("ыми") || w.endsWith("ими") || w.endsWith("ым") || w.endsWith("им"));
    }

    /** Every form of a month "isMonth" reads: a stem with one of the endings "ь", "я", "е", "ю", or a word. */
    private static final WordTable MONTHS = months(
            new String[] {"январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр"},
            "март",
            "марта",
            "марте",
            "марту",
            "август",
            "августа",
            "августе",
            "августу",
            "май",
            "мая",
            "мае",
            "маю");

    private static WordTable months(String[] stems, String... words) {
        java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of(words));
        for (String stem : stems) {
            for (String ending : new String[] {"ь", "я", "е", "ю"}) {
                forms.add(stem + ending);
            }
        }
        return WordTable.of(forms.toArray(new String[0]));
    }

    /** Tells whether a word names a month in any case: "января", "Август", "мае". */
    static boolean isMonth(TargetToken w) {
        return MONTHS.contains(w);
    }

    /** Returns +1 for a word of increase ("увеличение"), -1 for one of decrease ("снижение"), else 0. */
    static int direction(TargetToken w) {
        if (w.length() < 4) {
            return 0; // no stem is shorter
        }
        switch (w.charAt(0)) {
            case 'у':
                return w.startsWith("увелич") ? 1 : w.startsWith("уменьш") ? -1 : 0;
            case 'п':
                return w.startsWith("повыш") ? 1 : w.startsWith("пониж") ? -1 : 0;
            case 'р':
                return w.startsWith("рост") || w.startsWith("расшир") ? 1 : 0;
            case 'в':
                return w.startsWith("возраст") ? 1 : 0;
            case 'д':
                return w.startsWith("довед") || w.startsWith("достиж") ? 1 : 0;
            case 'н':
                return w.startsWith("нараст") ? 1 : 0;
            case 'с':
                return w.startsWith("сниж") || w.startsWith("сокращ") || w.startsWith("спад") ? -1 : 0;
            default:
                return 0;
        }
    }

    static boolean isOrdinalNoun(TargetToken w) {
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

    static boolean isPercentWord(TargetToken w) {
        return w.startsWith("процент") || w.is("проц");
    }
}
