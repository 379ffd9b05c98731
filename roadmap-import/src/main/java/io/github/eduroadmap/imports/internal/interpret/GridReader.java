package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.imports.internal.interpret.Columns.Role;
import io.github.eduroadmap.model.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of an activity table: the header, the column roles, section rows, activity rows and rows that
 * continue the one before.
 *
 * <p><b>Header.</b> The first row at least two of whose cells, and most, are {@link Columns column headings}. A row
 * under it that only names the parts of a column ("начало", "окончание") makes a two-level header; a row of column
 * numbers ("1 2 3 4 5") is skipped, and so is the header when a page break repeats it. A header with fewer cells than
 * the rows and no number or activity column is aligned to the right (the first columns have no heading). A column
 * without a heading holds the number when most of its cells are bare numbers, else the activity when none other
 * does (the column with the longest words), else its cells are kept as notes under the column's heading.
 *
 * <p><b>Rows.</b> A row with one filled cell is a section row ("Задача 1. ...", "I. ...", an unnumbered block
 * title), unless that cell is a bare number (then the number of the row below) or stands in the deadline, executor
 * or result column (then it continues the activity above). A row with an empty number cell continues the activity
 * above when its deadline cell is empty and a cell begins in lower case or the activity above was left open (a "("
 * not closed, a final "-" or ","): its cells are joined to the activity's cells with a space. Any other row is an
 * activity, numbered or not. A cell merged from above repeats the deadline, executors or results of the row above,
 * and in the number or activity column makes the row a continuation. A "Направления деятельности" column starts a
 * section whenever its words change.
 */
final class GridReader {

    final List<String> columns = new ArrayList<>();
    final List<Raw.Section> sections = new ArrayList<>();
    final List<Raw.Line> before = new ArrayList<>();

    private final Warnings warnings;
    private Role[] roles;
    private String[] headings;
    private int width;
    private List<String> header = List.of();

    GridReader(Warnings warnings) {
        this.warnings = warnings;
    }

    static boolean isHeader(Raw.Line line) {
        List<Integer> filled = line.filled();
        if (filled.size() < 2) {
            return false;
        }
        int named = 0;
        for (int c : filled) {
            String t = line.cell(c);
            if (t.split("\\s+").length > 8) {
                return false;
            }
            if (Columns.loose(t).isPresent()) {
                named++;
            }
        }
        return named >= 2 && named * 5 >= filled.size() * 3;
    }

    void read(List<Raw.Line> lines) {
        int h = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isHeader(lines.get(i))) {
                h = i;
                break;
            }
        }
        int first = h + 1;
        width = 0;
        for (int i = Math.max(0, h); i < lines.size(); i++) {
            width = Math.max(width, lines.get(i).cells.size());
        }
        roles = new Role[width];
        headings = new String[width];
        if (h >= 0) {
            before.addAll(lines.subList(0, h));
            Raw.Line hl = lines.get(h);
            header = normalised(hl);
            assignHeader(hl);
            if (first < lines.size() && isSubHeader(lines.get(first))) {
                assignSubHeader(hl, lines.get(first));
                first++;
            }
            if (first < lines.size() && isNumbersRow(lines.get(first))) {
                first++;
            }
        } else {
            first = 0;
            if (!lines.isEmpty()) {
                warnings.add(
                        lines.get(0).row,
                        "import.no-header",
                        "the table has no header row: its columns were inferred from their cells");
            }
        }
        int headerRow = h >= 0 ? lines.get(h).row : lines.isEmpty() ? 0 : lines.get(0).row;
        inferColumns(lines.subList(first, lines.size()), headerRow);
        single(headerRow);
        for (int c = 0; c < width; c++) {
            if (headings[c] != null && !headings[c].isBlank()) {
                columns.add(headings[c]);
            }
        }
        rows(lines.subList(first, lines.size()));
    }

    private static List<String> normalised(Raw.Line line) {
        List<String> out = new ArrayList<>();
        for (String c : line.cells) {
            out.add(Columns.normalise(c));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void assignHeader(Raw.Line hl) {
        int hw = hl.cells.size();
        while (hw > 0 && hl.cell(hw - 1).isBlank()) {
            hw--;
        }
        boolean hasLeft = false;
        for (int c = 0; c < hw; c++) {
            Optional<Role> r = Columns.loose(hl.cell(c));
            if (r.isPresent() && (r.get() == Role.NUMBER || r.get() == Role.TITLE || r.get() == Role.DIRECTION)) {
                hasLeft = true;
            }
        }
        int offset = hw < width && !hasLeft ? width - hw : 0;
        for (int c = 0; c < hw && c + offset < width; c++) {
            String text = CellText.fold(hl.cell(c));
            headings[c + offset] = text;
            roles[c + offset] = Columns.loose(text).orElse(null);
        }
        if (offset > 0) {
            warnings.add(
                    hl.row,
                    "import.uncertain-column",
                    "the header names " + hw + " of " + width
                            + " columns: it was aligned to the right and the first columns were inferred from their cells");
        }
    }

    private boolean isSubHeader(Raw.Line line) {
        List<Integer> filled = line.filled();
        if (filled.isEmpty()) {
            return false;
        }
        for (int c : filled) {
            Optional<Role> r = Columns.exact(line.cell(c));
            if (r.isEmpty()) {
                return false;
            }
        }
        return filled.stream().anyMatch(c -> {
            Role r = Columns.exact(line.cell(c)).get();
            return r == Role.DEADLINE_START || r == Role.DEADLINE_END;
        });
    }

    private void assignSubHeader(Raw.Line hl, Raw.Line sub) {
        for (int c : sub.filled()) {
            Role r = Columns.exact(sub.cell(c)).get();
            String parent = null;
            for (int p = Math.min(c, hl.cells.size() - 1); p >= 0; p--) {
                if (!hl.cell(p).isBlank()) {
                    parent = CellText.fold(hl.cell(p));
                    break;
                }
            }
            String child = CellText.fold(sub.cell(c));
            if (c < width) {
                headings[c] = parent == null ? child : parent + ": " + child;
                roles[c] = r;
            }
        }
    }

    private static boolean isNumbersRow(Raw.Line line) {
        List<Integer> filled = line.filled();
        if (filled.size() < 3) {
            return false;
        }
        int expected = 1;
        for (int c : filled) {
            if (!line.cell(c).strip().replaceAll("\\.$", "").equals(Integer.toString(expected))) {
                return false;
            }
            expected++;
        }
        return true;
    }

    private void inferColumns(List<Raw.Line> data, int headerRow) {
        boolean hasNumber = has(Role.NUMBER);
        boolean hasTitle = has(Role.TITLE);
        for (int c = 0; c < width; c++) {
            if (roles[c] != null) {
                continue;
            }
            int filled = 0;
            int numbers = 0;
            int deadlines = 0;
            for (Raw.Line l : data) {
                String t = l.cell(c);
                if (t.isBlank() || l.filled().size() <= 1) {
                    continue;
                }
                filled++;
                if (SectionHeading.isBareNumber(t)) {
                    numbers++;
                }
                if (Deadline.parse(CellText.fold(t)).isParsed()) {
                    deadlines++;
                }
            }
            if (filled == 0) {
                continue;
            }
            if (!hasNumber && numbers * 2 > filled) {
                roles[c] = Role.NUMBER;
                hasNumber = true;
                warnings.add(
                        headerRow,
                        c + 1,
                        "import.uncertain-column",
                        "column " + (c + 1) + " has no heading; it holds numbers and was read as the number column");
            } else if (!has(Role.DEADLINE) && deadlines * 2 > filled) {
                roles[c] = Role.DEADLINE;
                warnings.add(
                        headerRow,
                        c + 1,
                        "import.uncertain-column",
                        "column " + (c + 1)
                                + " has no heading; its cells read as deadlines and it was read as the deadline column");
            }
        }
        if (!hasTitle) {
            int best = -1;
            double bestLength = 0;
            for (int c = 0; c < width; c++) {
                if (roles[c] != null) {
                    continue;
                }
                double total = 0;
                int n = 0;
                for (Raw.Line l : data) {
                    if (!l.cell(c).isBlank() && l.filled().size() > 1) {
                        total += l.cell(c).length();
                        n++;
                    }
                }
                if (n > 0 && total / n > bestLength) {
                    bestLength = total / n;
                    best = c;
                }
            }
            if (best >= 0) {
                roles[best] = Role.TITLE;
                warnings.add(
                        headerRow,
                        best + 1,
                        "import.uncertain-column",
                        "column " + (best + 1)
                                + " has no heading; it holds the longest words and was read as the activity column");
            }
        }
        if (!has(Role.TITLE) && has(Role.DIRECTION)) {
            for (int c = 0; c < width; c++) {
                if (roles[c] == Role.DIRECTION) {
                    roles[c] = Role.TITLE;
                    break;
                }
            }
        }
    }

    /** A second column of a role that holds one value (number, deadline, ...) keeps its cells as notes. */
    private void single(int headerRow) {
        java.util.Set<Role> seen = java.util.EnumSet.noneOf(Role.class);
        for (int c = 0; c < width; c++) {
            Role r = roles[c];
            if (r == null || r == Role.TITLE || r == Role.EXECUTORS || r == Role.RESULTS || r == Role.NOTES) {
                continue;
            }
            if (!seen.add(r)) {
                roles[c] = null;
                warnings.add(
                        headerRow,
                        c + 1,
                        "import.uncertain-column",
                        "column " + (c + 1)
                                + " names the same part of an activity as a column before it; its cells were kept as notes");
            }
        }
    }

    private boolean has(Role role) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    private int column(Role role) {
        for (int c = 0; c < width; c++) {
            if (roles[c] == role) {
                return c;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ rows

    private Raw.Section section;
    private Raw.Activity last;
    private String pendingNumber;
    private int pendingRow;
    private final boolean[] unknownReported = new boolean[64];

    private void rows(List<Raw.Line> data) {
        int numberColumn = column(Role.NUMBER);
        int titleColumn = column(Role.TITLE);
        int deadlineColumn = column(Role.DEADLINE);
        int directionColumn = column(Role.DIRECTION);
        String direction = null;
        for (Raw.Line line : data) {
            List<Integer> filled = line.filled();
            if (filled.isEmpty()) {
                continue;
            }
            if (!header.isEmpty() && normalised(line).equals(header)) {
                warnings.add(
                        line.row, "import.repeated-header", "a repeated header row (after a page break) was skipped");
                continue;
            }
            if (isNumbersRow(line) && last == null) {
                continue;
            }
            if (directionColumn >= 0 && !line.cell(directionColumn).isBlank() && !line.merged(directionColumn)) {
                String d = CellText.fold(line.cell(directionColumn));
                if (!d.equals(direction)) {
                    direction = d;
                    SectionHeading sh = SectionHeading.parse(d);
                    startSection(line.row, sh.number(), sh.title());
                }
                if (filled.size() == 1) {
                    continue;
                }
            }
            boolean single = filled.size() == 1 || allSame(line, filled);
            if (single) {
                int c = filled.get(0);
                String t = line.cell(c);
                Role r = c < width ? roles[c] : null;
                boolean spans = line.spans.get(c) > 1;
                if (SectionHeading.isBareNumber(t) && (r == Role.NUMBER || c == 0)) {
                    if (pendingNumber != null) {
                        warnings.add(
                                pendingRow,
                                "import.unknown-row",
                                "a row holding only the number " + pendingNumber
                                        + " was followed by another number; it was kept as an activity without words");
                        activity(new Raw.Activity(pendingRow)).number = pendingNumber;
                    }
                    pendingNumber = CellText.strip(t);
                    pendingRow = line.row;
                    continue;
                }
                if (r == Role.DEADLINE || r == Role.EXECUTORS || r == Role.RESULTS) {
                    if (!spans && last != null) {
                        continuation(line);
                        continue;
                    }
                }
                if (r == Role.TITLE
                        && !spans
                        && !line.paragraph
                        && last != null
                        && SectionHeading.parse(t).number().isEmpty()
                        && (CellText.startsLowerCase(t) || isOpen(last))) {
                    continuation(line);
                    continue;
                }
                SectionHeading sh = SectionHeading.parse(CellText.fold(t));
                startSection(line.row, sh.number(), sh.title());
                if (r == Role.TITLE && !spans && sh.number().isEmpty() && titleColumn != 0) {
                    warnings.add(
                            line.row,
                            "import.uncertain-row",
                            "a row with words in the activity column only was read as a section row");
                }
                continue;
            }
            String number = numberColumn >= 0 ? CellText.strip(line.cell(numberColumn)) : "";
            boolean mergedKey =
                    numberColumn >= 0 && line.merged(numberColumn) || titleColumn >= 0 && line.merged(titleColumn);
            if (mergedKey && last != null) {
                continuation(line);
                continue;
            }
            if (number.isEmpty() && pendingNumber == null && last != null && isContinuation(line, deadlineColumn)) {
                continuation(line);
                continue;
            }
            Raw.Activity a = new Raw.Activity(line.row);
            if (number.isEmpty() && pendingNumber != null) {
                a.number = pendingNumber;
                a.rows.add(0, pendingRow);
                warnings.add(
                        pendingRow,
                        "import.joined-continuation",
                        "a row holding only the number " + pendingNumber + " was joined with the row below (" + line.row
                                + ")");
                pendingNumber = null;
            } else if (pendingNumber != null) {
                warnings.add(
                        pendingRow,
                        "import.unknown-row",
                        "a row holding only the number " + pendingNumber + " was kept as an activity without words");
                activity(new Raw.Activity(pendingRow)).number = pendingNumber;
                pendingNumber = null;
                a.number = number;
            } else {
                a.number = number;
            }
            fill(a, line, false);
            activity(a);
            if (a.number.isEmpty() && numberColumn >= 0) {
                warnings.add(
                        line.row,
                        "import.unnumbered-row",
                        "the row has no number in a numbered table; it was read as an activity of its own");
            }
        }
        if (pendingNumber != null) {
            warnings.add(
                    pendingRow,
                    "import.unknown-row",
                    "a row holding only the number " + pendingNumber + " was kept as an activity without words");
            activity(new Raw.Activity(pendingRow)).number = pendingNumber;
            pendingNumber = null;
        }
    }

    private static boolean allSame(Raw.Line line, List<Integer> filled) {
        String first = line.cell(filled.get(0)).strip();
        for (int c : filled) {
            if (!line.cell(c).strip().equals(first)) {
                return false;
            }
        }
        return filled.size() > 1;
    }

    private void startSection(int row, Optional<String> number, String title) {
        section = new Raw.Section(row, number, title);
        sections.add(section);
    }

    private Raw.Activity activity(Raw.Activity a) {
        if (section == null) {
            section = new Raw.Section(a.row, Optional.empty(), "");
            sections.add(section);
        }
        section.activities.add(a);
        last = a;
        return a;
    }

    private static boolean isOpen(Raw.Activity a) {
        for (String s : List.of(a.title, a.executors, a.results)) {
            String t = s.strip();
            if (CellText.isOpen(t) || t.endsWith("-") || t.endsWith(",") || t.endsWith("–")) {
                return true;
            }
        }
        return false;
    }

    private boolean isContinuation(Raw.Line line, int deadlineColumn) {
        String deadline = deadlineColumn >= 0 ? CellText.strip(line.cell(deadlineColumn)) : "";
        if (!deadline.isEmpty()
                && !CellText.startsLowerCase(deadline)
                && !deadline.startsWith("–")
                && !deadline.startsWith("-")) {
            return false;
        }
        for (int c : line.filled()) {
            if (CellText.startsLowerCase(line.cell(c))) {
                return true;
            }
        }
        return isOpen(last);
    }

    private void continuation(Raw.Line line) {
        warnings.add(
                line.row,
                "import.joined-continuation",
                "the row continues the activity of row " + last.row
                        + " (cut by a page break or wrapped); its cells were joined to it");
        last.rows.add(line.row);
        fill(last, line, true);
    }

    private void fill(Raw.Activity a, Raw.Line line, boolean join) {
        for (int c = 0; c < line.cells.size(); c++) {
            String t = line.cell(c);
            Role r = c < width ? roles[c] : null;
            if (line.merged(c) && t.isBlank() && !join && last != null && last != a) {
                if (r == Role.DEADLINE) {
                    a.deadline = last.deadline;
                } else if (r == Role.EXECUTORS) {
                    a.executors = last.executors;
                } else if (r == Role.RESULTS) {
                    a.results = last.results;
                }
                continue;
            }
            if (t.isBlank()) {
                continue;
            }
            if (r == null) {
                String heading =
                        c < width && headings[c] != null && !headings[c].isBlank() ? headings[c] : "столбец " + (c + 1);
                a.notes.add(heading + ": " + CellText.fold(t));
                if (c < unknownReported.length && !unknownReported[c]) {
                    unknownReported[c] = true;
                    warnings.add(
                            line.row,
                            c + 1,
                            "import.unknown-column",
                            "the cells of column " + (c + 1) + " (\"" + heading
                                    + "\") name no part of an activity; they were kept as notes");
                }
                continue;
            }
            switch (r) {
                case NUMBER:
                    if (join) {
                        a.notes.add(CellText.fold(t));
                    } else {
                        a.number = CellText.strip(t);
                    }
                    break;
                case TITLE:
                    a.title = join ? CellText.join(a.title, CellText.fold(t)) : joinColumns(a.title, t, headings[c]);
                    break;
                case DEADLINE:
                    a.deadline = join ? CellText.join(a.deadline, CellText.fold(t)) : CellText.fold(t);
                    break;
                case DEADLINE_START:
                    a.deadlineStart = join ? CellText.join(a.deadlineStart, CellText.fold(t)) : CellText.fold(t);
                    break;
                case DEADLINE_END:
                    a.deadlineEnd = join ? CellText.join(a.deadlineEnd, CellText.fold(t)) : CellText.fold(t);
                    break;
                case EXECUTORS:
                    a.executors = join ? CellText.join(a.executors, t.strip()) : lines(a.executors, t);
                    break;
                case RESULTS:
                    a.results = join ? CellText.join(a.results, t.strip()) : lines(a.results, t);
                    break;
                case DIRECTION:
                    break;
                case OBJECTIVE:
                    a.objective = CellText.strip(t);
                    break;
                case ACTIVITY_ID:
                    a.id = CellText.strip(t);
                    break;
                case NOTES:
                default:
                    a.notes.add(CellText.fold(t));
                    break;
            }
        }
    }

    private static String joinColumns(String before, String cell, String heading) {
        String folded = CellText.fold(cell);
        return before.isBlank() ? folded : before + " " + folded;
    }

    private static String lines(String before, String cell) {
        return before.isBlank() ? cell.strip() : before + "\n" + cell.strip();
    }
}
