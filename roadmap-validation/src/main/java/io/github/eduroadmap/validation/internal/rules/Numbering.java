package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the numbering of a roadmap's sections (among sections) and activities, and finds its gaps, duplicates,
 * unnumbered rows and changes of style. The four numbering rules report what it finds.
 *
 * <p>Numbers form series that count 1, 2, 3 ...: the sections; the activities of each section, or of several
 * sections when the numbers run on from one section into the next ("1." to "41." through the roadmap, as in two of
 * the seeds); a new series begins where the numbers restart at 1, or where the parent of "1.1"-style numbers
 * changes. An unnumbered row where exactly the missing numbers would stand is reported as unnumbered, with the
 * number it would have, and not as a gap.
 */
final class Numbering {

    /** Missing numbers listed one by one up to this many; more are shown as a range. */
    private static final int LISTED = 5;

    /**
     * A gap: numbers skipped.
     *
     * @param where the number after the gap
     * @param previous the number before the gap, shown; empty when the series starts after 1
     * @param number the number after the gap, shown
     * @param missing the numbers skipped, shown
     * @param count how many numbers are skipped
     */
    record Gap(Pointer where, Optional<String> previous, String number, String missing, int count) {}

    /**
     * A number printed twice in one series.
     *
     * @param where the second number
     * @param number the number, shown
     * @param first where it was printed first
     */
    record Duplicate(Pointer where, String number, Pointer first) {}

    /**
     * An unnumbered row among numbered rows.
     *
     * @param where the row
     * @param expected the number it would have, shown, when the numbers around it leave exactly its place
     */
    record Missing(Pointer where, Optional<String> expected) {}

    /**
     * A number written unlike most numbers of its level.
     *
     * @param where the number
     * @param number the number as printed
     * @param usual a number of the usual style, as printed
     */
    record Style(Pointer where, String number, String usual) {}

    /**
     * What the numbering of a roadmap shows.
     *
     * @param gaps the gaps
     * @param duplicates the duplicates
     * @param missing the unnumbered rows among numbered ones
     * @param styles the numbers of an unusual style
     */
    record Findings(List<Gap> gaps, List<Duplicate> duplicates, List<Missing> missing, List<Style> styles) {}

    /** One row: a section or an activity. */
    private static final class Row {
        final int section;
        final int activity;
        final int group;
        final boolean printed;
        final PrintedNumber number;
        /** The style of the number, read once: the style rule compares it row by row. */
        final String style;
        /** The series the number belongs to, once {@link #check} has found it. */
        Series series;
        /** Whether the number begins its series. */
        boolean startsSeries;

        String expected;

        /** A section ({@code activity} -1) or an activity, grouped by section for activities. */
        Row(int section, int activity, int group, Optional<String> printed) {
            this.section = section;
            this.activity = activity;
            this.group = group;
            this.printed = printed.isPresent() && !Texts.isBlank(printed.get());
            this.number =
                    printed.isPresent() ? PrintedNumber.parse(printed.get()).orElse(null) : null;
            this.style = number == null ? null : number.style();
        }

        Pointer where() {
            return activity < 0 ? Pointer.section(section) : Pointer.activity(section, activity);
        }
    }

    private Numbering() {}

    /**
     * Reads the numbering of the roadmap of a validation, once for the four numbering rules of one validation.
     *
     * @param context the rule's context
     * @return what the numbering shows
     */
    static Findings of(RuleContext context) {
        return Memo.of(context).get(Findings.class, () -> read(context.roadmap()));
    }

    private static Findings read(Roadmap roadmap) {
        Findings f = new Findings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Section> all = roadmap.sections();
        int rows = 0;
        for (Section section : all) {
            rows += section.activities().size();
        }
        List<Row> sections = new ArrayList<>(all.size());
        List<Row> activities = new ArrayList<>(rows);
        for (int s = 0; s < all.size(); s++) {
            Section section = all.get(s);
            sections.add(new Row(s, -1, 0, section.number()));
            List<Activity> list = section.activities();
            for (int a = 0; a < list.size(); a++) {
                activities.add(new Row(s, a, s, list.get(a).number()));
            }
        }
        check(sections, false, f);
        check(activities, true, f);
        unnumbered(sections, f);
        unnumbered(activities, f);
        styles(sections, f);
        styles(activities, f);
        return new Findings(
                List.copyOf(f.gaps()), List.copyOf(f.duplicates()), List.copyOf(f.missing()), List.copyOf(f.styles()));
    }

    /** A series of numbers counting 1, 2, 3 ... under one parent. */
    private static final class Series {
        final String parent;
        /** The values of the series as met, {@code count} of them, then sorted without repeats. */
        int[] values = new int[8];

        int count;
        /** The row that showed each value of {@link #values} first, once sorted. */
        Row[] seen;

        int last;
        Row lastRow;

        Series(String parent) {
            this.parent = parent;
        }

        void add(int value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
            last = Math.max(last, value);
        }

        /** Sorts the values and drops repeats: from here on {@link #values} is the sorted distinct values. */
        void seal() {
            int[] v = Arrays.copyOf(values, count);
            Arrays.sort(v);
            int n = 0;
            for (int i = 0; i < v.length; i++) {
                if (n == 0 || v[n - 1] != v[i]) {
                    v[n++] = v[i];
                }
            }
            values = Arrays.copyOf(v, n);
            count = n;
            seen = new Row[n];
        }

        /** Records the row that shows a value; returns the row that showed it first, or null when this one does. */
        Row see(int value, Row row) {
            int i = Arrays.binarySearch(values, value);
            Row first = seen[i];
            if (first == null) {
                seen[i] = row;
            }
            return first;
        }
    }

    /** Finds the gaps and duplicates of rows in order; activities may run on from one section to the next. */
    private static void check(List<Row> rows, boolean runOn, Findings f) {
        // first pass: which series each numbered row belongs to, and the values of each series
        List<Series> all = new ArrayList<>();
        Series current = null;
        int group = -1;
        for (Row row : rows) {
            if (row.number == null) {
                continue;
            }
            PrintedNumber n = row.number;
            boolean firstOfGroup = row.group != group;
            group = row.group;
            boolean fresh;
            if (current == null || !current.parent.equals(n.parent())) {
                fresh = true;
            } else if (firstOfGroup && runOn) {
                fresh = n.value() == 1 || n.value() < current.last;
            } else {
                fresh = false;
            }
            if (fresh) {
                current = new Series(n.parent());
                all.add(current);
                row.startsSeries = true;
            }
            current.add(n.value());
            row.series = current;
        }
        for (Series series : all) {
            series.seal();
        }
        // second pass: gaps and duplicates
        List<Row> pending = new ArrayList<>();
        for (Row row : rows) {
            if (row.number == null) {
                if (!row.printed) {
                    pending.add(row);
                }
                continue;
            }
            Series series = row.series;
            PrintedNumber n = row.number;
            Row first = series.see(n.value(), row);
            if (first != null) {
                f.duplicates()
                        .add(new Duplicate(
                                row.where().add("number"),
                                n.shown(),
                                first.where().add("number")));
            } else {
                if (row.startsSeries) {
                    List<Row> before = new ArrayList<>();
                    for (Row p : pending) {
                        if (p.group == row.group) {
                            before.add(p);
                        }
                    }
                    gap(null, row, 0, series.values, before, f);
                } else if (n.value() > series.lastRow.number.value() + 1) {
                    gap(series.lastRow, row, series.lastRow.number.value(), series.values, pending, f);
                }
                if (series.lastRow == null || n.value() > series.lastRow.number.value()) {
                    series.lastRow = row;
                }
            }
            pending.clear();
        }
    }

    private static void gap(Row previous, Row row, int from, int[] values, List<Row> between, Findings f) {
        PrintedNumber n = row.number;
        int to = n.value();
        // values are sorted and distinct: those strictly between from and to
        int present = insertionPoint(values, to) - insertionPoint(values, from + 1);
        int count = to - from - 1 - present;
        if (count <= 0) {
            return;
        }
        // the first missing numbers, enough to list or to number the unnumbered rows between
        int wanted = Math.max(LISTED + 1, between.size());
        List<Integer> firsts = new ArrayList<>();
        for (int v = from + 1; v < to && firsts.size() < wanted; v++) {
            if (Arrays.binarySearch(values, v) < 0) {
                firsts.add(v);
            }
        }
        int last = to - 1;
        while (Arrays.binarySearch(values, last) >= 0) {
            last--;
        }
        if (count == between.size()) {
            for (int i = 0; i < between.size(); i++) {
                between.get(i).expected = n.sibling(firsts.get(i));
            }
            return;
        }
        f.gaps()
                .add(new Gap(
                        row.where().add("number"),
                        Optional.ofNullable(previous).map(p -> p.number.shown()),
                        n.shown(),
                        shown(n, firsts, last, count),
                        count));
    }

    /** Returns the index of the first value not less than {@code v}. */
    private static int insertionPoint(int[] values, int v) {
        int i = Arrays.binarySearch(values, v);
        return i >= 0 ? i : -i - 1;
    }

    private static String shown(PrintedNumber n, List<Integer> firsts, int last, int count) {
        if (count > LISTED && last - firsts.get(0) + 1 == count) {
            return n.sibling(firsts.get(0)) + "–" + n.sibling(last);
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < firsts.size() && i < LISTED; i++) {
            shown.add(n.sibling(firsts.get(i)));
        }
        return String.join(", ", shown) + (count > LISTED ? ", …" : "");
    }

    /** Finds the unnumbered rows of groups that have numbered rows, and the rows given an expected number. */
    private static void unnumbered(List<Row> rows, Findings f) {
        BitSet numberedGroups = new BitSet();
        for (Row row : rows) {
            if (row.printed) {
                numberedGroups.set(row.group);
            }
        }
        for (Row row : rows) {
            if (!row.printed && (row.expected != null || numberedGroups.get(row.group))) {
                f.missing().add(new Missing(row.where(), Optional.ofNullable(row.expected)));
            }
        }
    }

    /** Finds, in each group, the first number of each style other than the most common style of the level. */
    private static void styles(List<Row> rows, Findings f) {
        // how many numbers of each style, counted in place: an Integer boxed at each step would be a new object
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Row> example = new HashMap<>();
        for (Row row : rows) {
            if (row.number != null) {
                counts.computeIfAbsent(row.style, k -> new int[1])[0]++;
                example.putIfAbsent(row.style, row);
            }
        }
        if (counts.size() < 2) {
            return;
        }
        String usual = null;
        int most = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (usual == null || e.getValue()[0] > most) {
                usual = e.getKey();
                most = e.getValue()[0];
            }
        }
        String usualPrinted = Texts.spaced(example.get(usual).number.printed());
        Set<String> reported = new HashSet<>();
        for (Row row : rows) {
            if (row.number != null && !row.style.equals(usual) && reported.add(row.group + " " + row.style)) {
                f.styles().add(new Style(row.where().add("number"), Texts.spaced(row.number.printed()), usualPrinted));
            }
        }
    }
}
