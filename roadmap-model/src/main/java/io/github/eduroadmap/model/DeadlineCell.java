package io.github.eduroadmap.model;

import java.util.Objects;

/**
 * The deadline of an activity as the activity holds it: a deadline given, or the words of one, read by
 * {@link Deadline#parse(String)} on first use. Not part of the API: {@link Activity#deadline()} gives the deadline.
 *
 * <p>A value: two cells are equal when their deadlines are, whether each was given or read from words. Reading is a
 * racy single check, safe because the deadline parser is a pure function of the words that never throws and its
 * deadlines are immutable records: two threads reading at once get equal deadlines.
 */
final class DeadlineCell {

    /** The words to read, or null when the deadline was given. */
    private final String words;

    /** The deadline, or null until the words are read. */
    private Deadline deadline;

    private DeadlineCell(String words, Deadline deadline) {
        this.words = words;
        this.deadline = deadline;
    }

    /**
     * Returns a cell of a deadline given.
     *
     * @param deadline the deadline
     * @return the cell
     */
    static DeadlineCell of(Deadline deadline) {
        return new DeadlineCell(null, Objects.requireNonNull(deadline, "deadline"));
    }

    /**
     * Returns a cell of a deadline read from words on first use.
     *
     * @param words the words
     * @return the cell
     */
    static DeadlineCell ofWords(String words) {
        return new DeadlineCell(Objects.requireNonNull(words, "words"), null);
    }

    /**
     * Returns the deadline, reading the words on the first call.
     *
     * @return the deadline
     */
    Deadline get() {
        Deadline d = deadline;
        if (d == null) {
            d = Deadline.parse(words);
            deadline = d;
        }
        return d;
    }

    /**
     * Returns the words of the deadline, known without reading them.
     *
     * @return the words read, or the given deadline's text
     */
    String text() {
        return words != null ? words : deadline.text();
    }

    /**
     * Tells whether the deadline is the one its words say: known without reading them for a cell of words.
     *
     * @return true when {@code Deadline.parse(get().text())} equals {@code get()}
     */
    boolean isFromWords() {
        if (words != null) {
            return true;
        }
        return deadline.equals(Deadline.parse(deadline.text()));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof DeadlineCell && get().equals(((DeadlineCell) o).get()));
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return get().toString();
    }
}
