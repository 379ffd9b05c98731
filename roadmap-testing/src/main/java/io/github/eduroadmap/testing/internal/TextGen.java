package io.github.eduroadmap.testing.internal;

import java.util.List;

/**
 * Free text: activity and section titles, notes, and the characters that stress writers of YAML, JSON and tables.
 *
 * <p>Stress comes in {@link #stress(Rng, String) now and then}, at the rate the generator is configured with:
 * quotes of every kind, colons, {@code #}, a leading {@code -}, emoji, very long words, line breaks, and text that
 * looks like another scalar ({@code null}, {@code 234}, {@code 2022-03-01}).
 */
public final class TextGen {

    private static final List<String> PREFIXES = List.of(
            "- ", "# ", "-", "? ", "! ", "& ", "* ", "| ", "> ", "% ", "@", "`", "\"", "'", "«", "{", "[", "№ ", "📚 ",
            "— ");

    private static final List<String> SUFFIXES = List.of(
            ": итог",
            " #2",
            " # не комментарий",
            ":",
            " — «в кавычках»",
            " \"в двойных кавычках\"",
            " 'в одинарных'",
            " (приказ № 23/6045)",
            " 🚀✅",
            " 👩‍🏫",
            "\nвторая строка",
            "\n- пункт списка\n- ещё пункт",
            " \\ обратная косая",
            " ; , . … ‰ ½ €",
            " {a: 1}, [b, c]",
            " &anchor *alias",
            " ёЁ ЙЙ");

    private static final List<String> LOOKALIKES = List.of(
            "null",
            "Null",
            "~",
            "true",
            "false",
            "yes",
            "no",
            "on",
            "234",
            "0123",
            "1e3",
            "-1",
            ".5",
            "2022-03-01",
            "2022",
            "12:30",
            "NaN",
            ".inf",
            "0x1F",
            "=");

    private TextGen() {}

    /**
     * Returns the words now and then changed so that they stress a writer.
     *
     * @param rng the source
     * @param words the words, unchanged most of the time
     * @param rate the probability of a change
     * @return the words, or stressed words that still contain them unless they became a look-alike
     */
    public static String maybeStress(Rng rng, String words, double rate) {
        return rng.chance(rate) ? stress(rng, words) : words;
    }

    /**
     * Returns the words changed so that they stress a writer.
     *
     * @param rng the source
     * @param words the words
     * @return the stressed words
     */
    public static String stress(Rng rng, String words) {
        switch (rng.nextInt(6)) {
            case 0:
                return rng.pick(PREFIXES) + words;
            case 1:
                return words + rng.pick(SUFFIXES);
            case 2:
                return rng.pick(PREFIXES) + words + rng.pick(SUFFIXES);
            case 3:
                return words + " " + longWord(rng);
            case 4:
                return rng.pick(LOOKALIKES);
            default:
                return words.replace(" ", rng.pick(" : ", "  ", " # ", " \u00a0", "\t", " - "));
        }
    }

    /**
     * Returns a very long word, such as a careless paste leaves: 120 to 600 letters without a space.
     *
     * @param rng the source
     * @return the word
     */
    public static String longWord(Rng rng) {
        String part = rng.pick("Сверхдлинное", "слово", "Образовательной", "организации", "ГИА", "ёлка", "Qwerty");
        int length = rng.between(120, 600);
        StringBuilder b = new StringBuilder(length + part.length());
        while (b.length() < length) {
            b.append(part);
        }
        return b.toString();
    }

    /**
     * Returns an activity title: a title of the seeds, or one composed of their parts.
     *
     * @param rng the source
     * @return the title
     */
    public static String activityTitle(Rng rng) {
        if (rng.chance(0.4)) {
            return rng.pick(Vocabulary.ACTIVITY_TITLES);
        }
        StringBuilder b = new StringBuilder(160);
        b.append(rng.pick(Vocabulary.ACTIONS)).append(' ').append(rng.pick(Vocabulary.OBJECTS));
        if (rng.chance(0.3)) {
            b.append(" «").append(rng.pick(Vocabulary.EVENT_NAMES)).append('»');
        }
        if (rng.chance(0.6)) {
            b.append(" для ").append(rng.pick(Vocabulary.AUDIENCES));
        }
        if (rng.chance(0.6)) {
            b.append(" по вопросам ").append(rng.pick(Vocabulary.TOPICS));
        }
        if (rng.chance(0.1)) {
            b.append(" (").append(rng.between(1, 3)).append(" этап)");
        }
        return b.toString();
    }

    /**
     * Returns a note: words of the document that belong to no field, sometimes over several lines.
     *
     * @param rng the source
     * @return the note
     */
    public static String note(Rng rng) {
        if (rng.chance(0.3)) {
            return rng.pick(Vocabulary.ACTIVITY_TITLES) + "\n" + rng.pick(Vocabulary.RESULTS);
        }
        return rng.pick(Vocabulary.NOTES);
    }
}
