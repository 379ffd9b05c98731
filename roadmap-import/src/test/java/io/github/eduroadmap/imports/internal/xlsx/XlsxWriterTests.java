package io.github.eduroadmap.imports.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
}
