package io.github.eduroadmap.imports.internal.docx;

import static io.github.eduroadmap.imports.internal.table.Samples.c;
import static io.github.eduroadmap.imports.internal.table.Samples.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.internal.table.ReadLimits;
import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.imports.internal.table.Zips;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTests {

    static final Path FIXTURES = Path.of("src/test/fixtures");

    static SourceDocument read(byte[] bytes) {
        return new DocxReader().read(new ByteArrayInputStream(bytes), "t.docx");
    }

    static SourceBlock.Grid grid(SourceDocument d) {
        return Samples.grid(d);
    }

    @Nested
    class MadeByLibreOffice {
        private final SourceDocument d;

        MadeByLibreOffice() throws IOException {
            try (InputStream in = Files.newInputStream(FIXTURES.resolve("roadmap-libreoffice.docx"))) {
                d = new DocxReader().read(in, "roadmap-libreoffice.docx");
            }
        }

        @Test
        void readsTheParagraphsAroundTheTableInDocumentOrder() {
            assertThat(d.blocks()).hasSize(4);
            assertThat(d.blocks().get(0))
                    .isEqualTo(new SourceBlock.Paragraph(
                            1,
                            "«Дорожная карта» по организации работы с общеобразовательными организациями, слабо вовлеченными в"
                                    + " проект «500 +», в 2022 году"));
            assertThat(d.blocks().get(1)).isInstanceOf(SourceBlock.Paragraph.class);
            assertThat(d.blocks().get(2)).isInstanceOf(SourceBlock.Grid.class);
            assertThat(d.blocks().get(3))
                    .isEqualTo(new SourceBlock.Paragraph(
                            3, "Заместитель министра образования Приморского края М.В. Шкуратская"));
        }

        @Test
        void keepsTheHeaderMarkedToRepeatOnceAndSaysWhereItsCopyWas() {
            assertThat(grid(d).rows())
                    .extracting(SourceBlock.Row::row)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24);
            assertThat(d.notes())
                    .extracting(Object::toString)
                    .containsExactly("roadmap-libreoffice.docx:17 [import.repeated-header] the row repeats the header"
                            + " row 1 (as after a page break); it is kept once, at row 1");
        }

        @Test
        void readsSpansMergesAndMultiLineCells() {
            List<SourceBlock.Row> rows = grid(d).rows();
            assertThat(rows.get(0).cells())
                    .containsExactly(
                            c("№ п/п"),
                            c("Срок исполнения"),
                            c("Мероприятие"),
                            c("Ответственный исполнитель"),
                            c("Ожидаемый результат/показатель"));
            assertThat(rows.get(1).cells()).containsExactly(c("1"), c("2"), c("3"), c("4"), c("5"));
            assertThat(rows.get(2).cells())
                    .containsExactly(span(
                            "Задача 1. Обеспечить информационно-методическую поддержку школам с низкими образовательными"
                                    + " результатами",
                            5));
            assertThat(rows.get(3).cells().get(3)).isEqualTo(c("ГАУ ДПО ПК ИРО\nМОУО"));
            assertThat(rows.get(12).cells().get(3)).isEqualTo(c("Муниципальный координатор\n(по согласованию)"));
            assertThat(rows.get(13).row()).isEqualTo(14);
            assertThat(rows.get(13).cells().get(3)).isEqualTo(Samples.above());
        }
    }

    @Nested
    class MadeByPoi {
        @Test
        void readsParagraphLineBreaksAndCountsEmptyParagraphs() {
            byte[] bytes = document(doc -> {
                XWPFRun run = doc.createParagraph().createRun();
                run.setText("Дорожная карта");
                run.addBreak();
                run.setText("на 2022 год", 1);
                doc.createParagraph();
                doc.createParagraph().createRun().setText("Цель: качество");
            });
            assertThat(read(bytes).blocks())
                    .containsExactly(
                            new SourceBlock.Paragraph(1, "Дорожная карта\nна 2022 год"),
                            new SourceBlock.Paragraph(3, "Цель: качество"));
        }

        @Test
        void readsAnOldWordsHorizontalMergeAndCellsBeforeTheGrid() {
            byte[] bytes = document(doc -> {
                XWPFTable t = doc.createTable(2, 3);
                fill(t.getRow(0), "№", "Срок", "Мероприятие");
                fill(t.getRow(1), "Задача 1.", "", "продолжение");
                t.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.CONTINUE);
                t.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.CONTINUE);
                XWPFTableRow third = t.createRow();
                third.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
                third.removeCell(2);
                fill(third, "Май", "Семинар");
            });
            assertThat(grid(read(bytes)).rows())
                    .containsExactly(
                            Samples.row(1, c("№"), c("Срок"), c("Мероприятие")),
                            Samples.row(2, span("Задача 1.\nпродолжение", 3)),
                            Samples.row(3, c(""), c("Май"), c("Семинар")));
        }

        @Test
        void readsTheTextOfATableNestedInACell() {
            byte[] bytes = document(doc -> {
                XWPFTable t = doc.createTable(2, 2);
                fill(t.getRow(0), "Мероприятие", "Результат");
                fill(t.getRow(1), "Семинар", "");
                XWPFTableCell cell = t.getRow(1).getCell(1);
                XWPFTable nested =
                        cell.insertNewTbl(cell.getParagraphArray(0).getCTP().newCursor());
                XWPFTableRow r = nested.createRow();
                r.addNewTableCell().setText("2022");
                r.addNewTableCell().setText("80%");
            });
            assertThat(grid(read(bytes)).rows().get(1).cells().get(1).text()).contains("2022\t80%");
        }

        @Test
        void takesTheLeadingRowsMarkedToRepeatAsTheHeader() {
            byte[] bytes = document(doc -> {
                XWPFTable t = doc.createTable(5, 2);
                fill(t.getRow(0), "Срок", "Мероприятие");
                fill(t.getRow(1), "Начало – окончание", "");
                fill(t.getRow(2), "Март", "Семинар");
                fill(t.getRow(3), "Начало – окончание", "");
                fill(t.getRow(4), "Май", "Вебинар");
                t.getRow(0).setRepeatHeader(true);
                t.getRow(1).setRepeatHeader(true);
            });
            SourceDocument d = read(bytes);
            // the second header row has one filled cell: it is not taken for a repeat
            assertThat(grid(d).rows()).extracting(SourceBlock.Row::row).containsExactly(1, 2, 3, 4, 5);
            assertThat(d.notes()).isEmpty();
        }

        @Test
        void readsADocumentWithoutATableAsParagraphs() {
            byte[] bytes = document(doc -> doc.createParagraph().createRun().setText("Только текст"));
            assertThat(read(bytes).blocks()).containsExactly(new SourceBlock.Paragraph(1, "Только текст"));
        }
    }

    @Nested
    class HostileFiles {
        @Test
        void refusesAZipBomb() {
            byte[] bomb = Zips.bomb("word/document.xml", 200L << 20);
            assertThatThrownBy(() -> read(bomb))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.docx: unpacks to more than 134217728 bytes (at part word/document.xml)");
        }

        @Test
        void refusesMoreTableRowsThanTheLimit() {
            byte[] bytes = document(doc -> doc.createTable(11, 2));
            DocxReader small = new DocxReader(new ReadLimits(1 << 20, 1 << 24, 100, 10, 1000));
            assertThatThrownBy(() -> small.read(new ByteArrayInputStream(bytes), "t.docx"))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.docx: more than 10 table rows");
        }

        @Test
        void refusesAnExcelWorkbook() throws IOException {
            byte[] xlsx = Files.readAllBytes(FIXTURES.resolve("roadmap-libreoffice.xlsx"));
            assertThatThrownBy(() -> read(xlsx))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.docx: an Excel .xlsx workbook, not a Word .docx document");
        }

        @Test
        void refusesAZipArchiveThatIsNoOfficeDocument() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
                zip.write('x');
            }
            assertThatThrownBy(() -> read(bytes.toByteArray()))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.docx: a zip archive without the parts of an Office document, not a Word .docx"
                            + " document");
        }

        @Test
        void refusesAnOfficeArchiveWithoutADocument() {
            byte[] zip = Zips.bomb("readme.txt", 10);
            assertThatThrownBy(() -> read(zip))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.docx: not a Word .docx document: ");
        }

        @Test
        void refusesText() {
            assertThatThrownBy(() -> read("Дорожная карта".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.docx: not a Word .docx document (not a zip archive at all)");
        }
    }

    static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    interface Build {
        void build(XWPFDocument document) throws IOException;
    }

    static byte[] document(Build build) {
        try (XWPFDocument doc = new XWPFDocument()) {
            build.build(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
