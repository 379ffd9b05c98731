package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.model.Deadline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table printed without cell separators, its columns interleaved line by line (OCR of a scan, seed 002): rebuilt
 * from its lines.
 *
 * <p><b>Header.</b> The first paragraph after the objectives (or anywhere, when there are none) in which, letters
 * squeezed together, the words of at least three column headings appear in order ("Период или Ответственный /
 * исполнительконтрольная / точка / Мероприятие Ожидаемый результат"): its columns are listed in the usual order
 * (deadline, activity, executors, results), the header is reported as garbled and its printed words are kept as a note
 * of the roadmap.
 *
 * <p><b>Rows.</b> "Задача N. ..." (or "Раздел", "Блок", a Roman number) is a section line. An activity starts at a
 * line that begins with a deadline (words in capitals or digits that read as a deadline) followed by a capitalised
 * word or by nothing; at a paragraph of at most two lines that is a deadline as a whole ("25.02.2021-" /
 * "12.12.2021", "Ежемесячно /по" / "запросу МОУО"); and at the first line after a section line whatever it holds (a
 * deadline no rule reads is kept as its words and reported). Everything up to the next start belongs to the activity.
 *
 * <p><b>Columns inside an activity.</b> The words after the deadline begin the activity's title. Paragraphs are then
 * read in order: one that begins with an executor (an abbreviation the document defines or a common one such as МОУО,
 * ГАУ ДПО ПК ИРО, ОО) or holds a "(далее – X)" definition is executors (a line of such abbreviations glued to a result,
 * "ГАУ ДПО ПК ИРО Обучено 82 куратора ...", is split there); one that begins like a result ("Разработаны ...",
 * "Обучено ...", "Проведено ...", "Не менее ...", a number and a noun) starts a result; one that begins in lower case
 * continues the column whose words are left open (a final comma, an open bracket, a word without a full stop), the
 * title first. A line of OCR noise (no word of three letters in lower case) is a note of the activity. Every piece
 * placed by continuation once executors or results have begun, and every noise line, is reported with its row.
 */
final class LineTable {

    final List<FrontMatter.Para> before = new ArrayList<>();
    final List<FrontMatter.Para> after = new ArrayList<>();
    final List<Raw.Section> sections = new ArrayList<>();
    final List<String> columns = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private static final Map<Columns.Role, List<String>> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put(
                Columns.Role.DEADLINE,
                List.of("Период или контрольная точка", "Сроки реализации", "Срок исполнения", "Срок"));
        HEADINGS.put(Columns.Role.TITLE, List.of("Наименование мероприятия", "Мероприятие", "Событие"));
        HEADINGS.put(Columns.Role.EXECUTORS, List.of("Ответственный исполнитель", "Исполнители", "Ответственные"));
        HEADINGS.put(
                Columns.Role.RESULTS,
                List.of("Ожидаемый результат", "Показатель результативности", "Ключевой результат", "Результат"));
    }

    private static final Set<String> COMMON_KEYS = Set.of(
            "МО ПК",
            "ГАУ ДПО ПК ИРО",
            "ПК ИРО",
            "ИРО",
            "МОУО",
            "ОО",
            "ОМСУ",
            "РМК",
            "ОМС",
            "ППМС",
            "РЦОКО",
            "ЦНППМ",
            "МОН");
    private static final Pattern SECTION_LINE =
            Pattern.compile("^(?:Задача|ЗАДАЧА|Раздел|РАЗДЕЛ|Блок|БЛОК|[IVX]{1,5}\\.)\\s*\\d*\\.?\\s*\\S.*");
    private static final Pattern RESULT_START = Pattern.compile(
            "^(?:\\d+\\s+\\p{L}|Не\\s+менее|Не\\s+более|Все\\s|В\\s+каждом|В\\s+\\d|Для\\s+всех|По\\s+итогам|По\\s+запросу"
                    + "|\\p{Lu}\\p{Ll}+(?:ан|ен|на|но|ны|ено|ана|ано|аны|ены|ена)(?:/\\S+)?(?=\\s|$))");
    private static final Pattern REAL_WORD = Pattern.compile("[а-яё]{3,}");
    private static final Pattern DEFINITION = Pattern.compile("\\(\\s*далее\\s*[-–—]?\\s*([^()]+?)\\s*\\)");

    private final Warnings warnings;
    private final Set<String> keys =
            new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));

    LineTable(Warnings warnings) {
        this.warnings = warnings;
    }

    /** A line of the text with its row and whether a blank line stands before it. */
    private record Line(int row, String text, boolean paragraphStart, int paragraph) {}

    void read(List<FrontMatter.Para> paras) {
        keys.addAll(COMMON_KEYS);
        for (FrontMatter.Para p : paras) {
            Matcher m = DEFINITION.matcher(p.text().replace('\n', ' '));
            while (m.find()) {
                for (String k : m.group(1).split("\\s*,\\s*")) {
                    if (!k.isBlank() && k.length() <= 20) {
                        keys.add(k.strip());
                    }
                }
            }
        }
        int header = findHeader(paras);
        int bodyStart = header >= 0 ? header + 1 : firstSection(paras);
        if (header >= 0) {
            while (bodyStart < paras.size() && !startsTable(paras.get(bodyStart))) {
                bodyStart++;
            }
        }
        if (bodyStart < 0 || bodyStart >= paras.size()) {
            before.addAll(paras);
            return;
        }
        before.addAll(paras.subList(0, header >= 0 ? header : bodyStart));
        if (header >= 0) {
            List<String> notesOfHeader = new ArrayList<>();
            for (int i = header; i < bodyStart; i++) {
                notesOfHeader.add(paras.get(i).text());
            }
            notes.add(CellText.fold(String.join("\n", notesOfHeader)));
            warnings.add(
                    paras.get(header).row(),
                    "import.garbled-header",
                    "the table's header is printed garbled (\""
                            + String.join(" / ", notesOfHeader).replace('\n', '/')
                            + "\"); its columns were recognised from the words in it: " + columns);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = bodyStart; i < paras.size(); i++) {
            FrontMatter.Para p = paras.get(i);
            String[] ls = p.text().split("\n", -1);
            for (int k = 0; k < ls.length; k++) {
                if (!ls[k].isBlank()) {
                    lines.add(new Line(p.row() + k, CellText.strip(ls[k]), k == 0, i));
                }
            }
        }
        rows(lines);
    }

    // ------------------------------------------------------------------ header

    private int findHeader(List<FrontMatter.Para> paras) {
        int from = 0;
        for (int i = 0; i < paras.size(); i++) {
            String t = paras.get(i).text().strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("задачи:") || t.contains("задачи:\n")) {
                from = i + 1;
            }
        }
        for (int i = from; i < paras.size(); i++) {
            if (startsTable(paras.get(i))) {
                break;
            }
            StringBuilder squeezed = new StringBuilder();
            for (int k = i; k < Math.min(paras.size(), i + 3) && !startsTable(paras.get(k)); k++) {
                squeezed.append(squeeze(paras.get(k).text()));
            }
            if (squeezed.length() > 300) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (Map.Entry<Columns.Role, List<String>> e : HEADINGS.entrySet()) {
                for (String heading : e.getValue()) {
                    if (inOrder(squeezed.toString(), heading)) {
                        found.add(heading);
                        break;
                    }
                }
            }
            if (found.size() >= 3) {
                columns.addAll(found);
                return i;
            }
        }
        return -1;
    }

    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}]", "");
    }

    /** Tells whether the words of a heading appear, letters squeezed, in order in a text. */
    private static boolean inOrder(String squeezed, String heading) {
        int at = 0;
        for (String word : heading.toLowerCase(Locale.ROOT).split("\\s+")) {
            int i = squeezed.indexOf(squeeze(word), at);
            if (i < 0) {
                return false;
            }
            at = i + word.length();
        }
        return true;
    }

    private static int firstSection(List<FrontMatter.Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            if (startsTable(paras.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsTable(FrontMatter.Para p) {
        for (String line : p.lines()) {
            if (SECTION_LINE.matcher(line).matches() && line.length() > 12) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ rows

    private Raw.Section section;
    private Raw.Activity activity;
    private String state;
    private final List<Integer> uncertain = new ArrayList<>();

    private void rows(List<Line> lines) {
        boolean afterSection = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (SECTION_LINE.matcher(line.text()).matches() && line.text().length() > 12) {
                finishActivity();
                SectionHeading sh = SectionHeading.parse(line.text());
                section = new Raw.Section(line.row(), sh.number(), sh.title());
                sections.add(section);
                afterSection = true;
                continue;
            }
            Optional<String[]> start = start(lines, i, afterSection);
            if (start.isPresent()) {
                finishActivity();
                activity = new Raw.Activity(line.row());
                if (section == null) {
                    section = new Raw.Section(line.row(), Optional.empty(), "");
                    sections.add(section);
                }
                section.activities.add(activity);
                activity.deadline = start.get()[0];
                state = "title";
                column = "title";
                int consumed = Integer.parseInt(start.get()[2]);
                i += consumed;
                String rest = start.get()[1];
                if (!rest.isBlank()) {
                    place(rest, line.row(), true);
                }
                afterSection = false;
                continue;
            }
            afterSection = false;
            if (activity == null) {
                if (section != null) {
                    section.notes.add(line.text());
                    warnings.add(
                            line.row(),
                            "import.unknown-row",
                            "a line between a section and its first activity was kept as a note of the section");
                } else {
                    before.add(new FrontMatter.Para(line.row(), line.text()));
                }
                continue;
            }
            place(line.text(), line.row(), line.paragraphStart());
        }
        finishActivity();
    }

    /**
     * Tells whether an activity starts at a line: returns its deadline words, the rest of the line, and how many more
     * lines the deadline took.
     */
    private Optional<String[]> start(List<Line> lines, int i, boolean afterSection) {
        Line line = lines.get(i);
        String text = line.text();
        if (line.paragraphStart()) {
            boolean twoLines = i + 1 < lines.size()
                    && lines.get(i + 1).paragraph() == line.paragraph()
                    && (i + 2 >= lines.size() || lines.get(i + 2).paragraph() != line.paragraph());
            if (twoLines && !Character.isUpperCase(lines.get(i + 1).text().codePointAt(0))) {
                String joined = text.endsWith("-") || text.endsWith("–")
                        ? text + lines.get(i + 1).text()
                        : text + " " + lines.get(i + 1).text();
                if (isDeadline(joined)) {
                    return Optional.of(new String[] {joined, "", "1"});
                }
            }
        }
        String[] tokens = text.split("(?<=\\s)(?=\\S)");
        String best = null;
        int bestEnd = 0;
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < Math.min(tokens.length, 8); k++) {
            prefix.append(tokens[k]);
            String p = prefix.toString().strip();
            boolean capitalOrDigit = Character.isUpperCase(p.codePointAt(0)) || Character.isDigit(p.codePointAt(0));
            if (!capitalOrDigit) {
                break;
            }
            String next = k + 1 < tokens.length ? tokens[k + 1].strip() : "";
            boolean endsWell = next.isEmpty() && line.paragraphStart()
                    || !next.isEmpty() && (Character.isUpperCase(next.codePointAt(0)) || next.startsWith("«"));
            if (endsWell && isDeadline(p)) {
                best = p;
                bestEnd = k + 1;
            }
        }
        if (best != null) {
            StringBuilder rest = new StringBuilder();
            for (int k = bestEnd; k < tokens.length; k++) {
                rest.append(tokens[k]);
            }
            return Optional.of(new String[] {best, rest.toString().strip(), "0"});
        }
        if (afterSection) {
            Matcher m = Pattern.compile("^(.*?)\\s*(?=\\p{L}*[а-яё]{3,})").matcher(text);
            int cut = 0;
            String[] words = text.split("\\s+");
            StringBuilder garbage = new StringBuilder();
            for (String w : words) {
                if (REAL_WORD.matcher(w).find()) {
                    break;
                }
                cut++;
            }
            String deadline =
                    cut == 0 ? "" : text.substring(0, indexOfWord(text, cut)).strip();
            String rest = text.substring(deadline.isEmpty() ? 0 : indexOfWord(text, cut))
                    .strip();
            warnings.add(
                    line.row(),
                    "import.uncertain-row",
                    "the first line of a section was read as the start of an activity; its deadline \"" + deadline
                            + "\" could not be read");
            return Optional.of(new String[] {deadline, rest, "0"});
        }
        return Optional.empty();
    }

    private static int indexOfWord(String text, int n) {
        Matcher m = Pattern.compile("\\S+").matcher(text);
        int k = 0;
        while (m.find()) {
            if (k == n) {
                return m.start();
            }
            k++;
        }
        return text.length();
    }

    private static boolean isDeadline(String words) {
        Deadline d = Deadline.parse(words);
        return d.isParsed() && !words.matches("\\d+");
    }

    // ------------------------------------------------------------------ columns

    private static final Pattern ORGANISATION_START = Pattern.compile(
            "^(?:Министерств\\p{L}*|Управлени\\p{L}* образовани\\p{L}*|Отдел\\p{L}* образования|Комитет\\p{L}* по"
                    + "|государственн\\p{L}* (?:автономн|бюджетн|казенн)\\p{L}*|муниципальн\\p{L}* орган\\p{L}*"
                    + "|Опорн\\p{L}* школ\\p{L}*|специалист\\p{L}* [А-ЯЁ]{2,}|методист\\p{L}*,)");

    /** The column the previous line of the current paragraph went to. */
    private String column;

    private void place(String text, int row, boolean paragraphStart) {
        if (paragraphStart) {
            column = null;
        }
        Optional<int[]> exec = executorRun(text);
        boolean keyFirst = exec.isPresent() && exec.get()[0] == 0;
        if (!keyFirst && isNoise(text)) {
            activity.notes.add(text);
            warnings.add(
                    row,
                    "import.ocr-noise",
                    "a line that reads as no words (OCR noise) was kept as a note of the activity");
            return;
        }
        String executorsSoFar = activity.executors.strip();
        boolean bracketOpen =
                CellText.isOpen(executorsSoFar) || executorsSoFar.endsWith("-") || executorsSoFar.endsWith("–");
        if ("executors".equals(column)
                && (bracketOpen || !keyFirst && isOpen(executorsSoFar))
                && !RESULT_START.matcher(text).find()) {
            addExecutor(text, false);
            return;
        }
        if (exec.isPresent() && exec.get()[0] == 0) {
            int end = exec.get()[1];
            addExecutor(text.substring(0, end).strip(), true);
            String rest = text.substring(end).strip();
            if (!rest.isEmpty()) {
                addResult(rest, true);
                column = "results";
            } else {
                column = "executors";
            }
            state = column;
            return;
        }
        if (ORGANISATION_START.matcher(text).find() || DEFINITION.matcher(text).find()) {
            addExecutor(text, true);
            column = "executors";
            state = column;
            return;
        }
        if (exec.isPresent() && ("title".equals(column) || column == null && "title".equals(state))) {
            int begin = exec.get()[0];
            int end = exec.get()[1];
            String after = text.substring(end).strip();
            if (after.isEmpty() || RESULT_START.matcher(after).find() || Character.isUpperCase(after.codePointAt(0))) {
                activity.title =
                        joinLine(activity.title, text.substring(0, begin).strip());
                addExecutor(text.substring(begin, end).strip(), true);
                if (!after.isEmpty()) {
                    addResult(after, true);
                }
                column = after.isEmpty() ? "executors" : "results";
                state = column;
                return;
            }
        }
        if (RESULT_START.matcher(text).find() && (paragraphStart || !"title".equals(column))) {
            addResult(text, true);
            column = "results";
            state = column;
            return;
        }
        if (column != null) {
            append(column, text);
            if (!"title".equals(state)) {
                uncertain.add(row);
            }
            return;
        }
        String target;
        if ("title".equals(state)) {
            target = "title";
        } else if (CellText.startsLowerCase(text)) {
            target = isOpen(activity.executors)
                    ? "executors"
                    : isOpen(activity.results) || !isOpen(activity.title) ? "results" : "title";
        } else {
            target = isOpen(activity.title) && !isOpen(activity.results) ? "title" : "results";
        }
        append(target, text);
        column = target;
        if (!"title".equals(state)) {
            uncertain.add(row);
        }
    }

    private void append(String target, String text) {
        switch (target) {
            case "title":
                activity.title = joinLine(activity.title, text);
                break;
            case "executors":
                addExecutor(text, false);
                break;
            default:
                addResult(text, false);
                break;
        }
    }

    private static String joinLine(String before, String line) {
        if (before.endsWith("-") && !line.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
            return before + line;
        }
        return CellText.join(before, line);
    }

    private void addExecutor(String text, boolean newLine) {
        activity.executors = activity.executors.isEmpty()
                ? text
                : newLine ? activity.executors + "\n" + text : joinLine(activity.executors, text);
    }

    private void addResult(String text, boolean newResult) {
        if (activity.results.isEmpty()) {
            activity.results = text;
        } else if (newResult && !isOpen(activity.results)) {
            activity.results = activity.results + "\n" + text;
        } else {
            activity.results = joinLine(activity.results, text);
        }
    }

    /** Words left open: a final comma or hyphen, an open bracket, or no final full stop after a word in lower case. */
    private static boolean isOpen(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == ','
                || last == '-'
                || CellText.isOpen(t)
                || Character.isLowerCase(last)
                || t.chars().filter(c -> c == '«').count()
                        > t.chars().filter(c -> c == '»').count();
    }

    /** The first run of executor abbreviations in a line, as [start, end) of its text. */
    private Optional<int[]> executorRun(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                continue;
            }
            int end = keyAt(text, i);
            if (end < 0) {
                continue;
            }
            while (true) {
                int j = end;
                while (j < text.length() && (text.charAt(j) == ',' || text.charAt(j) == ' ')) {
                    j++;
                }
                int next = j < text.length() ? keyAt(text, j) : -1;
                if (next < 0 || j == end) {
                    break;
                }
                end = next;
            }
            return Optional.of(new int[] {i, end});
        }
        return Optional.empty();
    }

    private int keyAt(String text, int i) {
        for (String k : keys) {
            if (text.startsWith(k, i)) {
                int end = i + k.length();
                if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean isNoise(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 3) {
            return false;
        }
        for (String t : tokens) {
            if (REAL_WORD.matcher(t).find() || t.matches("^[(«]?[А-ЯЁ]{2,6}[)»,.;]?$")) {
                return false;
            }
        }
        return true;
    }

    private void finishActivity() {
        if (activity != null && !uncertain.isEmpty()) {
            warnings.add(
                    activity.row,
                    "import.uncertain-column",
                    "the columns of this activity are interleaved line by line;" + " the pieces at rows " + uncertain
                            + " were placed by how the words continue");
        }
        uncertain.clear();
        activity = null;
        state = null;
        column = null;
    }
}
