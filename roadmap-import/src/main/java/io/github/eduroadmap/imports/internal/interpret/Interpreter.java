package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.internal.layout.TableLayout;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link SourceDocument} into a roadmap: finds the activity table among the document's blocks, reads its
 * rows ({@link GridReader}, or {@link LineTable} when the table came without cell separators), the text around it
 * ({@link FrontMatter}), builds the glossary ({@link Glossary}), splits executors ({@link ExecutorSplitter}) and
 * results, types deadlines and targets, and infers the metadata ({@link Metadata}). Every row lands somewhere; what
 * is uncertain is a warning with its source row. Never throws on any document.
 *
 * <p>The table is the first grid with a header row, or else the largest grid; grids after it continue it when they
 * are as wide, and paragraphs between such grids are rows of one cell (a section title printed outside the table).
 * Blocks before the table, and its rows before the header, are the text before it; blocks after it the text after.
 */
public final class Interpreter {

    /** Creates an interpreter; it holds no state and is thread-safe. */
    public Interpreter() {}

    /**
     * Interprets a document.
     *
     * @param doc the document
     * @param options metadata the caller gives
     * @return the roadmap and the warnings
     */
    public ImportResult interpret(SourceDocument doc, ImportOptions options) {
        if (TableLayout.isExport(doc)) {
            return TableLayout.read(doc, options);
        }
        Warnings warnings = new Warnings(doc.source());
        warnings.addAll(doc.notes());
        List<SourceBlock> blocks = doc.blocks();
        int start = tableStart(blocks);
        List<FrontMatter.Para> before = new ArrayList<>();
        List<FrontMatter.Para> after = new ArrayList<>();
        List<Raw.Section> rawSections;
        List<String> columns;
        List<String> tableNotes = new ArrayList<>();
        if (start >= 0) {
            List<Raw.Line> lines = new ArrayList<>();
            int width = width((SourceBlock.Grid) blocks.get(start));
            int end = start;
            lines.addAll(lines((SourceBlock.Grid) blocks.get(start)));
            int j = start + 1;
            while (j < blocks.size()) {
                int k = j;
                List<Raw.Line> between = new ArrayList<>();
                while (k < blocks.size() && blocks.get(k) instanceof SourceBlock.Paragraph && k - j < 3) {
                    SourceBlock.Paragraph p = (SourceBlock.Paragraph) blocks.get(k);
                    between.add(
                            new Raw.Line(p.row(), List.of(CellText.fold(p.text())), List.of(false), List.of(1), true));
                    k++;
                }
                if (k < blocks.size()
                        && blocks.get(k) instanceof SourceBlock.Grid
                        && continues((SourceBlock.Grid) blocks.get(k), width)) {
                    lines.addAll(between);
                    lines.addAll(lines((SourceBlock.Grid) blocks.get(k)));
                    end = k;
                    j = k + 1;
                } else {
                    break;
                }
            }
            for (int i = 0; i < start; i++) {
                before.addAll(paragraphs(blocks.get(i)));
            }
            GridReader grid = new GridReader(warnings);
            grid.read(lines);
            for (Raw.Line l : grid.before) {
                before.add(new FrontMatter.Para(
                        l.row,
                        String.join(
                                "\t", l.cells.stream().filter(s -> !s.isBlank()).toList())));
            }
            for (int i = end + 1; i < blocks.size(); i++) {
                after.addAll(paragraphs(blocks.get(i)));
            }
            rawSections = grid.sections;
            columns = grid.columns;

        } else {
            List<FrontMatter.Para> all = new ArrayList<>();
            for (SourceBlock b : blocks) {
                all.addAll(paragraphs(b));
            }
            LineTable table = new LineTable(warnings);
            table.read(all);
            before.addAll(table.before);
            after.addAll(table.after);
            rawSections = table.sections;
            columns = table.columns;
            tableNotes.addAll(table.notes);
            if (rawSections.isEmpty()) {
                warnings.add(
                        blocks.isEmpty() ? 1 : blocks.get(0).row(),
                        "import.no-table",
                        "no activity table was found; the text was kept as notes");
            }
        }
        return build(doc, options, warnings, before, after, rawSections, columns, tableNotes);
    }

    private static ImportResult build(
            SourceDocument doc,
            ImportOptions options,
            Warnings warnings,
            List<FrontMatter.Para> before,
            List<FrontMatter.Para> after,
            List<Raw.Section> rawSections,
            List<String> columns,
            List<String> tableNotes) {
        Glossary glossary = new Glossary();
        ExecutorSplitter executors = new ExecutorSplitter(glossary);
        for (FrontMatter.Para p : before) {
            glossary.collectFollowing(CellText.fold(p.text()), p.row(), false);
        }
        for (Raw.Section s : rawSections) {
            glossary.collectFollowing(s.title, s.row, false);
            for (Raw.Activity a : s.activities) {
                glossary.collectFollowing(a.title, a.row, false);
                executors.define(a.executors, a.row);
                glossary.collectFollowing(a.results, a.row, false);
            }
        }
        for (FrontMatter.Para p : before) {
            glossary.collectBracketed(CellText.fold(p.text()), p.row());
        }
        for (Raw.Section s : rawSections) {
            glossary.collectBracketed(s.title, s.row);
            for (Raw.Activity a : s.activities) {
                glossary.collectBracketed(a.title, a.row);
                glossary.collectBracketed(a.results, a.row);
            }
        }
        FrontMatter front = new FrontMatter(glossary, warnings);
        front.read(before, after);
        front.approval.flatMap(ap -> ap.issuer()).ifPresent(issuer -> {
            String named = mixedCase(issuer, before);
            if (!named.equals(named.toUpperCase(java.util.Locale.ROOT)) && Glossary.isNamedOrganisation(named)) {
                glossary.named(named, before.isEmpty() ? 1 : before.get(0).row());
            }
        });
        front.approval.flatMap(ap -> ap.addressee()).ifPresent(a -> {
            if (Glossary.isNamedOrganisation(a)) {
                glossary.named(a, before.isEmpty() ? 1 : before.get(0).row());
            }
        });

        List<Section> sections = new ArrayList<>();
        List<String> deadlineWords = new ArrayList<>();
        for (Raw.Section rs : rawSections) {
            Section.Builder sb = Section.builder().title(rs.title).notes(rs.notes);
            rs.number.ifPresent(sb::number);
            if (!rs.objective.isBlank()) {
                sb.objective(rs.objective);
            }
            for (Raw.Activity ra : rs.activities) {
                sb.addActivities(activity(ra, executors, warnings, deadlineWords));
            }
            sections.add(sb.build());
        }
        sections = linkObjectives(sections, front.objectives);
        front.participantsAndReporting();

        String title = front.title.orElseGet(() -> {
            warnings.add(
                    before.isEmpty() ? 1 : before.get(0).row(),
                    "import.no-title",
                    "no title was found; the source's name was used");
            return Metadata.id(doc.source());
        });
        Roadmap.Builder b = Roadmap.builder()
                .id(options.id().orElseGet(() -> RoadmapId.of(Metadata.id(doc.source()))))
                .title(title);
        b.level(options.level().orElseGet(() -> Metadata.level(issuerKindOf(front, glossary), title)));
        List<String> places = new ArrayList<>();
        places.add(title);
        front.approval.flatMap(ap -> ap.issuer()).ifPresent(places::add);
        front.goals.forEach(places::add);
        glossary.organisations().forEach(o -> places.add(o.name()));
        Optional<Metadata.Region> region = Metadata.region(places);
        Optional<String> municipality = b.build().level() == io.github.eduroadmap.model.Level.MUNICIPAL
                ? Metadata.municipality(places)
                : Optional.empty();
        if (region.isPresent() || municipality.isPresent()) {
            b.territory(new Territory(region.map(Metadata.Region::name), municipality));
        }
        StringBuilder everything = new StringBuilder();
        for (FrontMatter.Para p : before) {
            everything.append(p.text()).append('\n');
        }
        for (Section s : sections) {
            for (Activity a : s.activities()) {
                everything.append(a.title()).append('\n');
            }
        }
        Metadata.programme(title, everything.toString()).ifPresent(b::programme);
        Optional<DateRange> period = options.period().or(() -> Metadata.periodFromTitle(title));
        if (period.isEmpty()) {
            period = Metadata.periodFromDeadlines(deadlineWords);
            period.ifPresent(p -> warnings.add(
                    front.titleRow > 0 ? front.titleRow : 1,
                    "import.period-inferred",
                    "the title names no period: " + p.start().getYear() + "-"
                            + p.end().getYear() + " was taken from the years the deadlines name"));
        }
        period.ifPresent(b::period);
        options.timeZone().or(() -> region.map(Metadata.Region::zone)).ifPresent(b::timeZone);
        front.approval.ifPresent(b::approval);
        b.goals(front.goals)
                .objectives(front.objectives)
                .organisations(glossary.organisations())
                .terms(glossary.terms())
                .participants(front.participants)
                .reporting(front.reporting)
                .context(front.context)
                .columns(columns)
                .sections(sections)
                .notes(front.notes)
                .addAllNotes(tableNotes);
        return new ImportResult(b.build(), warnings.sorted());
    }

    private static Optional<OrganisationKind> issuerKindOf(FrontMatter front, Glossary glossary) {
        Optional<OrganisationKind> k = front.approval.flatMap(ap -> ap.issuer()).flatMap(Glossary::kindOf);
        if (k.isPresent()) {
            return k;
        }
        return glossary.organisations().stream()
                .map(o -> o.kind())
                .filter(x -> x == OrganisationKind.MUNICIPAL_AUTHORITY || x == OrganisationKind.REGIONAL_AUTHORITY)
                .findFirst();
    }

    /** The issuer's words as they are printed in mixed case elsewhere, when the header prints them in capitals. */
    private static String mixedCase(String issuer, List<FrontMatter.Para> paras) {
        if (!issuer.equals(issuer.toUpperCase(java.util.Locale.ROOT))) {
            return issuer;
        }
        String lower = issuer.toLowerCase(java.util.Locale.ROOT);
        for (FrontMatter.Para p : paras) {
            String f = CellText.fold(p.text());
            int at = f.toLowerCase(java.util.Locale.ROOT).indexOf(lower);
            if (at >= 0) {
                String candidate = f.substring(at, at + issuer.length());
                if (!candidate.equals(candidate.toUpperCase(java.util.Locale.ROOT))) {
                    return candidate;
                }
            }
        }
        return issuer;
    }

    private static Activity activity(
            Raw.Activity ra, ExecutorSplitter executors, Warnings warnings, List<String> deadlineWords) {
        Activity.Builder b = Activity.builder().title(ra.title).notes(ra.notes);
        if (!ra.number.isBlank()) {
            b.number(ra.number);
        }
        if (!ra.id.isBlank()) {
            b.id(ra.id);
        }
        if (!ra.objective.isBlank()) {
            b.objective(ra.objective);
        }
        String deadline = ra.deadline;
        if (deadline.isBlank() && !ra.deadlineStart.isBlank() && !ra.deadlineEnd.isBlank()) {
            deadline = ra.deadlineStart + " - " + ra.deadlineEnd;
        } else if (deadline.isBlank()) {
            deadline = !ra.deadlineStart.isBlank() ? ra.deadlineStart : ra.deadlineEnd;
        }
        Optional<String> inTitle = Results.deadlineIn(ra.title);
        if (deadline.isBlank() && inTitle.isPresent()) {
            deadline = inTitle.get();
            warnings.add(
                    ra.row,
                    "import.deadline-in-title",
                    "the deadline cell is empty; the deadline \"" + deadline
                            + "\" printed in the activity's words was taken (the words keep it)");
        } else if (inTitle.isPresent()) {
            warnings.add(
                    ra.row,
                    "import.deadline-in-title",
                    "the activity's words name a deadline (\"" + inTitle.get()
                            + "\") besides the deadline cell; the cell's deadline was kept");
        }
        if (!deadline.isBlank()) {
            Deadline d = Deadline.parse(deadline);
            b.deadline(d);
            deadlineWords.add(deadline);
            if (!d.isParsed()) {
                warnings.add(
                        ra.row,
                        "import.unparsed-deadline",
                        "the deadline \"" + deadline + "\" was not understood; it was kept as words");
            }
        }
        ExecutorSplitter.Split split = executors.split(ra.executors);
        for (String together : split.runTogether()) {
            warnings.add(
                    ra.row,
                    "import.executor-split",
                    "executors printed without a separator were split: \"" + together + "\"");
        }
        for (String part : split.parts()) {
            Executor e = executors.resolve(part, ra.row);
            b.addExecutors(e);
        }
        for (String r : Results.split(ra.results)) {
            b.addResults(ExpectedResult.parse(r));
        }
        if (ra.title.isBlank()) {
            warnings.add(ra.row, "import.no-title", "the activity has no words in its activity column");
        }
        return b.build();
    }

    private static List<Section> linkObjectives(List<Section> sections, List<Objective> objectives) {
        if (objectives.isEmpty()) {
            return sections;
        }
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.objective().isPresent()) {
                out.add(s);
                continue;
            }
            Optional<String> id = Optional.empty();
            if (s.number().isPresent() && s.number().get().startsWith("Задача")) {
                String digits = s.number().get().replaceAll("[^0-9.]", "").replaceAll("^\\.+|\\.+$", "");
                if (objectives.stream().anyMatch(o -> o.id().equals(digits))) {
                    id = Optional.of(digits);
                }
            }
            if (id.isEmpty()) {
                double best = 0.7;
                for (Objective o : objectives) {
                    double score = similarity(s.title(), o.title());
                    if (score >= best) {
                        best = score;
                        id = Optional.of(o.id());
                    }
                }
            }
            out.add(id.map(s::withObjective).orElse(s));
        }
        return out;
    }

    /** The share of a section title's longer words found, inflected or not, in an objective's title. */
    static double similarity(String section, String objective) {
        List<String> a = CellText.words(section);
        List<String> b = CellText.words(objective);
        int n = 0;
        int found = 0;
        for (String w : a) {
            if (w.length() < 4) {
                continue;
            }
            n++;
            for (String v : b) {
                if (CellText.sameStem(w, v)) {
                    found++;
                    break;
                }
            }
        }
        return n == 0 ? 0 : (double) found / n;
    }

    // ------------------------------------------------------------------ blocks

    private static int tableStart(List<SourceBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof SourceBlock.Grid) {
                for (Raw.Line l : lines((SourceBlock.Grid) blocks.get(i))) {
                    if (GridReader.isHeader(l)) {
                        return i;
                    }
                }
            }
        }
        int best = -1;
        int bestRows = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof SourceBlock.Grid) {
                int rows = 0;
                for (SourceBlock.Row r : ((SourceBlock.Grid) blocks.get(i)).rows()) {
                    long filled =
                            r.cells().stream().filter(c -> !c.text().isBlank()).count();
                    if (filled >= 2) {
                        rows++;
                    }
                }
                if (rows >= 2 && rows > bestRows) {
                    best = i;
                    bestRows = rows;
                }
            }
        }
        return best;
    }

    private static boolean continues(SourceBlock.Grid grid, int width) {
        return Math.abs(width(grid) - width) <= 1;
    }

    private static int width(SourceBlock.Grid grid) {
        int w = 0;
        for (Raw.Line l : lines(grid)) {
            w = Math.max(w, l.cells.size());
        }
        return w;
    }

    static List<Raw.Line> lines(SourceBlock.Grid grid) {
        List<Raw.Line> out = new ArrayList<>();
        for (SourceBlock.Row r : grid.rows()) {
            List<String> cells = new ArrayList<>();
            List<Boolean> merged = new ArrayList<>();
            List<Integer> spans = new ArrayList<>();
            for (SourceCell c : r.cells()) {
                cells.add(c.text());
                merged.add(c.mergedFromAbove());
                spans.add(c.span());
                for (int k = 1; k < c.span(); k++) {
                    cells.add("");
                    merged.add(c.mergedFromAbove());
                    spans.add(0);
                }
            }
            out.add(new Raw.Line(r.row(), cells, merged, spans, false));
        }
        return out;
    }

    private static List<FrontMatter.Para> paragraphs(SourceBlock b) {
        List<FrontMatter.Para> out = new ArrayList<>();
        if (b instanceof SourceBlock.Paragraph) {
            SourceBlock.Paragraph p = (SourceBlock.Paragraph) b;
            if (!p.text().isBlank()) {
                out.add(new FrontMatter.Para(p.row(), p.text()));
            }
        } else {
            for (SourceBlock.Row r : ((SourceBlock.Grid) b).rows()) {
                List<String> texts = new ArrayList<>();
                for (SourceCell c : r.cells()) {
                    if (!c.text().isBlank()) {
                        texts.add(CellText.fold(c.text()));
                    }
                }
                if (!texts.isEmpty()) {
                    out.add(new FrontMatter.Para(r.row(), String.join("\t", texts)));
                }
            }
        }
        return out;
    }
}
