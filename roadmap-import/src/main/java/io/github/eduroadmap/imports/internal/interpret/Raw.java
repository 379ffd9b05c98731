package io.github.eduroadmap.imports.internal.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sections and activities as read from the rows, before their words are typed. */
final class Raw {

    private Raw() {}

    /** An activity's cells, with the source row it starts at. */
    static final class Activity {
        final int row;
        String number = "";
        String title = "";
        String deadline = "";
        String deadlineStart = "";
        String deadlineEnd = "";
        String executors = "";
        String results = "";
        String objective = "";
        String id = "";
        final List<String> notes = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();

        Activity(int row) {
            this.row = row;
            rows.add(row);
        }

        boolean isEmpty() {
            return title.isBlank()
                    && deadline.isBlank()
                    && deadlineStart.isBlank()
                    && deadlineEnd.isBlank()
                    && executors.isBlank()
                    && results.isBlank()
                    && notes.isEmpty();
        }
    }

    /** A section row and the activities under it. */
    static final class Section {
        final int row;
        final Optional<String> number;
        final String title;
        String objective = "";
        final List<Activity> activities = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Section(int row, Optional<String> number, String title) {
            this.row = row;
            this.number = number;
            this.title = title;
        }
    }

    /** A row of a table as the interpreter sees it: one text per grid column. */
    static final class Line {
        final int row;
        final List<String> cells;
        final List<Boolean> merged;
        final List<Integer> spans;
        final boolean paragraph;

        Line(int row, List<String> cells, List<Boolean> merged, List<Integer> spans, boolean paragraph) {
            this.row = row;
            this.cells = cells;
            this.merged = merged;
            this.spans = spans;
            this.paragraph = paragraph;
        }

        String cell(int c) {
            return c >= 0 && c < cells.size() ? cells.get(c) : "";
        }

        boolean merged(int c) {
            return c >= 0 && c < merged.size() && merged.get(c);
        }

        List<Integer> filled() {
            List<Integer> out = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    out.add(c);
                }
            }
            return out;
        }
    }
}
