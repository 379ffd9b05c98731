package io.github.eduroadmap.imports.internal.table;

import java.util.ArrayList;
import java.util.List;

/** Source documents built in code, and views of them that ignore what a format cannot carry. */
public final class Samples {

    private Samples() {}

    public static SourceCell c(String text) {
        return SourceCell.of(text);
    }

    public static SourceCell span(String text, int span) {
        return new SourceCell(text, span, false);
    }

    public static SourceCell above() {
        return new SourceCell("", 1, true);
    }

    public static SourceBlock.Row row(int number, SourceCell... cells) {
        return new SourceBlock.Row(number, List.of(cells));
    }

    /** A roadmap-like document: a title, the table with a header, column numbers, sections and tricky cells, a note. */
    public static SourceDocument roadmapLike() {
        List<SourceBlock.Row> rows = List.of(
                row(
                        1,
                        c("№ п/п"),
                        c("Срок исполнения"),
                        c("Мероприятие"),
                        c("Ответственный исполнитель"),
                        c("Ожидаемый результат/показатель")),
                row(2, c("1"), c("2"), c("3"), c("4"), c("5")),
                row(3, span("Задача 1. Принятие управленческих решений; «качество»", 5)),
                row(
                        4,
                        c("1."),
                        c("Январь 2022"),
                        c("Анализ результатов ВПР,\nОГЭ и ЕГЭ"),
                        c("МОУО\nОО"),
                        c("Справка \"о результатах\"")),
                row(5, c("2."), c("=SUM(A1:A2)"), c("+7 (423) 123-45-67"), c("-"), c("@МОУО")),
                row(6, c("3."), c("'=уже с апострофом"), c("Ежемесячно; до 10 числа"), c("Н.Е. Байрачный"), c("100%")),
                row(7, c("4."), span("Сентябрь - октябрь: два столбца одной ячейкой", 2), c("ИРО"), c("Диссеминация")),
                row(8, c("5."), c("Март"), c("Семинар | с вертикальной чертой"), above(), c("  пробелы по краям  ")),
                row(9, span("II. Второй раздел без мероприятий", 5)));
        return new SourceDocument(
                "sample",
                List.of(
                        new SourceBlock.Paragraph(1, "Дорожная карта\nпо повышению качества образования в 2022 году"),
                        new SourceBlock.Paragraph(2, "Цель: повышение качества образования."),
                        new SourceBlock.Grid(3, rows),
                        new SourceBlock.Paragraph(20, "Министр И.И. Иванов")));
    }

    /** The first grid of a document. */
    public static SourceBlock.Grid grid(SourceDocument d) {
        return d.blocks().stream()
                .filter(SourceBlock.Grid.class::isInstance)
                .map(SourceBlock.Grid.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** The paragraphs' texts and the grids' cells, in order, without source rows. */
    public static List<Object> content(SourceDocument document) {
        List<Object> out = new ArrayList<>();
        for (SourceBlock b : document.blocks()) {
            if (b instanceof SourceBlock.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof SourceBlock.Grid g) {
                for (SourceBlock.Row r : g.rows()) {
                    out.add(r.cells());
                }
            }
        }
        return out;
    }

    /** As {@link #content} with every span spread into empty cells and no merge from above: what CSV can carry. */
    public static List<Object> flatContent(SourceDocument document) {
        List<Object> out = new ArrayList<>();
        for (Object o : content(document)) {
            if (o instanceof List<?> cells) {
                List<String> texts = new ArrayList<>();
                for (Object cell : cells) {
                    SourceCell c = (SourceCell) cell;
                    texts.add(c.text());
                    for (int i = 1; i < c.span(); i++) {
                        texts.add("");
                    }
                }
                out.add(texts);
            } else {
                out.add(o);
            }
        }
        return out;
    }
}
