package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.Fixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.activity;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.run;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.section;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.Severity;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on the words of a roadmap: school spelling, approval placeholders, unbalanced quotes. */
class TextRulesTests {

    @Nested
    class ParticipantSpelling {

        static Participant school(String name) {
            return Participant.builder()
                    .kind(ParticipantKind.SCHOOL)
                    .name(name)
                    .head(Person.named("Рожкову Виктору Александровичу"))
                    .build();
        }

        @Test
        void isFoundWhereAnActivityMisspellsAParticipantSchool() {
            // seed 001: the order names МОУ «Нижнеильиновская СОШ», activity 15 of section II "Нижеильиновская"
            Roadmap r = roadmap()
                    .addParticipants(school("МОУ «Воскресеновская СОШ»"), school("МОУ «Нижнеильиновская СОШ»"))
                    .addSections(section(
                            "II. 2.",
                            activity(
                                    "15",
                                    "Системный анализ результатов в каждой образовательной организации: МОУ"
                                            + " «Воскресеновская СОШ», МОУ «Нижеильиновская СОШ»")))
                    .build();
            assertThat(run("participant.spelling", RU, r))
                    .containsExactly("/sections/0/activities/0/title [participant.spelling] WARNING: «Нижеильиновская"
                            + " СОШ» написано иначе, чем «Нижнеильиновская СОШ» (/participants/1/name)");
            assertThat(run("participant.spelling", EN, r))
                    .containsExactly("/sections/0/activities/0/title [participant.spelling] WARNING: \"Нижеильиновская"
                            + " СОШ\" is spelled differently from \"Нижнеильиновская СОШ\" (/participants/1/name)");
            assertThat(violations("participant.spelling", r).get(0).arguments())
                    .containsExactly(
                            Map.entry("name", "Нижеильиновская СОШ"),
                            Map.entry("other", "Нижнеильиновская СОШ"),
                            Map.entry("where", "/participants/1/name"));
        }

        @Test
        void takesTheFirstSpellingForTheReferenceWithoutParticipants() {
            Roadmap r = roadmap()
                    .addSections(section(
                            "1.",
                            activity("1.", "Посещение МОБУ «Новочесноковская СОШ»"),
                            activity("2.", "Анализ: МОБУ «Новочеснаковская СОШ»"),
                            activity("3.", "Отчёт МОБУ «Новочеснаковская СОШ»")))
                    .build();
            assertThat(run("participant.spelling", RU, r))
                    .containsExactly("/sections/0/activities/1/title [participant.spelling] WARNING: «Новочеснаковская"
                            + " СОШ» написано иначе, чем «Новочесноковская СОШ» (/sections/0/activities/0/title)");
        }

        @ParameterizedTest(name = "{0} / {1}")
        @CsvSource({
            "СОШ № 1, СОШ № 2", // two schools
            "Лицей № 5, Лицей № 6",
            "Калининская СОШ, Каменская СОШ", // far apart
            "Школа, Школы" // too short to tell
        })
        void isNoneForDifferentSchools(String one, String two) {
            Roadmap r = roadmap()
                    .addParticipants(school("МОУ «" + one + "»"))
                    .addSections(section("1.", activity("1.", "Посещение МОУ «" + two + "»")))
                    .build();
            assertThat(run("participant.spelling", RU, r)).isEmpty();
        }

        @Test
        void isNoneForProjectsInQuotes() {
            Roadmap r = roadmap()
                    .addParticipants(school("МОУ «Школа молодого педагога»"))
                    .addSections(section("1.", activity("1.", "Организация работы «Школы молодого педагога»")))
                    .build();
            assertThat(run("participant.spelling", RU, r)).isEmpty();
        }

        @Test
        void readsSchoolNamesFromQuotations() {
            assertThat(SchoolNames.in("МОАУ «Калининская СОШ» - Жерноклёвой Валентине Ивановне;"))
                    .containsExactly("Калининская СОШ");
            assertThat(SchoolNames.in("на базе «Средняя школа № 1 ООШ»")).containsExactly("Средняя школа № 1 ООШ");
            assertThat(SchoolNames.in("МБОУ   «Лицей № 1»")).containsExactly("Лицей № 1");
            assertThat(SchoolNames.in("проект «Опорная школа – наставник»")).isEmpty();
            assertThat(SchoolNames.in("ГАУ ДПО «АМИРО»")).isEmpty();
            assertThat(SchoolNames.in("МОУ «Нижнеильиновская СОШ")).isEmpty();
        }
    }

    @Nested
    class ApprovalPlaceholder {

        static Roadmap approved(ApprovalDocument.Builder b) {
            return roadmap()
                    .approval(b.kind(ApprovalKind.ORDER).build())
                    .addSections(section("1.", activity("1.")))
                    .build();
        }

        @Test
        void findsAGarbledNumberAndAnUnreadableDate() {
            // seed 002: "от « » Q_ 2021 № £/(?£L"
            Roadmap r = approved(ApprovalDocument.builder().number("£/(?£L").dateText("« » Q_ 2021"));
            assertThat(run("approval.placeholder", RU, r))
                    .containsExactly(
                            "/approval/dateText [approval.placeholder] WARNING: дата документа «« » Q_ 2021» не"
                                    + " заполнена или не читается",
                            "/approval/number [approval.placeholder] WARNING: номер документа «£/(?£L» не заполнен или"
                                    + " не читается");
            assertThat(run("approval.placeholder", EN, r))
                    .containsExactly(
                            "/approval/dateText [approval.placeholder] WARNING: the document date \"« » Q_ 2021\" is"
                                    + " blank or unreadable",
                            "/approval/number [approval.placeholder] WARNING: the document number \"£/(?£L\" is blank"
                                    + " or unreadable");
            assertThat(violations("approval.placeholder", r).get(0).severity()).isEqualTo(Severity.WARNING);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"__", "", "  ", "б/н", "23/6045?", "№ ___", "Q_"})
        void takesForAPlaceholderTheNumber(String number) {
            assertThat(ApprovalPlaceholderRule.isPlaceholderNumber(number)).isTrue();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"234", "23/6045", "958-а", "23/11459", "01-12/345", "12", "45-р (доп.)"})
        void takesForANumberTheNumber(String number) {
            assertThat(ApprovalPlaceholderRule.isPlaceholderNumber(number)).isFalse();
        }

        @Test
        void findsABlankFormDateEvenBesideADate() {
            Roadmap r = approved(ApprovalDocument.builder()
                    .number("12")
                    .date(LocalDate.of(2021, 3, 1))
                    .dateText("«__» ______ 2021"));
            assertThat(run("approval.placeholder", RU, r))
                    .containsExactly("/approval/dateText [approval.placeholder] WARNING: дата документа ««__» ______"
                            + " 2021» не заполнена или не читается");
        }

        @Test
        void findsAnUnfilledFieldOfALetter() {
            // seed 000: "На № _____ от _____"
            Roadmap r = approved(ApprovalDocument.builder()
                    .number("23/6045")
                    .date(LocalDate.of(2022, 6, 29))
                    .addBody("ул. Светланская, 22, г. Владивосток, 690110", "На № _____ от _____"));
            assertThat(run("approval.placeholder", RU, r))
                    .containsExactly("/approval/body/1 [approval.placeholder] WARNING: в тексте документа остался"
                            + " незаполненный бланк: «На № _____ от _____»");
            assertThat(run("approval.placeholder", EN, r))
                    .containsExactly("/approval/body/1 [approval.placeholder] WARNING: the document's text has a blank"
                            + " form field left unfilled: \"На № _____ от _____\"");
        }

        @Test
        void findsANumberSignWithNoNumber() {
            // seed 002: the order's header line "13 Л&Ж/  г. Владивосток №"
            Roadmap r = approved(ApprovalDocument.builder()
                    .number("12")
                    .date(LocalDate.of(2021, 3, 1))
                    .addBody("П Р И К А З", "13 Л&Ж/  г. Владивосток №", "№ 12 от 01.03.2021"));
            assertThat(run("approval.placeholder", RU, r))
                    .containsExactly("/approval/body/1 [approval.placeholder] WARNING: в тексте документа остался"
                            + " незаполненный бланк: «13 Л&Ж/ г. Владивосток №»");
        }

        @Test
        void isNoneForAReadableNumberAndDate() {
            Roadmap r = approved(ApprovalDocument.builder()
                    .number("234")
                    .date(LocalDate.of(2022, 4, 20))
                    .dateText("20 апреля 2022 г."));
            assertThat(run("approval.placeholder", RU, r)).isEmpty();
        }

        @Test
        void isNoneForWhatIsNotPrinted() {
            assertThat(run("approval.placeholder", RU, approved(ApprovalDocument.builder())))
                    .isEmpty();
            assertThat(run("approval.placeholder", RU, roadmap().build())).isEmpty();
        }
    }

    @Nested
    class UnbalancedQuotes {

        @Test
        void isAnInfoAtTheText() {
            // seed 000: «Внутренняя система ... обучающихся — never closed
            Roadmap r = roadmap()
                    .addSections(section(
                            "Задача 1.",
                            activity(
                                    "1.",
                                    "Семинар «Внутренняя система оценки качества образования ОО как управленческий")))
                    .build();
            assertThat(run("text.unbalanced-quotes", RU, r))
                    .containsExactly("/sections/0/activities/0/title [text.unbalanced-quotes] INFO: в тексте «Семинар"
                            + " «Внутренняя система оценки качества образования ОО как управленческий» кавычки «"
                            + " » не парные: « — 1, » — 0");
            assertThat(run("text.unbalanced-quotes", EN, r))
                    .containsExactly(
                            "/sections/0/activities/0/title [text.unbalanced-quotes] INFO: the quotes « » of"
                                    + " \"Семинар «Внутренняя система оценки качества образования ОО как управленческий\" do not pair: 1 « and 0 »");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "Участие в вебинаре «Возможности сущностей национального проекта «Образование»", // seed 001
                    "итоги »конкурса«",
                    "»"
                })
        void isFoundForUnpairedQuotes(String text) {
            Roadmap r = roadmap()
                    .addSections(section("1.", activity("1.").withResults(ExpectedResult.ofText(text))))
                    .build();
            assertThat(violations("text.unbalanced-quotes", r))
                    .singleElement()
                    .satisfies(v -> assertThat(v.pointer().toString()).isEqualTo("/sections/0/activities/0/results/0"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(
                strings = {
                    "Программа «Использование модуля МСОКО в АИС «Приморский край. Образование» в практике»",
                    "Реализация проекта «Клуб стобалльников»",
                    "без кавычек",
                    "\"Эффективная школа\""
                })
        void isNoneForPairedQuotes(String text) {
            Roadmap r =
                    roadmap().addSections(section("1.", activity("1.", text))).build();
            assertThat(run("text.unbalanced-quotes", RU, r)).isEmpty();
        }
    }

    @Nested
    class Distance {

        @ParameterizedTest(name = "{0} / {1}: {2}")
        @CsvSource({
            "ШНОР, ШНОР, 0",
            "ШНРО, ШНОР, 1", // transposition
            "Нижеильиновская, Нижнеильиновская, 1", // deletion
            "ВСОКО, МСОКО, 1", // substitution
            "ГАУ ДПО, АУ ДПО, 1",
            "РИКО, ФИОКО, 2",
            "abc, ca, 3", // optimal string alignment never edits a transposed pair again (true Damerau-Levenshtein: 2)
            "'', abc, 3"
        })
        void countsLetterEdits(String a, String b, int distance) {
            assertThat(EditDistance.between(a, b, 5)).isEqualTo(distance);
            assertThat(EditDistance.between(b, a, 5)).isEqualTo(distance);
        }

        @Test
        void stopsAtTheLimit() {
            assertThat(EditDistance.between("МИНИСТЕРСТВО", "ОБРАЗОВАНИЕ", 1)).isEqualTo(2);
            assertThat(EditDistance.between("ab", "abcdef", 1)).isEqualTo(2);
        }

        @Test
        void countsWordEdits() {
            assertThat(EditDistance.between(
                            java.util.List.of("ГАУ", "ДПО", "Ж", "ИРО"),
                            java.util.List.of("ГАУ", "ДПО", "ПК", "ИРО"),
                            2))
                    .isEqualTo(1);
            assertThat(EditDistance.between(java.util.List.of("ПК", "МО"), java.util.List.of("МО", "ПК"), 2))
                    .isEqualTo(1);
        }

        @Test
        void agreesWithAPlainComputationOnRandomWords() {
            java.util.SplittableRandom random = new java.util.SplittableRandom(20220629);
            for (int n = 0; n < 2000; n++) {
                String a = word(random);
                String b = random.nextBoolean() ? word(random) : mutate(a, random);
                int full = EditDistance.between(a, b, 100);
                assertThat(full).isEqualTo(plain(a, b));
                for (int limit = 0; limit <= 3; limit++) {
                    assertThat(EditDistance.between(a, b, limit)).isEqualTo(Math.min(full, limit + 1));
                }
            }
        }

        private String word(java.util.SplittableRandom random) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(0, 8);
            for (int i = 0; i < n; i++) {
                b.append("АБВОР".charAt(random.nextInt(5)));
            }
            return b.toString();
        }

        private String mutate(String a, java.util.SplittableRandom random) {
            StringBuilder b = new StringBuilder(a);
            int edits = random.nextInt(0, 3);
            for (int i = 0; i < edits && b.length() > 1; i++) {
                int at = random.nextInt(b.length() - 1);
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
            return b.toString();
        }

        /** Optimal string alignment distance, the textbook full matrix. */
        private int plain(String a, String b) {
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= b.length(); j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                    }
                }
            }
            return d[a.length()][b.length()];
        }
    }
}
