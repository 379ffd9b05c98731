package io.github.eduroadmap.imports.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.imports.ExportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WriterTests {

    private final SourceDocument sample = Samples.roadmapLike();

    @Nested
    class Csv {
        private String written(CsvWriter.Options options) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CsvWriter(options).write(sample, out);
            byte[] bytes = out.toByteArray();
            if (options.byteOrderMark()) {
                assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
                return new String(bytes, 3, bytes.length - 3, options.charset());
            }
            return new String(bytes, options.charset());
        }

        @Test
        void writesUtf8WithAByteOrderMarkSemicolonsAndCrlf() {
            String csv = written(CsvWriter.Options.UTF8);
            assertThat(csv)
                    .startsWith("\"Дорожная карта\nпо повышению качества образования в 2022 году\"\r\n"
                            + "Цель: повышение качества образования.\r\n"
                            + "№ п/п;Срок исполнения;Мероприятие;Ответственный исполнитель;Ожидаемый результат/показатель\r\n"
                            + "1;2;3;4;5\r\n"
                            + "\"Задача 1. Принятие управленческих решений; «качество»\";;;;\r\n")
                    .contains("2.;'=SUM(A1:A2);'+7 (423) 123-45-67;'-;'@МОУО\r\n")
                    .contains("3.;''=уже с апострофом;\"Ежемесячно; до 10 числа\";Н.Е. Байрачный;100%\r\n")
                    .endsWith("II. Второй раздел без мероприятий;;;;\r\n\r\nМинистр И.И. Иванов\r\n");
        }

        @Test
        void writesWindows1251ForRussianExcel() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CsvWriter(CsvWriter.Options.WINDOWS_1251).write(sample, out);
            byte[] bytes = out.toByteArray();
            assertThat(bytes[1] & 0xFF).isEqualTo(0xC4); // "Д" after the quote of a multi-line cell
            assertThat(new String(bytes, Charset.forName("windows-1251"))).contains("«качество»");
        }

        @Test
        void refusesACharacterWindows1251HasNoByteFor() {
            SourceDocument d = new SourceDocument(
                    "r.yaml",
                    List.of(new SourceBlock.Grid(
                            1, List.of(Samples.row(1, Samples.c("Показатель"), Samples.c("≥ 80% учителей"))))));
            assertThatThrownBy(
                            () -> new CsvWriter(CsvWriter.Options.WINDOWS_1251).write(d, new ByteArrayOutputStream()))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("r.yaml: record 1, column 2: the character \"≥\" (U+2265) has no byte in windows-1251;"
                            + " write UTF-8 instead (it holds every character)");
        }
    }

    @Nested
    class Xlsx {
        @Test
        void repeatsAndFreezesTheHeaderMergesSectionsAndQuotesFormulas() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxWriter().write(sample, out);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                Sheet s = wb.getSheetAt(0);
                assertThat(s.getSheetName()).isEqualTo("Дорожная карта");
                // paragraphs in rows 1-2, an empty row, the table from row 4: header and column numbers
                assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:5"));
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
                assertThat(s.getPrintSetup().getLandscape()).isTrue();
                assertThat(s.getMergedRegions())
                        .extracting(CellRangeAddress::formatAsString)
                        .containsExactlyInAnyOrder("A6:E6", "B10:C10", "D10:D11", "A12:E12");
                assertThat(wb.getFontAt(s.getRow(3).getCell(0).getCellStyle().getFontIndex())
                                .getBold())
                        .isTrue();
                assertThat(s.getRow(7).getCell(1).getStringCellValue()).isEqualTo("=SUM(A1:A2)");
                assertThat(s.getRow(7).getCell(1).getCellStyle().getQuotePrefixed())
                        .isTrue();
                assertThat(s.getRow(7).getCell(0).getCellStyle().getQuotePrefixed())
                        .isFalse();
                assertThat(s.getRow(6).getCell(2).getCellStyle().getWrapText()).isTrue();
                assertThat(s.getRow(6).getHeightInPoints()).isGreaterThan(15f);
                assertThat(s.getColumnWidth(2)).isGreaterThan(s.getColumnWidth(0));
            }
        }
    }

    @Nested
    class Docx {
        @Test
        void marksTheHeaderToRepeatAndSpansSectionRows() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxWriter().write(sample, out);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                XWPFTable t = doc.getTables().get(0);
                assertThat(t.getRows()).hasSize(9);
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
                assertThat(t.getRow(1).isRepeatHeader()).isTrue();
                assertThat(t.getRow(2).isRepeatHeader()).isFalse();
                assertThat(t.getRow(2).getTableCells()).hasSize(1);
                assertThat(t.getRow(2)
                                .getCell(0)
                                .getCTTc()
                                .getTcPr()
                                .getGridSpan()
                                .getVal())
                        .hasToString("5");
                assertThat(t.getRow(3).getCell(2).getParagraphs())
                        .extracting(p -> p.getText())
                        .containsExactly("Анализ результатов ВПР,", "ОГЭ и ЕГЭ");
                assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient())
                        .hasToString("landscape");
            }
        }
    }

    @Nested
    class Markdown {
        @Test
        void writesAGitHubTableWithEscapedPipesAndLineBreaks() throws IOException {
            String md = new MarkdownWriter().toMarkdown(sample);
            Golden.assertMatches(
                    Path.of("src/test/resources/markdown/roadmap-like.golden.md"),
                    md,
                    "WriterTests$Markdown#writesAGitHubTableWithEscapedPipesAndLineBreaks");
        }

        @Test
        void escapesMarkdownSoTheTextShowsAsItIs() {
            assertThat(MarkdownWriter.escape("a|b *c* _d_ <br> [e] `f` \\ & x"))
                    .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\<br\\> \\[e\\] \\`f\\` \\\\ &amp; x");
        }

        @Test
        void keepsParagraphLinesFromBecomingListsOrHeadings() {
            SourceDocument d = new SourceDocument(
                    "t", List.of(new SourceBlock.Paragraph(1, "# не заголовок\n- не список\n1. не нумерация\nтекст")));
            assertThat(new MarkdownWriter().toMarkdown(d))
                    .isEqualTo("\\# не заголовок\\\n\\- не список\\\n1\\. не нумерация\\\nтекст\n");
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
