package io.github.eduroadmap.imports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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

    @Test
    void letsTheLastCellOfAShortRowSpanTheRestOfTheTable() {
        SourceDocument ragged = new SourceDocument(
                "ragged",
                List.of(new SourceBlock.Grid(
                        1,
                        List.of(
                                Samples.row(1, Samples.c("Участник"), Samples.c("школа"), Samples.c("МОУ СОШ № 1")),
                                Samples.row(2, Samples.c("Дорожная карта"), Samples.c("План на 2022 год"))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(ragged, out);
        SourceDocument back = new DocxReader().read(new ByteArrayInputStream(out.toByteArray()), "ragged.docx");
        assertThat(Samples.grid(back).rows().get(1).cells())
                .containsExactly(Samples.c("Дорожная карта"), Samples.span("План на 2022 год", 2));
    }
}
