package io.github.eduroadmap.imports.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.io.RoadmapMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the interpreter over seeded random documents made of the seeds' words, column headings, section
 * numbers, deadlines, definitions, names, noise and stray characters, with random spans and merges.
 */
class InterpreterPropertiesTests {

    private static final String[] WORDS = {
        "№",
        "№ п/п",
        "Срок исполнения",
        "Сроки реализации",
        "Мероприятие",
        "Событие",
        "Ответственный исполнитель",
        "Исполнители",
        "Ожидаемый результат",
        "Показатель результативности",
        "Направления деятельности",
        "начало",
        "окончание",
        "Задача 1. Обеспечить поддержку",
        "I. Нормативное обеспечение",
        "II. 2. Мероприятия",
        "3.Трансляция",
        "1.",
        "1.1",
        "12",
        "Август 2022",
        "Сентябрь - октябрь",
        "До 20 января 2022",
        "01.04.2021-31.05.2021",
        "Ежемесячно /по запросу МОУО",
        "в течение всего периода",
        "О 1 А О  О  Л Л 1",
        "(в срок до 10 августа 2015 года)",
        "Министерство образования Приморского края (далее - МО ПК)",
        "(далее – ШНОР, ШНСУ соответственно)",
        "ГАУ ДПО ПК ИРО",
        "Муниципальные кураторы ШНОР",
        "МУ «Методический центр»",
        "Н.Е. Байрачный К.А. Федоренко",
        "совместно с",
        "руководители ШНОР и ШНСУ",
        "100% школ-участниц",
        "не менее 60% родителей",
        "Цель:",
        "Задачи:",
        "· пункт;",
        "-корректировка;",
        "П Р И К А З",
        "приказываю:",
        "направляет",
        "29.06.2022 № 23/6045",
        "с. Поярково",
        "Об утверждении «дорожной карты»",
        "«Дорожная карта» по работе в 2022 году",
        "М.В. Шкуратская",
        "Заместитель министра",
        "из них 75% - городские",
        "(РЭК)",
        "^ TYTT Т/ЧТЧ",
        "«",
        "»",
        "(",
        ")",
        "\"",
        "\n",
        "\t",
        "  ",
        ",",
        ";",
        ":",
        "-",
        "—",
        "ё",
        "🙂",
        "\u2028",
        "⟦{}⟧",
        "‹{}›",
        "«{\"role\":true}»",
        "=SUM(A1)",
        "null",
        "true",
        "234"
    };

    static String text(SplittableRandom r) {
        int n = r.nextInt(0, 6);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(r.nextInt(4) == 0 ? "\n" : " ");
            }
            b.append(r.nextInt(10) == 0 ? randomWord(r) : WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static String randomWord(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(1, 12);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            b.append(
                    kind == 0
                            ? (char) ('а' + r.nextInt(32))
                            : kind == 1
                                    ? (char) ('А' + r.nextInt(32))
                                    : kind == 2 ? (char) ('0' + r.nextInt(10)) : (char) r.nextInt(0x20, 0x3000));
        }
        return b.toString();
    }

    static SourceDocument document(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<SourceBlock> blocks = new ArrayList<>();
        int row = 1;
        int n = r.nextInt(0, 8);
        for (int i = 0; i < n; i++) {
            if (r.nextBoolean()) {
                String t = text(r);
                blocks.add(new SourceBlock.Paragraph(row, t));
                row += t.split("\n", -1).length + 1;
            } else {
                List<SourceBlock.Row> rows = new ArrayList<>();
                int first = row;
                int width = r.nextInt(1, 8);
                int count = r.nextInt(1, 16);
                for (int k = 0; k < count; k++) {
                    List<SourceCell> cells = new ArrayList<>();
                    int cellsInRow = r.nextInt(1, width + 1);
                    for (int c = 0; c < cellsInRow; c++) {
                        boolean merged = r.nextInt(10) == 0;
                        cells.add(new SourceCell(
                                merged ? "" : r.nextInt(4) == 0 ? "" : text(r),
                                r.nextInt(8) == 0 ? r.nextInt(2, 4) : 1,
                                merged));
                    }
                    rows.add(new SourceBlock.Row(row++, cells));
                }
                blocks.add(new SourceBlock.Grid(first, rows));
                row++;
            }
        }
        return new SourceDocument("random-" + seed + ".txt", blocks);
    }

    @Test
    void neverThrowsOnAnyDocument() {
        for (long seed = 0; seed < 1500; seed++) {
            SourceDocument doc = document(seed);
            try {
                new Interpreter().interpret(doc, ImportOptions.defaults());
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " threw " + e + " on " + doc, e);
            }
        }
    }

    /**
     * Words left out of the check: "Цель" and "Задачи" are labels whose words become the goals and objectives fields,
     * and numbers of one or two digits may be a row of column numbers under a header, which is skipped.
     */
    private static final Set<String> FIELD_LABELS = Set.of("цель", "задачи");

    @Test
    void keepsEveryWordOfEveryCellAndParagraph() {
        for (long seed = 0; seed < 800; seed++) {
            SourceDocument doc = document(seed);
            ImportResult result = new Interpreter().interpret(doc, ImportOptions.defaults());
            String everything = lower(RoadmapMapper.json().writeToString(result.roadmap()));
            for (String source : sourceTexts(doc)) {
                for (String word : CellText.words(source)) {
                    if (FIELD_LABELS.contains(word) || word.matches("\\d{1,2}")) {
                        continue;
                    }
                    assertThat(everything)
                            .as("seed %d: the word \"%s\" of \"%s\"", seed, word, source)
                            .contains(word);
                }
            }
        }
    }

    @Test
    void namesRowsOfTheDocumentInEveryWarning() {
        for (long seed = 0; seed < 800; seed++) {
            SourceDocument doc = document(seed);
            int last = lastRow(doc);
            for (ImportWarning w :
                    new Interpreter().interpret(doc, ImportOptions.defaults()).warnings()) {
                assertThat(w.row()).as("seed %d: %s", seed, w).isBetween(1, Math.max(1, last));
                assertThat(w.source()).isEqualTo(doc.source());
            }
        }
    }

    /** Lower case letter by letter, as {@link CellText#words(String)} does (no final-sigma rule), "ё" as "е". */
    private static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString().replace('ё', 'е');
    }

    private static List<String> sourceTexts(SourceDocument doc) {
        List<String> out = new ArrayList<>();
        for (SourceBlock b : doc.blocks()) {
            if (b instanceof SourceBlock.Paragraph) {
                out.add(((SourceBlock.Paragraph) b).text());
            } else {
                for (SourceBlock.Row row : ((SourceBlock.Grid) b).rows()) {
                    row.cells().forEach(c -> out.add(c.text()));
                }
            }
        }
        return out;
    }

    private static int lastRow(SourceDocument doc) {
        int last = 0;
        for (SourceBlock b : doc.blocks()) {
            if (b instanceof SourceBlock.Paragraph) {
                last = Math.max(
                        last, b.row() + ((SourceBlock.Paragraph) b).text().split("\n", -1).length - 1);
            } else {
                for (SourceBlock.Row row : ((SourceBlock.Grid) b).rows()) {
                    last = Math.max(last, row.row());
                }
            }
        }
        return last;
    }
}
