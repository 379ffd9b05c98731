package io.github.eduroadmap.imports.internal.xlsx;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class XlsxReaderTests {

    static final Path FIXTURES = Path.of("src/test/fixtures");

    static SourceDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XlsxReader().read(in, file.getFileName().toString());
        }
    }

    static SourceDocument read(byte[] bytes) {
        return new XlsxReader().read(new ByteArrayInputStream(bytes), "t.xlsx");
    }

    static SourceBlock.Grid grid(SourceDocument d) {
        return d.blocks().stream()
                .filter(SourceBlock.Grid.class::isInstance)
                .map(SourceBlock.Grid.class::cast)
                .findFirst()
                .orElseThrow();
    }

    static SourceBlock.Row row(SourceBlock.Grid grid, int number) {
        return grid.rows().stream().filter(r -> r.row() == number).findFirst().orElseThrow();
    }

    @Nested
    class MadeByLibreOffice {
        private final SourceDocument d;

        MadeByLibreOffice() throws IOException {
            d = read(FIXTURES.resolve("roadmap-libreoffice.xlsx"));
        }

        @Test
        void readsTheTitleAndGoalAboveTheTableAsParagraphs() {
            assertThat(d.blocks().subList(0, 2))
                    .containsExactly(
                            new SourceBlock.Paragraph(
                                    1,
                                    "«Дорожная карта» по организации работы с общеобразовательными организациями, слабо"
                                            + " вовлеченными в проект «500 +», в 2022 году"),
                            new SourceBlock.Paragraph(
                                    2,
                                    "Цель: организация региональной системы работы с образовательными организациями."));
        }

        @Test
        void keepsEverySheetRowOfTheTableButTheRepeatedHeader() {
            assertThat(grid(d).rows())
                    .extracting(SourceBlock.Row::row)
                    .containsExactly(
                            3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26);
            assertThat(d.notes())
                    .extracting(Object::toString)
                    .containsExactly(
                            "roadmap-libreoffice.xlsx:19 [import.repeated-header] the row repeats the header row"
                                    + " 3 (as after a page break); it is kept once, at row 3");
        }

        @Test
        void readsTheHeaderAndTheRowOfColumnNumbers() {
            assertThat(row(grid(d), 3).cells())
                    .containsExactly(
                            c("№ п/п"),
                            c("Срок исполнения"),
                            c("Мероприятие"),
                            c("Ответственный исполнитель"),
                            c("Ожидаемый результат/показатель"));
            assertThat(row(grid(d), 4).cells()).containsExactly(c("1"), c("2"), c("3"), c("4"), c("5"));
        }

        @Test
        void readsASectionRowMergedAcrossAsOneCell() {
            assertThat(row(grid(d), 12).cells())
                    .containsExactly(span(
                            "Задача 2. Обеспечить создание на муниципальном уровне условий для повышения мотивации",
                            5));
        }

        @Test
        void readsMultiLineCellsAndCellsMergedFromAbove() {
            assertThat(row(grid(d), 6).cells())
                    .containsExactly(
                            c("1."),
                            c("Январь 2022"),
                            c("Мероприятие 1: межмуниципальные семинары для управленческих команд по обмену опытом"
                                    + " работы со школами, показывающими низкие образовательные результаты"),
                            c("ГАУ ДПО ПК ИРО\nМОУО"),
                            c("Проведено не менее 1 семинаров;\nохват 100% школ-участниц"));
            assertThat(row(grid(d), 15).cells().get(3)).isEqualTo(c("Муниципальный координатор\n(по согласованию)"));
            assertThat(row(grid(d), 16).cells().get(3)).isEqualTo(Samples.above());
        }

        @Test
        void readsTheSignatureTypedUnderTheTableAsAParagraph() {
            assertThat(d.blocks().get(d.blocks().size() - 1))
                    .isEqualTo(new SourceBlock.Paragraph(
                            27, "Заместитель министра образования Приморского края М.В. Шкуратская"));
        }
    }

    @Nested
    class TypedValues {
        @Test
        void showsDatesNumbersAndFormulasAsRussianCalcShowsThem() throws IOException {
            SourceBlock.Grid g = grid(read(FIXTURES.resolve("dates-and-numbers.xlsx")));
            assertThat(g.rows().get(1).cells())
                    .containsExactly(c("01.03.21"), c("75,00%"), c("1234,5"), c("6"), c("многострочный\nтекст"));
            assertThat(g.rows().get(2).cells())
                    .containsExactly(c("15.09.22"), c("12,50%"), c("-3"), c("1,5"), c("обычный"));
        }

        @Test
        void showsThemInTheLocaleItIsGiven() throws IOException {
            try (InputStream in = Files.newInputStream(FIXTURES.resolve("dates-and-numbers.xlsx"))) {
                SourceBlock.Grid g = grid(new XlsxReader(ReadLimits.DEFAULT, Locale.US).read(in, "t.xlsx"));
                assertThat(g.rows().get(1).cells())
                        .containsExactly(c("01/03/21"), c("75.00%"), c("1234.5"), c("6"), c("многострочный\nтекст"));
            }
        }

        @Test
        void showsTheBuiltInShortDateAsTheLocalesShortDate() throws IOException {
            byte[] bytes = workbook(wb -> {
                Sheet s = wb.createSheet();
                Row r = s.createRow(0);
                r.createCell(0).setCellValue("Срок");
                org.apache.poi.ss.usermodel.Cell date = r.createCell(1);
                date.setCellValue(java.time.LocalDate.of(2022, 8, 31));
                org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
                style.setDataFormat((short) 14);
                date.setCellStyle(style);
            });
            assertThat(grid(read(bytes)).rows().get(0).cells()).containsExactly(c("Срок"), c("31.08.2022"));
        }
    }

    @Nested
    class MadeByPoi {
        @Test
        void takesThePrintTitlesAsTheHeaderAndKeepsTheirCopyOnce() {
            byte[] bytes = workbook(wb -> {
                Sheet s = wb.createSheet("План");
                text(s, 0, "План мероприятий");
                text(s, 1, "№", "Срок", "Мероприятие");
                text(s, 2, "", "Начало", "Окончание");
                text(s, 3, "1.", "Март", "Апрель");
                text(s, 4, "", "Начало", "Окончание");
                text(s, 5, "2.", "Май", "Июнь");
                s.setRepeatingRows(new CellRangeAddress(1, 2, -1, -1));
            });
            SourceDocument d = read(bytes);
            assertThat(grid(d).rows()).extracting(SourceBlock.Row::row).containsExactly(2, 3, 4, 6);
            assertThat(d.notes()).extracting(w -> w.row() + " " + w.code()).containsExactly("5 import.repeated-header");
        }

        @Test
        void namesTextHiddenUnderAMergedCell() {
            byte[] bytes = workbook(wb -> {
                Sheet s = wb.createSheet();
                text(s, 0, "№", "Мероприятие", "Исполнитель");
                text(s, 1, "Задача 1.", "скрытый текст", "");
                s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
            });
            SourceDocument d = read(bytes);
            assertThat(grid(d).rows().get(1).cells()).containsExactly(span("Задача 1.", 3));
            assertThat(d.notes())
                    .extracting(Object::toString)
                    .containsExactly(
                            "t.xlsx:2:2 [import.hidden-cell] the cell B2 lies under the merged cell A2:C2 and is"
                                    + " not shown; its text \"скрытый текст\" is left out");
        }

        @Test
        void readsEverySheetInOrder() {
            byte[] bytes = workbook(wb -> {
                text(wb.createSheet("1"), 0, "a", "b");
                wb.createSheet("пустой");
                text(wb.createSheet("2"), 0, "c", "d");
            });
            assertThat(Samples.content(read(bytes))).containsExactly(List.of(c("a"), c("b")), List.of(c("c"), c("d")));
        }

        @Test
        void readsAWorkbookWithoutCellsAsAnEmptyDocument() {
            assertThat(read(workbook(wb -> wb.createSheet())).blocks()).isEmpty();
        }
    }

    @Nested
    class HostileFiles {
        @Test
        void refusesAZipBombBeforePoiOpensIt() {
            byte[] bomb = Zips.bomb("xl/worksheets/sheet1.xml", 129L << 20);
            assertThat(bomb.length).isLessThan(1 << 20);
            assertThatThrownBy(() -> read(bomb))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.xlsx: unpacks to more than 134217728 bytes (at part xl/worksheets/sheet1.xml); a zip"
                            + " bomb, or far larger than a roadmap table (raise the limit if this one is real)");
        }

        @Test
        void refusesAPartThatUnpacksBeyondPoisInflateRatio() {
            byte[] bytes = Zips.padded(
                    workbook(wb -> text(wb.createSheet(), 0, "a", "b")), "xl/worksheets/sheet1.xml", 8 << 20);
            assertThatThrownBy(() -> read(bytes))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.xlsx: ")
                    .hasMessageContaining("zip bomb");
        }

        @Test
        void refusesMoreRowsThanTheLimit() {
            byte[] bytes = workbook(wb -> {
                Sheet s = wb.createSheet("Лист1");
                for (int i = 0; i < 11; i++) {
                    text(s, i, "a", "b");
                }
            });
            XlsxReader small = new XlsxReader(new ReadLimits(1 << 20, 1 << 24, 100, 10, 1000), Locale.ROOT);
            assertThatThrownBy(() -> small.read(new ByteArrayInputStream(bytes), "t.xlsx"))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.xlsx: sheet Лист1: more than 10 rows");
        }

        @Test
        void refusesAFileThatIsNoZipArchive() {
            assertThatThrownBy(() -> read("№;Мероприятие\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.xlsx: not an Excel .xlsx workbook (not a zip archive at all)");
        }

        @Test
        void refusesAnOldBinaryWorkbook() {
            byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
            assertThatThrownBy(() -> read(ole))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.xlsx: an old binary Office document (.xls or .doc");
        }

        @Test
        void refusesAWordDocument() throws IOException {
            byte[] docx = Files.readAllBytes(FIXTURES.resolve("roadmap-libreoffice.docx"));
            assertThatThrownBy(() -> read(docx))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.xlsx: a Word .docx document, not an Excel .xlsx workbook");
        }

        @Test
        void refusesACutOffWorkbook() throws IOException {
            byte[] whole = Files.readAllBytes(FIXTURES.resolve("roadmap-libreoffice.xlsx"));
            byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
            assertThatThrownBy(() -> read(cut))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.xlsx: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\tat "));
        }
    }

    static void text(Sheet sheet, int row, String... texts) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                r.createCell(i).setCellValue(texts[i]);
            }
        }
    }

    interface Build {
        void build(XSSFWorkbook workbook) throws IOException;
    }

    static byte[] workbook(Build build) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            build.build(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
