package io.github.eduroadmap.validation.internal.rules;

import java.util.regex.Pattern;

/**
 * What the population of a coverage target ({@link io.github.eduroadmap.model.Target#population()}) stands for: all
 * the participants of the programme, a group the programme must cover whole when it says so, or anything else.
 *
 * <p>Read from the folded words of the population (lower case, quotes dropped):
 *
 * <ul>
 *   <li>{@link Scope#ALL_PARTICIPANTS}: the participant schools or their teams — a population led by "школ", "ОО",
 *       "(обще)образовательных организаций", "организаций" or "(управленческих) команд" and qualified as the
 *       programme's ("школ-участниц", "участвующих", "проекта", "программы", "ШНОР", "ШНСУ", "с низкими
 *       (образовательными) результатами", "в неблагоприятных социальных условиях", "слабо вовлеченных", "вошедших",
 *       "включенных"); a population led by "ШНОР" or "ШНСУ" ("ШНОР и ШНСУ"); "участников" alone or of the
 *       project or programme ("участников из числа включенных в проект"), but not "участников семинара".
 *   <li>{@link Scope#IF_DEMANDED}: people of the programme the roadmap may cover in part — teachers, educators,
 *       heads or staff "с выявленными ... дефицитами" or of the participant schools ("учителей ШНОР").
 *   <li>{@link Scope#OTHER}: everything else ("родителей", "учителей образовательных организаций", "обучающихся").
 * </ul>
 */
final class Populations {

    /** What a population stands for. */
    enum Scope {
        /** All the participants of the programme: a coverage below 100% leaves some out. */
        ALL_PARTICIPANTS,
        /** A group the programme covers whole when the roadmap demands it elsewhere. */
        IF_DEMANDED,
        /** Any other population. */
        OTHER
    }

    private static final String QUALIFIER = "участниц|участвующ|проект|программ|шнор|шнсу|низкими (образовательными )?"
            + "результат|неблагоприятн|слабо вовлеч|вошедш|включенн";
    private static final Pattern SCHOOL_HEAD =
            Pattern.compile("^(школ|оо([^\\p{L}]|$)|общеобразовательн|образовательн|организац)");
    private static final Pattern TEAM_HEAD = Pattern.compile("^(команд|управленческ\\S* команд)");
    private static final Pattern QUALIFIED = Pattern.compile(QUALIFIER);
    private static final Pattern LOW_RESULTS_HEAD = Pattern.compile("^(шнор|шнсу)([^\\p{L}]|$)");
    private static final Pattern PARTICIPANTS =
            Pattern.compile("^участник\\S*($|\\s+(проект|программ|из числа|500|\\S*-участ))");
    private static final Pattern PEOPLE_HEAD = Pattern.compile(
            "^(учител|педагог|руководител|специалист|работник|педагогическ\\S* работник|управленческ\\S* кадр)");
    private static final Pattern DEFICITS = Pattern.compile("выявленн\\S*.*дефицит");
    private static final Pattern OF_PARTICIPANT_SCHOOLS =
            Pattern.compile("шнор|шнсу|школ\\S*-участниц|школ\\S* проекта|участвующ");

    private static final Pattern END = Pattern.compile("[\\s.,;:]+$");

    private Populations() {}

    /**
     * Tells what a population stands for.
     *
     * @param population the population's words, as the target parser found them
     * @return its scope
     */
    static Scope of(String population) {
        String p = Texts.fold(population);
        if (LOW_RESULTS_HEAD.matcher(p).find() || PARTICIPANTS.matcher(p).find()) {
            return Scope.ALL_PARTICIPANTS;
        }
        if ((SCHOOL_HEAD.matcher(p).find() || TEAM_HEAD.matcher(p).find())
                && QUALIFIED.matcher(p).find()) {
            return Scope.ALL_PARTICIPANTS;
        }
        if (PEOPLE_HEAD.matcher(p).find()
                && (DEFICITS.matcher(p).find()
                        || OF_PARTICIPANT_SCHOOLS.matcher(p).find())) {
            return Scope.IF_DEMANDED;
        }
        return Scope.OTHER;
    }

    /**
     * Tells whether a population is the participant schools themselves, so that a share of them can be counted from
     * the participant list: "школ-участниц", "ШНОР", "школ, слабо вовлеченных в проект", not "команд школ" nor
     * "участников".
     *
     * @param population the population's words
     * @return true for the participant schools
     */
    static boolean isParticipantSchools(String population) {
        String p = Texts.fold(population);
        return LOW_RESULTS_HEAD.matcher(p).find()
                || (SCHOOL_HEAD.matcher(p).find() && QUALIFIED.matcher(p).find());
    }

    /**
     * Returns a population's words folded for comparison with another's.
     *
     * @param population the words
     * @return the folded words without final punctuation
     */
    static String key(String population) {
        return END.matcher(Texts.fold(population)).replaceAll("");
    }
}
