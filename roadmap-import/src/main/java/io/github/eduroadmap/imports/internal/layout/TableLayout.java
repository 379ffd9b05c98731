package io.github.eduroadmap.imports.internal.layout;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.interpret.SectionHeading;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The table layout of a roadmap for export, and its exact reading back.
 *
 * <p>A roadmap becomes two grids (see {@link #of(Roadmap)}):
 *
 * <ol>
 *   <li><b>Front matter</b>: one record per row, its label in the first cell and its fields in the cells after it.
 *       The first record is {@code Дорожная карта | <title>}, which marks a table exported by this library. Then
 *       {@code Идентификатор | <id>}, {@code Уровень | федеральный|региональный|муниципальный|школьный},
 *       {@code Регион}, {@code Муниципалитет}, {@code Программа}, {@code Период | 2022} (the period forms of
 *       docs/format.md: {@code 2022}, {@code 2022-03}, {@code 2022-12/2023-11}, {@code 2021-02-25/2021-12-12}),
 *       {@code Часовой пояс | Asia/Vladivostok}; the approval as {@code Документ | приказ|письмо|постановление
 *       |протокол|иной}, {@code Издал}, {@code Место}, {@code Номер}, {@code Дата | 2022-04-20}, {@code Дата как
 *       напечатано}, {@code Заголовок документа}, {@code Адресат}, {@code Подписал | <name> | <position>}, one
 *       {@code Текст документа | <paragraph>} per body paragraph and {@code Расширения документа | <json>};
 *       {@code Цель | <goal>} per goal; {@code Задача | <id> | <number> | <title> | <extensions>};
 *       {@code Организация | <abbreviation> | <name> | <kind> | <extensions>} (kinds as in docs/format.md:
 *       {@code regional-authority}, ...); {@code Термин | <abbreviation> | <meaning>}; {@code Участник | <kind> |
 *       <name> | <position> | <organisation> | <head's name> | <head's position> | <extensions>};
 *       {@code Отчётность | <deadline> | <reporter> | <recipient> | <subject> | <extensions>}; {@code Факт | <text>
 *       | <total> | <what it counts> | да|нет (partition) | <extensions> | <label> | <percent> | <count> ...};
 *       {@code Столбцы | <printed heading> ...}; {@code Примечание | <note>} per note; {@code Расширения | <json>}.
 *       An empty field is an absent value.
 *   <li><b>Activities</b>: the header {@code № | Мероприятие | Срок | Исполнители | Результаты}, followed, when any
 *       row needs them, by {@code Задача} (the objective's id), {@code Код} (the activity's id), {@code Примечания}
 *       and {@code Расширения}. A section row holds its number and title in one cell spanning the first five columns
 *       ("Задача 1. Обеспечить ..."; written "number⏎title" when the title alone would not read back, the number
 *       empty when there is none); an activity row holds the number, the title as printed, the deadline's words,
 *       the executors and the results one per line, the objective, the id and the notes one per line. A line break
 *       inside one executor, result or note is written as U+2028.
 * </ol>
 *
 * <p>Words that alone do not read back to the same typed value carry an annotation after them: {@code " ‹json›"}
 * with the typed form of docs/format.md (a deadline {@code {"type":"throughout","year":2021}}, an executor
 * {@code {"organisation":"МО ПК"}}, {@code {"person":"...","position":"..."}} or {@code {"role":true}}, a result
 * {@code {"target":null}} or {@code {"target":{...}}}). Extensions are JSON objects. The layout cannot tell an
 * activity without words, deadline, executors or results from a section row, nor an empty text from an absent one.
 */
public final class TableLayout {

    /** The label of the first record, which marks an exported table. */
    public static final String MARK = "Дорожная карта";

    static final String NUMBER = "№";
    static final String TITLE = "Мероприятие";
    static final String DEADLINE = "Срок";
    static final String EXECUTORS = "Исполнители";
    static final String RESULTS = "Результаты";
    static final String OBJECTIVE = "Задача";
    static final String ID = "Код";
    static final String NOTES = "Примечания";
    static final String EXTENSIONS = "Расширения";

    private static final String LINE = "\u2028";

    private TableLayout() {}

    // ================================================================== writing

    /**
     * Lays a roadmap out as a front-matter grid and an activity grid.
     *
     * @param roadmap the roadmap
     * @return the document, named by the roadmap's id
     */
    public static SourceDocument of(Roadmap roadmap) {
        List<List<String>> front = new ArrayList<>();
        front.add(List.of(MARK, roadmap.title()));
        front.add(List.of("Идентификатор", roadmap.id().value()));
        front.add(List.of("Уровень", level(roadmap.level())));
        roadmap.territory().region().ifPresent(v -> front.add(List.of("Регион", v)));
        roadmap.territory().municipality().ifPresent(v -> front.add(List.of("Муниципалитет", v)));
        roadmap.programme().ifPresent(v -> front.add(List.of("Программа", v)));
        roadmap.period().ifPresent(v -> front.add(List.of("Период", period(v))));
        roadmap.timeZone().ifPresent(v -> front.add(List.of("Часовой пояс", v.getId())));
        roadmap.approval().ifPresent(a -> approval(a, front));
        roadmap.goals().forEach(g -> front.add(List.of("Цель", g)));
        for (Objective o : roadmap.objectives()) {
            front.add(List.of("Задача", o.id(), o.number().orElse(""), o.title(), Typed.extensions(o.extensions())));
        }
        for (Organisation o : roadmap.organisations()) {
            front.add(List.of(
                    "Организация",
                    o.abbreviation().orElse(""),
                    o.name(),
                    Typed.word(o.kind()),
                    Typed.extensions(o.extensions())));
        }
        for (Term t : roadmap.terms()) {
            front.add(List.of("Термин", t.abbreviation(), t.meaning()));
        }
        for (Participant p : roadmap.participants()) {
            front.add(List.of(
                    "Участник",
                    Typed.word(p.kind()),
                    p.name(),
                    p.position().orElse(""),
                    p.organisation().orElse(""),
                    p.head().map(Person::name).orElse(""),
                    p.head().flatMap(Person::position).orElse(""),
                    Typed.extensions(p.extensions())));
        }
        for (ReportingRequirement r : roadmap.reporting()) {
            front.add(List.of(
                    "Отчётность",
                    Typed.deadline(r.deadline()),
                    r.reporter().orElse(""),
                    r.recipient().orElse(""),
                    r.subject().orElse(""),
                    Typed.extensions(r.extensions())));
        }
        for (ContextFact f : roadmap.context()) {
            List<String> rec = new ArrayList<>(List.of(
                    "Факт",
                    f.text(),
                    f.total().map(BigDecimal::toPlainString).orElse(""),
                    f.totalOf().orElse(""),
                    f.partition() ? "да" : "нет",
                    Typed.extensions(f.extensions())));
            for (Share s : f.shares()) {
                rec.add(s.label());
                rec.add(s.percent().toPlainString());
                rec.add(s.count().map(BigDecimal::toPlainString).orElse(""));
            }
            front.add(rec);
        }
        if (!roadmap.columns().isEmpty()) {
            List<String> rec = new ArrayList<>();
            rec.add("Столбцы");
            rec.addAll(roadmap.columns());
            front.add(rec);
        }
        roadmap.notes().forEach(n -> front.add(List.of("Примечание", n)));
        if (!roadmap.extensions().isEmpty()) {
            front.add(List.of("Расширения", Typed.extensions(roadmap.extensions())));
        }

        int row = 1;
        List<SourceBlock.Row> frontRows = new ArrayList<>();
        for (List<String> rec : front) {
            List<SourceCell> cells = new ArrayList<>();
            rec.forEach(c -> cells.add(SourceCell.of(c)));
            frontRows.add(new SourceBlock.Row(row++, cells));
        }
        SourceBlock.Grid frontGrid = new SourceBlock.Grid(1, frontRows);

        boolean objectives = roadmap.sections().stream()
                .anyMatch(s -> s.objective().isPresent()
                        || s.activities().stream().anyMatch(a -> a.objective().isPresent()));
        boolean ids = roadmap.activities().stream().anyMatch(a -> a.id().isPresent());
        boolean notes = roadmap.sections().stream()
                .anyMatch(s -> !s.notes().isEmpty()
                        || s.activities().stream().anyMatch(a -> !a.notes().isEmpty()));
        boolean extensions = roadmap.sections().stream()
                .anyMatch(s -> !s.extensions().isEmpty()
                        || s.activities().stream().anyMatch(a -> !a.extensions().isEmpty()));
        List<String> header = new ArrayList<>(List.of(NUMBER, TITLE, DEADLINE, EXECUTORS, RESULTS));
        if (objectives) {
            header.add(OBJECTIVE);
        }
        if (ids) {
            header.add(ID);
        }
        if (notes) {
            header.add(NOTES);
        }
        if (extensions) {
            header.add(EXTENSIONS);
        }
        int tableRow = row;
        List<SourceBlock.Row> rows = new ArrayList<>();
        List<SourceCell> head = new ArrayList<>();
        header.forEach(h -> head.add(SourceCell.of(h)));
        rows.add(new SourceBlock.Row(row++, head));
        List<Organisation> organisations = roadmap.organisations();
        for (int s = 0; s < roadmap.sections().size(); s++) {
            Section section = roadmap.sections().get(s);
            boolean implicit = s == 0
                    && section.number().isEmpty()
                    && section.title().isEmpty()
                    && section.objective().isEmpty()
                    && section.notes().isEmpty()
                    && section.extensions().isEmpty();
            if (!implicit) {
                List<SourceCell> cells = new ArrayList<>();
                cells.add(new SourceCell(sectionText(section), 5, false));
                extra(
                        cells,
                        objectives,
                        section.objective().orElse(""),
                        ids,
                        "",
                        notes,
                        lines(section.notes()),
                        extensions,
                        Typed.extensions(section.extensions()));
                rows.add(new SourceBlock.Row(row++, cells));
            }
            for (Activity a : section.activities()) {
                List<SourceCell> cells = new ArrayList<>();
                cells.add(SourceCell.of(a.number().orElse("")));
                cells.add(SourceCell.of(a.title()));
                cells.add(SourceCell.of(a.deadline().map(Typed::deadline).orElse("")));
                List<String> executors = new ArrayList<>();
                for (Executor e : a.executors()) {
                    executors.add(Typed.executor(e, organisations));
                }
                cells.add(SourceCell.of(lines(executors)));
                List<String> results = new ArrayList<>();
                for (ExpectedResult r : a.results()) {
                    results.add(Typed.result(r));
                }
                cells.add(SourceCell.of(lines(results)));
                extra(
                        cells,
                        objectives,
                        a.objective().orElse(""),
                        ids,
                        a.id().orElse(""),
                        notes,
                        lines(a.notes()),
                        extensions,
                        Typed.extensions(a.extensions()));
                rows.add(new SourceBlock.Row(row++, cells));
            }
        }
        return new SourceDocument(roadmap.id().value(), List.of(frontGrid, new SourceBlock.Grid(tableRow, rows)));
    }

    private static void extra(
            List<SourceCell> cells,
            boolean objectives,
            String objective,
            boolean ids,
            String id,
            boolean notes,
            String noteLines,
            boolean extensions,
            String json) {
        if (objectives) {
            cells.add(SourceCell.of(objective));
        }
        if (ids) {
            cells.add(SourceCell.of(id));
        }
        if (notes) {
            cells.add(SourceCell.of(noteLines));
        }
        if (extensions) {
            cells.add(SourceCell.of(json));
        }
    }

    private static void approval(ApprovalDocument a, List<List<String>> front) {
        front.add(List.of("Документ", kind(a.kind())));
        a.issuer().ifPresent(v -> front.add(List.of("Издал", v)));
        a.place().ifPresent(v -> front.add(List.of("Место", v)));
        a.number().ifPresent(v -> front.add(List.of("Номер", v)));
        a.date().ifPresent(v -> front.add(List.of("Дата", v.toString())));
        a.dateText().ifPresent(v -> front.add(List.of("Дата как напечатано", v)));
        a.title().ifPresent(v -> front.add(List.of("Заголовок документа", v)));
        a.addressee().ifPresent(v -> front.add(List.of("Адресат", v)));
        a.signatory()
                .ifPresent(p ->
                        front.add(List.of("Подписал", p.name(), p.position().orElse(""))));
        a.body().forEach(b -> front.add(List.of("Текст документа", b)));
        if (!a.extensions().isEmpty()) {
            front.add(List.of("Расширения документа", Typed.extensions(a.extensions())));
        }
    }

    static String sectionText(Section s) {
        String pretty = s.number().map(n -> n + " " + s.title()).orElse(s.title());
        SectionHeading back = SectionHeading.parse(pretty);
        boolean reads = pretty.indexOf('\n') < 0
                && pretty.equals(pretty.strip())
                && !pretty.isEmpty()
                && back.number().equals(s.number())
                && back.title().equals(s.title());
        return reads ? pretty : s.number().orElse("") + "\n" + s.title();
    }

    private static String lines(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(v.replace("\r\n", LINE).replace('\n', '\u2028').replace('\r', '\u2028'));
        }
        return String.join("\n", out);
    }

    private static String level(Level level) {
        switch (level) {
            case FEDERAL:
                return "федеральный";
            case MUNICIPAL:
                return "муниципальный";
            case SCHOOL:
                return "школьный";
            case REGIONAL:
            default:
                return "региональный";
        }
    }

    private static String kind(ApprovalKind kind) {
        switch (kind) {
            case ORDER:
                return "приказ";
            case LETTER:
                return "письмо";
            case DECREE:
                return "постановление";
            case MINUTES:
                return "протокол";
            case OTHER:
            default:
                return "иной";
        }
    }

    /**
     * Writes a period in the first form of docs/format.md that fits.
     *
     * @param p the period
     * @return "2022", "2022-03", "2022-12/2023-11" or "2021-02-25/2021-12-12"
     */
    public static String period(DateRange p) {
        LocalDate s = p.start();
        LocalDate e = p.end();
        boolean monthStart = s.getDayOfMonth() == 1;
        boolean monthEnd = e.getDayOfMonth() == e.lengthOfMonth();
        if (monthStart && monthEnd && s.getMonthValue() == 1 && e.getMonthValue() == 12 && s.getYear() == e.getYear()) {
            return Integer.toString(s.getYear());
        }
        if (monthStart && monthEnd && YearMonth.from(s).equals(YearMonth.from(e))) {
            return YearMonth.from(s).toString();
        }
        if (monthStart && monthEnd && !e.isBefore(s)) {
            return YearMonth.from(s) + "/" + YearMonth.from(e);
        }
        return s + "/" + e;
    }

    /**
     * Reads a period in any form of docs/format.md.
     *
     * @param text the words
     * @return the period, or empty when the words are none of the forms
     */
    public static Optional<DateRange> period(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return Optional.of(DateRange.ofYear(Integer.parseInt(t)));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return Optional.of(DateRange.ofMonth(YearMonth.parse(t)));
            }
            if (t.matches("\\d{4}-Q[1-4]")) {
                int q = t.charAt(6) - '0';
                YearMonth first = YearMonth.of(Integer.parseInt(t.substring(0, 4)), q * 3 - 2);
                return Optional.of(DateRange.ofMonths(first, first.plusMonths(2)));
            }
            if (t.matches("\\d{4}-\\d{2}/\\d{4}-\\d{2}")) {
                String[] p = t.split("/");
                return Optional.of(DateRange.ofMonths(YearMonth.parse(p[0]), YearMonth.parse(p[1])));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
                String[] p = t.split("/");
                return Optional.of(new DateRange(LocalDate.parse(p[0]), LocalDate.parse(p[1])));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    // ================================================================== reading

    /**
     * Tells whether a document is a table exported by this library: its first non-empty row is the record
     * {@code Дорожная карта | <title>}.
     *
     * @param doc the document
     * @return true for an exported table
     */
    public static boolean isExport(SourceDocument doc) {
        for (SourceBlock b : doc.blocks()) {
            if (b instanceof SourceBlock.Paragraph) {
                if (!((SourceBlock.Paragraph) b).text().isBlank()) {
                    return false;
                }
                continue;
            }
            for (SourceBlock.Row r : ((SourceBlock.Grid) b).rows()) {
                List<String> cells = expand(r);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                return cells.size() >= 2 && cells.get(0).strip().equals(MARK);
            }
        }
        return false;
    }

    /**
     * Reads an exported table back: exactly, with a warning for every row it does not know.
     *
     * @param doc the document
     * @param options metadata that overrides the table's own
     * @return the roadmap and the warnings
     */
    public static ImportResult read(SourceDocument doc, ImportOptions options) {
        return new Reader(doc, options).read();
    }

    static List<String> expand(SourceBlock.Row r) {
        List<String> out = new ArrayList<>();
        for (SourceCell c : r.cells()) {
            out.add(c.text());
            for (int k = 1; k < c.span(); k++) {
                out.add("");
            }
        }
        return out;
    }

    /** The reading of one exported document. */
    private static final class Reader {
        private final SourceDocument doc;
        private final ImportOptions options;
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final Roadmap.Builder b = Roadmap.builder();
        private final List<String> notes = new ArrayList<>();
        private ApprovalDocument.Builder approval;
        private String title = "";
        private String id;
        private Level level;
        private String region;
        private String municipality;
        private final List<Organisation> organisations = new ArrayList<>();

        Reader(SourceDocument doc, ImportOptions options) {
            this.doc = doc;
            this.options = options;
        }

        ImportResult read() {
            warnings.addAll(doc.notes());
            List<int[]> rowNumbers = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (SourceBlock block : doc.blocks()) {
                if (block instanceof SourceBlock.Paragraph) {
                    SourceBlock.Paragraph p = (SourceBlock.Paragraph) block;
                    if (!p.text().isBlank()) {
                        rows.add(List.of(p.text()));
                        rowNumbers.add(new int[] {p.row()});
                    }
                    continue;
                }
                for (SourceBlock.Row r : ((SourceBlock.Grid) block).rows()) {
                    List<String> cells = expand(r);
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    // a spreadsheet pads every row to the width of its table (CSV and .xlsx readers do too): trailing
                    // empty cells are no fields (imp-formats)
                    while (cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    rows.add(cells);
                    rowNumbers.add(new int[] {r.row()});
                }
            }
            int i = 0;
            while (i < rows.size() && !isHeader(rows.get(i))) {
                record(rows.get(i), rowNumbers.get(i)[0]);
                i++;
            }
            List<Section> sections = new ArrayList<>();
            if (i < rows.size()) {
                sections = table(rows.subList(i, rows.size()), rowNumbers.subList(i, rowNumbers.size()));
            }
            b.title(title);
            b.id(options.id()
                    .orElseGet(() -> RoadmapId.of(
                            id == null || id.isBlank() ? "roadmap" : id.strip().replaceAll("[\\r\\n]+", " "))));
            b.level(options.level().orElse(level == null ? Level.REGIONAL : level));
            if (region != null || municipality != null) {
                b.territory(new Territory(Optional.ofNullable(region), Optional.ofNullable(municipality)));
            }
            options.period().ifPresent(b::period);
            options.timeZone().ifPresent(b::timeZone);
            if (approval != null) {
                b.approval(approval.build());
            }
            b.organisations(organisations);
            b.sections(sections);
            b.notes(notes);
            return new ImportResult(b.build(), warnings);
        }

        private static boolean isHeader(List<String> cells) {
            return cells.size() >= 2
                    && cells.get(0).strip().equals(NUMBER)
                    && cells.get(1).strip().equals(TITLE);
        }

        private static String field(List<String> rec, int i) {
            return i < rec.size() ? rec.get(i) : "";
        }

        private static Optional<String> optional(List<String> rec, int i) {
            String v = field(rec, i);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        private void warn(int row, String code, String message) {
            warnings.add(new ImportWarning(doc.source(), row, Optional.empty(), code, message));
        }

        private ApprovalDocument.Builder approval() {
            if (approval == null) {
                approval = ApprovalDocument.builder().kind(ApprovalKind.OTHER);
            }
            return approval;
        }

        private void guarded(int row, List<String> rec, Runnable action) {
            String label = rec.get(0).strip();
            try {
                action.run();
            } catch (RuntimeException e) {
                notes.add(String.join(" ", rec).strip());
                warn(
                        row,
                        "import.bad-field",
                        "the record \"" + label + "\" could not be read (" + e.getMessage()
                                + "); it was kept as a note");
            }
        }

        private void record(List<String> rec, int row) {
            String label = rec.get(0).strip();
            String v = field(rec, 1);
            Runnable action;
            switch (label) {
                case MARK:
                    action = () -> title = v;
                    break;
                case "Идентификатор":
                    action = () -> id = v;
                    break;
                case "Уровень":
                    action = () -> level = levelOf(v);
                    break;
                case "Регион":
                    action = () -> region = v;
                    break;
                case "Муниципалитет":
                    action = () -> municipality = v;
                    break;
                case "Программа":
                    action = () -> b.programme(v);
                    break;
                case "Период":
                    action = () ->
                            b.period(period(v).orElseThrow(() -> new IllegalArgumentException("not a period: " + v)));
                    break;
                case "Часовой пояс":
                    action = () -> b.timeZone(ZoneId.of(v.strip()));
                    break;
                case "Документ":
                    action = () -> approval().kind(kindOf(v));
                    break;
                case "Издал":
                    action = () -> approval().issuer(v);
                    break;
                case "Место":
                    action = () -> approval().place(v);
                    break;
                case "Номер":
                    action = () -> approval().number(v);
                    break;
                case "Дата":
                    action = () -> approval().date(date(v));
                    break;
                case "Дата как напечатано":
                    action = () -> approval().dateText(v);
                    break;
                case "Заголовок документа":
                    action = () -> approval().title(v);
                    break;
                case "Адресат":
                    action = () -> approval().addressee(v);
                    break;
                case "Подписал":
                    action = () -> approval().signatory(new Person(v, optional(rec, 2)));
                    break;
                case "Текст документа":
                    action = () -> approval().addBody(v);
                    break;
                case "Расширения документа":
                    action = () -> approval().putAllExtensions(Typed.extensions(v));
                    break;
                case "Цель":
                    action = () -> b.addGoals(v);
                    break;
                case "Задача":
                    action = () -> {
                        Objective.Builder o = Objective.builder().id(v).title(field(rec, 3));
                        optional(rec, 2).ifPresent(o::number);
                        o.putAllExtensions(Typed.extensions(field(rec, 4)));
                        b.addObjectives(o.build());
                    };
                    break;
                case "Организация":
                    action = () -> {
                        Organisation.Builder o = Organisation.builder()
                                .name(field(rec, 2))
                                .kind(
                                        field(rec, 3).isBlank()
                                                ? OrganisationKind.OTHER
                                                : Typed.enumOf(
                                                        OrganisationKind.class,
                                                        field(rec, 3).strip()));
                        optional(rec, 1).ifPresent(o::abbreviation);
                        o.putAllExtensions(Typed.extensions(field(rec, 4)));
                        organisations.add(o.build());
                    };
                    break;
                case "Термин":
                    action = () -> b.addTerms(new Term(v, field(rec, 2)));
                    break;
                case "Участник":
                    action = () -> {
                        Participant.Builder p = Participant.builder()
                                .kind(Typed.enumOf(ParticipantKind.class, v.strip()))
                                .name(field(rec, 2));
                        optional(rec, 3).ifPresent(p::position);
                        optional(rec, 4).ifPresent(p::organisation);
                        optional(rec, 5).ifPresent(n -> p.head(new Person(n, optional(rec, 6))));
                        p.putAllExtensions(Typed.extensions(field(rec, 7)));
                        b.addParticipants(p.build());
                    };
                    break;
                case "Отчётность":
                    action = () -> {
                        ReportingRequirement.Builder r =
                                ReportingRequirement.builder().deadline(Typed.deadline(v));
                        optional(rec, 2).ifPresent(r::reporter);
                        optional(rec, 3).ifPresent(r::recipient);
                        optional(rec, 4).ifPresent(r::subject);
                        r.putAllExtensions(Typed.extensions(field(rec, 5)));
                        b.addReporting(r.build());
                    };
                    break;
                case "Факт":
                    action = () -> {
                        ContextFact.Builder f = ContextFact.builder().text(v);
                        optional(rec, 2).ifPresent(t -> f.total(new BigDecimal(t.strip())));
                        optional(rec, 3).ifPresent(f::totalOf);
                        f.partition(field(rec, 4).strip().equals("да"));
                        f.putAllExtensions(Typed.extensions(field(rec, 5)));
                        for (int k = 6; k + 1 < rec.size(); k += 3) {
                            f.addShares(new Share(
                                    rec.get(k),
                                    new BigDecimal(rec.get(k + 1).strip()),
                                    optional(rec, k + 2).map(c -> new BigDecimal(c.strip()))));
                        }
                        b.addContext(f.build());
                    };
                    break;
                case "Столбцы":
                    action = () -> b.columns(rec.subList(1, rec.size()));
                    break;
                case "Примечание":
                    action = () -> notes.add(v);
                    break;
                case "Расширения":
                    action = () -> b.putAllExtensions(Typed.extensions(v));
                    break;
                default:
                    action = () -> {
                        notes.add(String.join(" ", rec).strip());
                        warn(
                                row,
                                "import.unknown-row",
                                "the row \"" + label + "\" is no record of the exported layout; it was kept as a note");
                    };
                    break;
            }
            guarded(row, rec, action);
        }

        private List<Section> table(List<List<String>> rows, List<int[]> numbers) {
            List<String> header = rows.get(0);
            int[] col = new int[9];
            java.util.Arrays.fill(col, -1);
            List<String> names = List.of(NUMBER, TITLE, DEADLINE, EXECUTORS, RESULTS, OBJECTIVE, ID, NOTES, EXTENSIONS);
            for (int c = 0; c < header.size(); c++) {
                int k = names.indexOf(header.get(c).strip());
                if (k >= 0 && col[k] < 0) {
                    col[k] = c;
                } else if (!header.get(c).isBlank()) {
                    warn(
                            numbers.get(0)[0],
                            "import.unknown-column",
                            "the column \"" + header.get(c)
                                    + "\" is no column of the exported layout; its cells were kept as notes");
                }
            }
            List<Section.Builder> sections = new ArrayList<>();
            Section.Builder current = null;
            for (int i = 1; i < rows.size(); i++) {
                List<String> r = rows.get(i);
                int row = numbers.get(i)[0];
                if (isHeader(r)) {
                    continue;
                }
                String number = cell(r, col[0]);
                boolean section = cell(r, col[1]).isEmpty()
                        && cell(r, col[2]).isEmpty()
                        && cell(r, col[3]).isEmpty()
                        && cell(r, col[4]).isEmpty()
                        && !number.isEmpty();
                try {
                    if (section) {
                        Section.Builder s = Section.builder();
                        if (number.indexOf('\n') >= 0) {
                            String n = number.substring(0, number.indexOf('\n'));
                            if (!n.isEmpty()) {
                                s.number(n);
                            }
                            s.title(number.substring(number.indexOf('\n') + 1));
                        } else {
                            SectionHeading h = SectionHeading.parse(number);
                            h.number().ifPresent(s::number);
                            s.title(h.title());
                        }
                        optional(cell(r, col[5])).ifPresent(s::objective);
                        s.notes(values(cell(r, col[7])));
                        s.putAllExtensions(Typed.extensions(cell(r, col[8])));
                        unknown(r, col, s::addNotes);
                        sections.add(s);
                        current = s;
                        continue;
                    }
                    if (current == null) {
                        current = Section.builder().title("");
                        sections.add(current);
                    }
                    Activity.Builder a = Activity.builder().title(cell(r, col[1]));
                    optional(number).ifPresent(a::number);
                    optional(cell(r, col[2])).ifPresent(d -> a.deadline(Typed.deadline(d)));
                    for (String e : values(cell(r, col[3]))) {
                        a.addExecutors(Typed.executor(e, organisations));
                    }
                    for (String e : values(cell(r, col[4]))) {
                        a.addResults(Typed.result(e));
                    }
                    optional(cell(r, col[5])).ifPresent(a::objective);
                    optional(cell(r, col[6])).ifPresent(a::id);
                    a.notes(values(cell(r, col[7])));
                    a.putAllExtensions(Typed.extensions(cell(r, col[8])));
                    unknown(r, col, a::addNotes);
                    current.addActivities(a.build());
                } catch (RuntimeException e) {
                    warn(
                            row,
                            "import.bad-field",
                            "the row could not be read (" + e.getMessage() + "); it was kept as a note");
                    notes.add(String.join(" | ", r));
                }
            }
            List<Section> out = new ArrayList<>();
            sections.forEach(s -> out.add(s.build()));
            return out;
        }

        private static void unknown(List<String> r, int[] col, Consumer<String> notes) {
            for (int c = 0; c < r.size(); c++) {
                boolean known = false;
                for (int k : col) {
                    known |= k == c;
                }
                if (!known && !r.get(c).isBlank()) {
                    notes.accept(r.get(c));
                }
            }
        }

        private static String cell(List<String> r, int c) {
            return c >= 0 && c < r.size() ? r.get(c) : "";
        }

        private static Optional<String> optional(String v) {
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        private static List<String> values(String cell) {
            List<String> out = new ArrayList<>();
            if (cell.isEmpty()) {
                return out;
            }
            for (String line : cell.split("\n", -1)) {
                out.add(line.replace('\u2028', '\n'));
            }
            return out;
        }

        private static Level levelOf(String v) {
            switch (v.strip()) {
                case "федеральный":
                    return Level.FEDERAL;
                case "муниципальный":
                    return Level.MUNICIPAL;
                case "школьный":
                    return Level.SCHOOL;
                case "региональный":
                    return Level.REGIONAL;
                default:
                    throw new IllegalArgumentException(
                            "a level is one of федеральный, региональный, муниципальный, школьный");
            }
        }

        private static ApprovalKind kindOf(String v) {
            switch (v.strip()) {
                case "приказ":
                    return ApprovalKind.ORDER;
                case "письмо":
                    return ApprovalKind.LETTER;
                case "постановление":
                    return ApprovalKind.DECREE;
                case "протокол":
                    return ApprovalKind.MINUTES;
                default:
                    return ApprovalKind.OTHER;
            }
        }

        private static LocalDate date(String v) {
            String t = v.strip();
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern("d.M.yyyy"));
            }
            return LocalDate.parse(t);
        }
    }
}
