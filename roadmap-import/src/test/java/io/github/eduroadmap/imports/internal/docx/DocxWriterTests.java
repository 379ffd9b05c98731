package io.github.eduroadmap.imports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxWriterTests {

    private final SourceDocument sample = Samples.roadmapLike();

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
            assertThat(t.getRow(2).getCell(0).getCTTc().getTcPr().getGridSpan().getVal())
                    .hasToString("5");
            assertThat(t.getRow(3).getCell(2).getParagraphs())
                    .extracting(p -> p.getText())
                    .containsExactly("Анализ результатов ВПР,", "ОГЭ и ЕГЭ");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .hasToString("landscape");
        }
    }
}
