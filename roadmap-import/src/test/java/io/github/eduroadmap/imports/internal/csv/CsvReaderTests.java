package io.github.eduroadmap.imports.internal.csv;

import static io.github.eduroadmap.imports.internal.table.Samples.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.internal.table.ReadLimits;
import io.github.eduroadmap.imports.internal.table.Samples;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTests {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String TABLE = "№;Срок исполнения;Мероприятие\r\n1.;Август 2022;Семинар, вебинар\r\n";

    private static SourceDocument read(byte[] bytes) {
        return new CsvReader(CsvReader.Options.DETECT).read(bytes, "t.csv");
    }

    private static SourceDocument read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static List<SourceBlock.Row> rows(SourceDocument document) {
        return document.blocks().stream()
                .filter(SourceBlock.Grid.class::isInstance)
                .map(SourceBlock.Grid.class::cast)
                .findFirst()
                .orElseThrow()
                .rows();
    }

    private static List<List<String>> texts(SourceDocument document) {
        return rows(document).stream()
                .map(r -> r.cells().stream().map(SourceCell::text).toList())
                .toList();
    }

    @Nested
    class Encodings {
        static Stream<Arguments> cases() {
            byte[] none = {};
            byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            return Stream.of(
                    Arguments.of(
                            "UTF-8 with a byte order mark",
                            bytes(utf8Bom, TABLE, StandardCharsets.UTF_8),
                            "UTF-8",
                            true),
                    Arguments.of(
                            "UTF-8 without a byte order mark",
                            bytes(none, TABLE, StandardCharsets.UTF_8),
                            "UTF-8",
                            false),
                    Arguments.of("Windows-1251", bytes(none, TABLE, CP1251), "windows-1251", false),
                    Arguments.of(
                            "UTF-16LE with a byte order mark (Excel's Unicode text)",
                            bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, TABLE, StandardCharsets.UTF_16LE),
                            "UTF-16LE",
                            true),
                    Arguments.of(
                            "UTF-16BE with a byte order mark",
                            bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, TABLE, StandardCharsets.UTF_16BE),
                            "UTF-16BE",
                            true));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void detectsTheEncodingAndReadsTheSameCells(String name, byte[] bytes, String charset, boolean bom) {
            CsvReader.Dialect dialect = new CsvReader(CsvReader.Options.DETECT).dialect(bytes, "t.csv");
            assertThat(dialect.charset().name()).isEqualTo(charset);
            assertThat(dialect.byteOrderMark()).isEqualTo(bom);
            assertThat(texts(read(bytes)))
                    .containsExactly(
                            List.of("№", "Срок исполнения", "Мероприятие"),
                            List.of("1.", "Август 2022", "Семинар, вебинар"));
        }

        @Test
        void takesAGivenEncodingOverTheDetectedOne() {
            // text in Windows-1251 is also valid KOI8-R: only the user can tell
            byte[] bytes = "а;б\r\nв;г\r\n".getBytes(CP1251);
            CsvReader koi8 = new CsvReader(new CsvReader.Options(
                    Optional.of(Charset.forName("KOI8-R")), Optional.empty(), ReadLimits.DEFAULT));
            assertThat(texts(koi8.read(bytes, "t.csv")).get(0)).containsExactly("Ю", "А");
        }

        @Test
        void refusesBytesThatAreNotTheGivenEncodingNamingTheLine() {
            byte[] bytes = bytes(new byte[] {}, "а;б\r\nв;г\r\n", CP1251);
            CsvReader utf8 = new CsvReader(
                    new CsvReader.Options(Optional.of(StandardCharsets.UTF_8), Optional.empty(), ReadLimits.DEFAULT));
            assertThatThrownBy(() -> utf8.read(bytes, "t.csv"))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.csv:1: byte 0xE0 at offset 0 is not UTF-8 text; give the file's encoding (UTF-8 or"
                            + " windows-1251)");
        }

        @Test
        void refusesBytesNeitherUtf8NorWindows1251() {
            // 0x98 is the one byte Windows-1251 leaves undefined
            byte[] bytes = {'a', ';', 'b', '\n', 'c', ';', (byte) 0x98, '\n'};
            assertThatThrownBy(() -> read(bytes))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.csv:2: byte 0x98 at offset 6 is not windows-1251 text");
        }
    }

    @Nested
    class Delimiters {
        static Stream<Arguments> cases() {
            return Stream.of(
                    Arguments.of("semicolon, commas inside cells", "a;b, c;d\r\n1;2, 3;4\r\n", ';'),
                    Arguments.of("comma, semicolons inside quoted cells", "a,\"b; c\",d\r\n1,\"2; 3\",4\r\n", ','),
                    Arguments.of("tab, commas and semicolons inside cells", "a\tb, c; d\tе\r\n1\t2, 3; 4\t5\r\n", '\t'),
                    Arguments.of("comma, more rows agree than with semicolons", "a,b;x,c\r\n1,2,3\r\n4,5,6\r\n", ','),
                    Arguments.of("semicolon wins a tie", "a;b,c\r\n", ';'),
                    Arguments.of("one column: semicolon", "один\r\nдва\r\n", ';'));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void detectsTheDelimiter(String name, String text, char delimiter) {
            assertThat(new CsvReader(CsvReader.Options.DETECT)
                            .dialect(text.getBytes(StandardCharsets.UTF_8), "t.csv")
                            .delimiter())
                    .isEqualTo(delimiter);
        }

        @Test
        void takesAGivenDelimiterOverTheDetectedOne() {
            CsvReader comma =
                    new CsvReader(new CsvReader.Options(Optional.empty(), Optional.of(','), ReadLimits.DEFAULT));
            assertThat(texts(comma.read("a;b,c\r\nd;e,f\r\n".getBytes(StandardCharsets.UTF_8), "t.csv")))
                    .containsExactly(List.of("a;b", "c"), List.of("d;e", "f"));
        }
    }

    @Nested
    class Quoting {
        @Test
        void keepsMultiLineCellsAndTheLineEachRecordStartsOn() {
            SourceDocument d = read("№;Мероприятие;Исполнитель\r\n1.;\"Семинар\r\nдля кураторов\";\"МОУО\nОО\"\r\n"
                    + "2.;Вебинар;ИРО\r\n");
            assertThat(rows(d)).extracting(SourceBlock.Row::row).containsExactly(1, 2, 5);
            assertThat(texts(d).get(1)).containsExactly("1.", "Семинар\nдля кураторов", "МОУО\nОО");
        }

        @Test
        void readsDoubledQuotesAndKeepsAQuoteInsideAnUnquotedCell() {
            assertThat(texts(read("a;\"Справка \"\"о результатах\"\"\";ГАУ ДПО \"ИРО\"\r\nb;c;d\r\n"))
                            .get(0))
                    .containsExactly("a", "Справка \"о результатах\"", "ГАУ ДПО \"ИРО\"");
        }

        @Test
        void acceptsLfCrlfAndCrLineEnds() {
            assertThat(texts(read("a;b\nc;d\r\ne;f\rg;h")))
                    .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
        }

        @Test
        void undoesExactlyTheApostropheOfANeutralisedFormula() {
            assertThat(texts(read("'=1+1;''=2;'обычный;'-;a\r\nx;y;z;w;v\r\n")).get(0))
                    .containsExactly("=1+1", "'=2", "'обычный", "-", "a");
        }

        @Test
        void readsAnEmptyFileAsAnEmptyDocument() {
            assertThat(read("").blocks()).isEmpty();
        }
    }

    @Nested
    class Shape {
        @Test
        void makesParagraphsOfOneCellRowsAroundTheTableAndDropsEmptyRows() {
            SourceDocument d = read("Дорожная карта;;\r\n;;\r\nЦель: качество\r\n№;Срок;Мероприятие\r\n"
                    + "Задача 1. Раздел;;\r\n1.;Март;Семинар\r\n;;\r\n\r\nМинистр;;\r\n");
            assertThat(d.blocks())
                    .containsExactly(
                            new SourceBlock.Paragraph(1, "Дорожная карта"),
                            new SourceBlock.Paragraph(3, "Цель: качество"),
                            new SourceBlock.Grid(
                                    4,
                                    List.of(
                                            Samples.row(4, c("№"), c("Срок"), c("Мероприятие")),
                                            Samples.row(5, c("Задача 1. Раздел"), c(""), c("")),
                                            Samples.row(6, c("1."), c("Март"), c("Семинар")))),
                            new SourceBlock.Paragraph(9, "Министр"));
        }

        @Test
        void keepsOneCellRowsDirectlyUnderTheTableInIt() {
            SourceDocument d = read("№;Мероприятие\r\n1.;Семинар\r\nII. Раздел без мероприятий\r\n\r\nПримечание\r\n");
            assertThat(texts(d))
                    .containsExactly(
                            List.of("№", "Мероприятие"),
                            List.of("1.", "Семинар"),
                            List.of("II. Раздел без мероприятий", ""));
            assertThat(d.blocks().get(d.blocks().size() - 1)).isEqualTo(new SourceBlock.Paragraph(5, "Примечание"));
        }

        @Test
        void bringsEveryRowToTheTablesWidth() {
            assertThat(texts(read("a;b;c\r\n1;2\r\n3;4;5;;;\r\n")))
                    .containsExactly(List.of("a", "b", "c"), List.of("1", "2", ""), List.of("3", "4", "5"));
        }

        @Test
        void keepsAHeaderRepeatedAfterAPageBreakOnceAndSaysSo() {
            SourceDocument d = read("№;Срок;Мероприятие\r\n1;2;3\r\n1.;Март;Семинар\r\n№;Срок;Мероприятие\r\n1;2;3\r\n"
                    + "2.;Май;Вебинар\r\n");
            assertThat(rows(d)).extracting(SourceBlock.Row::row).containsExactly(1, 2, 3, 6);
            assertThat(d.notes())
                    .extracting(Object::toString)
                    .containsExactly(
                            "t.csv:4 [import.repeated-header] the row repeats the header row 1 (as after a page break);"
                                    + " it is kept once, at row 1",
                            "t.csv:5 [import.repeated-header] the row repeats the header row 2 (as after a page break);"
                                    + " it is kept once, at row 2");
        }
    }

    @Nested
    class BrokenFiles {
        @Test
        void namesTheLineWhereAQuotedCellNeverCloses() {
            assertThatThrownBy(() -> read("a;b\r\n1;\"Семинар\r\n2;Вебинар\r\n"))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("t.csv:2: a quoted cell opened on this line never closes; expected a closing \" before"
                            + " the end of the file (a quote inside a quoted cell is written \"\")");
        }

        static Stream<Arguments> binaries() {
            return Stream.of(
                    Arguments.of(new byte[] {'P', 'K', 3, 4, 0, 0}, "t.csv: the file is a zip archive, not CSV text;"),
                    Arguments.of(
                            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0},
                            "t.csv: the file is an old binary Office document (.xls or .doc)"),
                    Arguments.of(new byte[] {'a', ';', 'b', '\n', 'c', 0, 'd'}, "t.csv:2: a NUL byte"));
        }

        @ParameterizedTest
        @MethodSource("binaries")
        void refusesBinaryFiles(byte[] bytes, String message) {
            assertThatThrownBy(() -> read(bytes))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith(message);
        }

        @Test
        void refusesMoreRowsThanTheLimit() {
            CsvReader small = new CsvReader(new CsvReader.Options(
                    Optional.empty(), Optional.empty(), new ReadLimits(1 << 20, 1 << 20, 10, 3, 100)));
            assertThatThrownBy(() -> small.read("a;b\nc;d\ne;f\ng;h\n".getBytes(StandardCharsets.UTF_8), "t.csv"))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.csv:4: more than 3 rows");
        }

        @Test
        void refusesAFileLargerThanTheLimit() {
            CsvReader small = new CsvReader(
                    new CsvReader.Options(Optional.empty(), Optional.empty(), new ReadLimits(10, 1 << 20, 10, 3, 100)));
            assertThatThrownBy(() -> small.read(
                            new java.io.ByteArrayInputStream("a;b\nc;d\ne;f\n".getBytes(StandardCharsets.UTF_8)),
                            "t.csv"))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.csv: the file is larger than 10 bytes");
        }
    }
}
