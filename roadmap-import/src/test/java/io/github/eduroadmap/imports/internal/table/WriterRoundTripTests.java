package io.github.eduroadmap.imports.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.csv.CsvReader;
import io.github.eduroadmap.imports.internal.csv.CsvWriter;
import io.github.eduroadmap.imports.internal.docx.DocxReader;
import io.github.eduroadmap.imports.internal.docx.DocxWriter;
import io.github.eduroadmap.imports.internal.xlsx.XlsxReader;
import io.github.eduroadmap.imports.internal.xlsx.XlsxWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WriterRoundTripTests {

    private final SourceDocument sample = Samples.roadmapLike();

    @Nested
    class Csv {
        @Test
        void readsBackTheCellsItWroteInUtf8() {
            byte[] bytes = write(new CsvWriter(CsvWriter.Options.UTF8));
            SourceDocument read = new CsvReader(CsvReader.Options.DETECT).read(bytes, "sample.csv");
            assertThat(Samples.flatContent(read)).isEqualTo(Samples.flatContent(sample));
            assertThat(read.notes()).isEmpty();
        }

        @Test
        void readsBackTheCellsItWroteInWindows1251() {
            byte[] bytes = write(new CsvWriter(CsvWriter.Options.WINDOWS_1251));
            SourceDocument read = new CsvReader(CsvReader.Options.DETECT).read(bytes, "sample.csv");
            assertThat(Samples.flatContent(read)).isEqualTo(Samples.flatContent(sample));
        }

        @Test
        void readsBackTheCellsItWroteWithCommas() {
            byte[] bytes =
                    write(new CsvWriter(new CsvWriter.Options(java.nio.charset.StandardCharsets.UTF_8, false, ',')));
            SourceDocument read = new CsvReader(CsvReader.Options.DETECT).read(bytes, "sample.csv");
            assertThat(Samples.flatContent(read)).isEqualTo(Samples.flatContent(sample));
        }
    }

    @Nested
    class Xlsx {
        @Test
        void readsBackTheCellsSpansAndMergesItWrote() {
            byte[] bytes = write(new XlsxWriter());
            SourceDocument read = new XlsxReader().read(new ByteArrayInputStream(bytes), "sample.xlsx");
            assertThat(Samples.content(read)).isEqualTo(Samples.content(sample));
            assertThat(read.notes()).isEmpty();
        }
    }

    @Nested
    class Docx {
        @Test
        void readsBackTheCellsSpansAndMergesItWrote() {
            byte[] bytes = write(new DocxWriter());
            SourceDocument read = new DocxReader().read(new ByteArrayInputStream(bytes), "sample.docx");
            assertThat(Samples.content(read)).isEqualTo(Samples.content(sample));
            assertThat(read.notes()).isEmpty();
        }
    }

    private byte[] write(Object writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (writer instanceof CsvWriter w) {
            w.write(sample, out);
        } else if (writer instanceof XlsxWriter w) {
            w.write(sample, out);
        } else if (writer instanceof DocxWriter w) {
            w.write(sample, out);
        }
        return out.toByteArray();
    }

    static List<Object> unused() {
        return List.of();
    }
}
