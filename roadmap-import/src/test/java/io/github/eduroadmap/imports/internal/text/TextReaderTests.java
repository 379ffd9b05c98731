package io.github.eduroadmap.imports.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextReaderTests {

    static final Path SEEDS = Path.of("..", "examples", "seeds");

    static SourceDocument read(String text) {
        return new TextReader().read(text, "t.txt");
    }

    static List<SourceBlock.Row> rows(SourceDocument d) {
        List<SourceBlock.Row> out = new ArrayList<>();
        for (SourceBlock b : d.blocks()) {
            if (b instanceof SourceBlock.Grid) {
                out.addAll(((SourceBlock.Grid) b).rows());
            }
        }
        return out;
    }

    static List<String> texts(SourceBlock.Row r) {
        return r.cells().stream().map(SourceCell::text).collect(Collectors.toList());
    }

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_fb2531e3bb46fa4a.txt", TextReader.Layout.TAB_ROWS),
                Arguments.of("001_43de54d881a5ee30.txt", TextReader.Layout.TAB_ROWS),
                Arguments.of("002_e8b8425e262cf782.txt", TextReader.Layout.LINES),
                Arguments.of("003_b1f5877a31b3f702.txt", TextReader.Layout.CELL_PER_LINE),
                Arguments.of("004_e0e09935226b7453.txt", TextReader.Layout.CELL_PER_LINE));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("seeds")
    void tellsTheLayoutOfEverySeed(String seed, TextReader.Layout layout) throws IOException {
        assertThat(TextReader.detect(TextReader.lines(Files.readString(SEEDS.resolve(seed)))))
                .isEqualTo(layout);
    }

    @Nested
    class TabRows {

        @Test
        void readsOneRowPerLineWithItsLineNumber() {
            SourceDocument d = read("Заголовок\n\n№\tСрок\tСобытие\n1.\tАвгуст\tСеминар\n\n2.\tМарт\tВебинар\n");

            assertThat(d.blocks().get(0)).isEqualTo(new SourceBlock.Paragraph(1, "Заголовок"));
            assertThat(rows(d)).extracting(SourceBlock.Row::row).containsExactly(3, 4, 6);
            assertThat(texts(rows(d).get(1))).containsExactly("1.", "Август", "Семинар");
        }

        @Test
        void startsAnotherGridAfterAParagraphBetweenRows() {
            SourceDocument d =
                    read("№\tСрок\tСобытие\n1\tмарт\tСеминар\n\n5. Анализ работы\n\n1\t\t\n\tдекабрь\tСправка\n");

            assertThat(d.blocks()).hasSize(3);
            assertThat(d.blocks().get(1)).isEqualTo(new SourceBlock.Paragraph(4, "5. Анализ работы"));
            assertThat(d.blocks().get(2).row()).isEqualTo(6);
        }

        @Test
        void keepsALineWithOneTabAwayFromRowsAsAParagraph() {
            SourceDocument d = read("Заместитель министра\tА. Ю. Меховская\n");

            assertThat(d.blocks())
                    .containsExactly(new SourceBlock.Paragraph(1, "Заместитель министра\tА. Ю. Меховская"));
        }
    }

    @Nested
    class CellPerLine {

        static final String TEXT = String.join(
                "\n",
                "ДОРОЖНАЯ КАРТА",
                "",
                "\tЦель: помощь школам",
                "",
                "\t№ ",
                "п/п ",
                "\tНаименование",
                "  мероприятия",
                "\tСроки",
                "",
                "\t 1. Организационные мероприятия  ",
                "",
                "\t1.1 ",
                "\tСовещания по вопросам:",
                "- результаты мониторинга;",
                "-корректировка программ",
                "\tФевраль",
                "2022",
                "",
                "\t1.2.",
                "\tСеминар⇥по обмену опытом",
                "\tМарт 2022",
                "");

        @Test
        void rebuildsTheRowsFromTheCells() {
            SourceDocument d = read(TEXT.replace("⇥", "\t"));

            assertThat(d.blocks().get(0)).isEqualTo(new SourceBlock.Paragraph(1, "ДОРОЖНАЯ КАРТА"));
            assertThat(d.blocks().get(1)).isEqualTo(new SourceBlock.Paragraph(3, "Цель: помощь школам"));
            List<SourceBlock.Row> rows = rows(d);
            assertThat(texts(rows.get(0))).containsExactly("№ п/п", "Наименование мероприятия", "Сроки");
            assertThat(texts(rows.get(1))).containsExactly("1. Организационные мероприятия");
            assertThat(texts(rows.get(2)))
                    .containsExactly(
                            "1.1",
                            "Совещания по вопросам:\n- результаты мониторинга;\n-корректировка программ",
                            "Февраль 2022");
            assertThat(texts(rows.get(3))).containsExactly("1.2.", "Семинар по обмену опытом", "Март 2022");
            assertThat(rows).extracting(SourceBlock.Row::row).containsExactly(5, 11, 13, 20);
        }

        @Test
        void breaksACellAtAWhitespaceOnlyLine() {
            SourceDocument d = read(
                    "\t№\n\tМероприятие\n\tРезультат\n\t1.\n\tСеминар\n\tПервый результат\n  \nВторой результат\n\t2.\n\tВебинар\n\tИтог\n");

            assertThat(texts(rows(d).get(1))).containsExactly("1.", "Семинар", "Первый результат\nВторой результат");
        }

        @Test
        void joinsACellCutByAPageBreakAndSaysSo() {
            SourceDocument d = read(
                    "\t№\n\tМероприятие\n\tРезультат\n\t1.\n\tСеминар\n\tВовлечение учителей с выявленными\n \tдефицитами в наставничество\n\t2.\n\tВебинар\n\tИтог\n");

            assertThat(texts(rows(d).get(1)))
                    .containsExactly("1.", "Семинар", "Вовлечение учителей с выявленными дефицитами в наставничество");
            assertThat(d.notes())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "import.page-break-joined"));
        }

        @Test
        void readsTheSeedsWithEveryRow() throws IOException {
            SourceDocument d =
                    new TextReader().read(Files.readString(SEEDS.resolve("004_e0e09935226b7453.txt")), "004");

            assertThat(rows(d).stream()
                            .filter(r -> r.cells().size() == 5
                                    && r.cells().get(0).text().matches("\\d+\\."))
                            .count())
                    .as("numbered rows 1-41 but 12 and 19")
                    .isEqualTo(39);
            assertThat(d.blocks().get(d.blocks().size() - 1)).isInstanceOf(SourceBlock.Paragraph.class);
        }
    }

    @Nested
    class Lines {

        @Test
        void keepsParagraphsWithTheirLines() {
            SourceDocument d =
                    read("Задача 1. Принятие решений\nВ течение года Участие в проекте\n\nМинистерство образования\n");

            assertThat(d.blocks())
                    .containsExactly(
                            new SourceBlock.Paragraph(
                                    1, "Задача 1. Принятие решений\nВ течение года Участие в проекте"),
                            new SourceBlock.Paragraph(4, "Министерство образования"));
        }
    }

    @Nested
    class ExtractionMarkers {

        @Test
        void removesMarkersThatAreNoPrintedContent() {
            SourceDocument d = read(
                    "**МИНИСТЕРСТВО\nОБРАЗОВАНИЯ**\n\n[image: ]Чечуркина К.К.\n\nimage1.jpeg\n\n[bookmark: 9]текст\n");

            assertThat(d.blocks())
                    .containsExactly(
                            new SourceBlock.Paragraph(1, "МИНИСТЕРСТВО\nОБРАЗОВАНИЯ"),
                            new SourceBlock.Paragraph(4, "Чечуркина К.К."),
                            new SourceBlock.Paragraph(8, "текст"));
        }
    }

    @Nested
    class Encodings {

        @Test
        void readsUtf8WithAndWithoutABom() {
            byte[] plain = "Срок".getBytes(StandardCharsets.UTF_8);
            byte[] bom = new byte[plain.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(plain, 0, bom, 3, plain.length);

            assertThat(TextReader.decode(plain, Optional.empty())).isEqualTo("Срок");
            assertThat(TextReader.decode(bom, Optional.empty())).isEqualTo("Срок");
        }

        @Test
        void readsWindows1251WhenTheBytesAreNoUtf8() {
            byte[] cp1251 = "Ответственный исполнитель".getBytes(Charset.forName("windows-1251"));

            assertThat(TextReader.decode(cp1251, Optional.empty())).isEqualTo("Ответственный исполнитель");
        }

        @Test
        void usesTheEncodingItIsGiven() {
            byte[] koi8 = "Срок".getBytes(Charset.forName("KOI8-R"));

            assertThat(TextReader.decode(koi8, Optional.of(Charset.forName("KOI8-R"))))
                    .isEqualTo("Срок");
        }
    }
}
