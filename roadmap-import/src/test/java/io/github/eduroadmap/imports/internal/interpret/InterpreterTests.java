package io.github.eduroadmap.imports.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.RoadmapId;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InterpreterTests {

    @Nested
    class DeadlinesInTheWords {

        @Test
        void takesTheDeadlineOfTheActivitysWordsWhenItsCellIsEmpty() {
            ImportResult result = Docs.interpret(Docs.grid(
                    "№ | Мероприятие | Срок | Ответственные",
                    "1. | Представить отчет в министерство (в срок до 10 августа 2015 года) |  | МОУО"));

            assertThat(result.roadmap().activities().get(0).deadline()).hasValueSatisfying(d -> {
                assertThat(d)
                        .isEqualTo(new Deadline.ByDate("в срок до 10 августа 2015 года", LocalDate.of(2015, 8, 10)));
            });
            assertThat(result.roadmap().activities().get(0).title())
                    .isEqualTo("Представить отчет в министерство (в срок до 10 августа 2015 года)");
            assertThat(result.warnings()).extracting(ImportWarning::code).contains("import.deadline-in-title");
        }

        @Test
        void keepsTheDeadlineCellWhenTheWordsNameAnotherAndSaysSo() {
            ImportResult result = Docs.interpret(
                    Docs.grid("№ | Мероприятие | Срок", "1. | Представить отчет (до 01.06.2021) | Май 2021"));

            assertThat(result.roadmap().activities().get(0).deadline())
                    .map(Deadline::text)
                    .contains("Май 2021");
            assertThat(result.warnings())
                    .extracting(ImportWarning::row, ImportWarning::code)
                    .contains(org.assertj.core.groups.Tuple.tuple(2, "import.deadline-in-title"));
        }

        @Test
        void findsNoDeadlineInWordsThatNameNone() {
            ImportResult result =
                    Docs.interpret(Docs.grid("№ | Мероприятие | Срок", "1. | Семинар до начала учебного года | "));

            assertThat(result.roadmap().activities().get(0).deadline()).isEmpty();
        }
    }

    @Nested
    class ExpectedResults {

        @Test
        void splitsAResultCellAtItsLinesAndSentences() {
            ImportResult result = Docs.interpret(
                    Docs.grid(
                            "№ | Мероприятие | Ожидаемый результат",
                            "1. | Семинар | Кураторы разработали план работы. Муниципальные координаторы скорректировали карты\\nНе менее 60% родителей вовлечены"));

            assertThat(result.roadmap().activities().get(0).results())
                    .extracting(r -> r.text())
                    .containsExactly(
                            "Кураторы разработали план работы.",
                            "Муниципальные координаторы скорректировали карты",
                            "Не менее 60% родителей вовлечены");
            assertThat(result.roadmap().activities().get(0).results().get(2).target())
                    .isPresent();
        }

        @Test
        void doesNotSplitAtAbbreviationsOrInsideQuotes() {
            // a sentence that ends in an abbreviation is not told from the abbreviation: one result
            assertThat(Results.sentences("Семинары, конференции и т.д. Проведены в срок"))
                    .hasSize(1);
            assertThat(Results.sentences("Проведены семинары. Проведены вебинары"))
                    .hasSize(2);
            assertThat(Results.sentences("Фестивали, марафоны и т.д.")).hasSize(1);
            assertThat(Results.sentences("Вебинар \"Типовые ошибки ЕГЭ. Развитие компетенций\" проведен"))
                    .hasSize(1);
            assertThat(Results.sentences("Приказ подписан А. Ю. Меховской")).hasSize(1);
        }
    }

    @Nested
    class MetadataInference {

        @Test
        void takesTheCallersMetadataOverTheWords() {
            ImportOptions options = ImportOptions.builder()
                    .id(RoadmapId.of("my-id"))
                    .level(Level.SCHOOL)
                    .period(DateRange.ofYear(2030))
                    .timeZone(ZoneId.of("Europe/Moscow"))
                    .build();

            ImportResult result = new Interpreter()
                    .interpret(
                            Docs.doc(
                                    Docs.paragraph(1, "«Дорожная карта» Приморского края в 2022 году"),
                                    Docs.grid(3, "№ | Мероприятие", "1 | Семинар")),
                            options);

            assertThat(result.roadmap().id()).isEqualTo(RoadmapId.of("my-id"));
            assertThat(result.roadmap().level()).isEqualTo(Level.SCHOOL);
            assertThat(result.roadmap().period()).contains(DateRange.ofYear(2030));
            assertThat(result.roadmap().timeZone()).contains(ZoneId.of("Europe/Moscow"));
        }

        @Test
        void infersThePeriodFromTheTitle() {
            assertThat(Metadata.periodFromTitle("план на 2022/2023 учебный год"))
                    .contains(new DateRange(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)));
            assertThat(Metadata.periodFromTitle("план на 2021-2023 годы"))
                    .contains(new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)));
            assertThat(Metadata.periodFromTitle("в 2022 году")).contains(DateRange.ofYear(2022));
            assertThat(Metadata.periodFromTitle("план мероприятий")).isEmpty();
        }

        @Test
        void namesTheRegionAndItsTimeZone() {
            assertThat(Metadata.region(java.util.List.of("министерство образования Амурской области")))
                    .hasValueSatisfying(r -> {
                        assertThat(r.name()).isEqualTo("Амурская область");
                        assertThat(r.zone()).isEqualTo(ZoneId.of("Asia/Yakutsk"));
                    });
            assertThat(Metadata.municipality(java.util.List.of("на территории Михайловского района")))
                    .contains("Михайловский район");
        }

        @Test
        void warnsWhenThereIsNoTitleAndUsesTheSourcesName() {
            ImportResult result = Docs.interpret(Docs.grid("№ | Мероприятие", "1 | Семинар"));

            assertThat(result.roadmap().title()).isEqualTo("test");
            assertThat(result.warnings()).extracting(ImportWarning::code).contains("import.no-title");
        }
    }

    @Test
    void keepsTheTextOfADocumentWithoutATableAsNotes() {
        ImportResult result =
                Docs.interpret(Docs.paragraph(1, "Просто текст без таблицы."), Docs.paragraph(3, "И ещё одна строка."));

        assertThat(result.roadmap().sections()).isEmpty();
        assertThat(result.warnings()).extracting(ImportWarning::code).contains("import.no-table");
        assertThat(result.roadmap().context())
                .extracting(c -> c.text())
                .containsExactly("Просто текст без таблицы.", "И ещё одна строка.");
    }
}
