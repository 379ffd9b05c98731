package io.github.eduroadmap.imports.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.imports.ExportException;
import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    private final SourceDocument sample = Samples.roadmapLike();

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
        assertThatThrownBy(() -> new CsvWriter(CsvWriter.Options.WINDOWS_1251).write(d, new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessage("r.yaml: record 1, column 2: the character \"≥\" (U+2265) has no byte in windows-1251;"
                        + " write UTF-8 instead (it holds every character)");
    }
}
