package io.github.eduroadmap.imports.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTests {

    private final SourceDocument sample = Samples.roadmapLike();

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
            assertThat(s.getRow(7).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(7).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(s.getRow(6).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(s.getRow(6).getHeightInPoints()).isGreaterThan(15f);
            assertThat(s.getColumnWidth(2)).isGreaterThan(s.getColumnWidth(0));
        }
    }

    @Test
    void putsEachTableOnItsOwnSheetAndReadsThemBackInOrder() throws IOException {
        SourceDocument two = new SourceDocument(
                "two",
                List.of(
                        new SourceBlock.Grid(
                                1,
                                List.of(
                                        Samples.row(1, Samples.c("Дорожная карта"), Samples.c("План")),
                                        Samples.row(2, Samples.c("Цель"), Samples.c("Качество")))),
                        new SourceBlock.Grid(
                                1,
                                List.of(
                                        Samples.row(1, Samples.c("№"), Samples.c("Мероприятие")),
                                        Samples.row(2, Samples.c("1."), Samples.c("Семинар"))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(two, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Сведения");
            assertThat(wb.getSheetName(1)).isEqualTo("Дорожная карта");
            assertThat(wb.getSheetAt(1).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        }
        SourceDocument back = new XlsxReader().read(new ByteArrayInputStream(out.toByteArray()), "two.xlsx");
        assertThat(Samples.content(back)).isEqualTo(Samples.content(two));
    }
}
