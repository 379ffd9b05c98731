package io.github.eduroadmap.io;

import static io.github.eduroadmap.io.RoundTrips.assertRoundTrips;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTests {

    @Nested
    class Roadmaps {

        @Test
        void keepsARoadmapThatUsesEveryField() {
            assertRoundTrips(Samples.full());
        }

        @Test
        void keepsTheSmallestRoadmap() {
            assertRoundTrips(Samples.minimal());
        }

        @Test
        void writesTheSmallestRoadmapWithItsRequiredFieldsOnly() {
            assertThat(RoadmapMapper.yaml().writeToString(Samples.minimal()))
                    .isEqualTo("schema: roadmap/1\nid: r\ntitle: t\nlevel: school\n");
            assertThat(RoadmapMapper.json().writeToString(Samples.minimal()))
                    .isEqualTo("{\n  \"schema\": \"roadmap/1\",\n  \"id\": \"r\",\n  \"title\": \"t\",\n"
                            + "  \"level\": \"school\"\n}\n");
        }

        @ParameterizedTest
        @MethodSource("io.github.eduroadmap.io.RoundTripTests#periods")
        void keepsEveryFormOfPeriod(DateRange period) {
            assertRoundTrips(Samples.minimal().withPeriod(period));
        }

        @Test
        void keepsEveryDeadlineVariantAlone() {
            for (Deadline d : Samples.typedDeadlines()) {
                assertRoundTrips(
                        withActivity(Activity.builder().title("x").deadline(d).build()));
            }
            for (String words : Samples.DEADLINE_WORDS) {
                assertRoundTrips(withActivity(Activity.builder()
                        .title("x")
                        .deadline(Deadline.parse(words))
                        .build()));
            }
        }

        @Test
        void keepsExtensionsOfEveryKindOnEveryExtensibleObject() {
            Map<String, ExtensionValue> ext = Samples.extensionsOfEveryKind();
            Roadmap r = Samples.full();
            Roadmap everywhere = r.withExtensions(ext)
                    .withObjectives(Objective.builder()
                            .id("1")
                            .title("t")
                            .extensions(ext)
                            .build())
                    .withSections(Section.builder()
                            .title("s")
                            .extensions(ext)
                            .addActivities(Activity.builder()
                                    .title("a")
                                    .extensions(ext)
                                    .build())
                            .build());
            assertRoundTrips(everywhere);
        }

        @Test
        void keepsNumbersWithTheirScale() {
            Map<String, ExtensionValue> ext = new LinkedHashMap<>();
            String[] numbers = {
                "0",
                "0.0",
                "52.8",
                "52.80",
                "1E+3",
                "1.0E+3",
                "0E-10",
                "-0.5",
                "1E-999",
                "9E+999",
                "12345678901234567890123456789012345678901234567890"
            };
            for (String n : numbers) {
                ext.put(n, ExtensionValue.of(new BigDecimal(n)));
            }
            Roadmap r = Samples.minimal().withExtensions(ext);
            assertRoundTrips(r);
            for (RoadmapFormat f : RoadmapFormat.values()) {
                Roadmap back = RoadmapMapper.of(f).read(RoadmapMapper.of(f).writeToString(r));
                for (String n : numbers) {
                    BigDecimal read = ((ExtensionValue.Number) back.extensions().get(n)).value();
                    assertThat(read.scale()).as("%s in %s", n, f).isEqualTo(new BigDecimal(n).scale());
                }
            }
        }

        @Test
        void keepsAwkwardTextsInEveryField() {
            SplittableRandom random = new SplittableRandom(20_220_420L);
            for (int i = 0; i < 300; i++) {
                String text = AwkwardText.next(random);
                Map<String, ExtensionValue> ext = new LinkedHashMap<>();
                ext.put(AwkwardText.next(random), ExtensionValue.of(text));
                ext.put(text, ExtensionValue.of(AwkwardText.next(random)));
                Roadmap r = Samples.minimal()
                        .withTitle(text)
                        .withProgramme(AwkwardText.next(random))
                        .withNotes(List.of(text, AwkwardText.next(random)))
                        .withExtensions(ext)
                        .withSections(Section.builder()
                                .title(text)
                                .number(AwkwardText.next(random))
                                .addActivities(Activity.builder()
                                        .title(AwkwardText.next(random))
                                        .deadline(Deadline.parse(text))
                                        .build())
                                .build());
                assertRoundTrips(r);
            }
        }

        private Roadmap withActivity(Activity a) {
            return Samples.minimal()
                    .withPeriod(DateRange.ofYear(2022))
                    .withSections(Section.builder().title("s").addActivities(a).build());
        }
    }

    @Nested
    class MonitoringDocuments {

        @Test
        void keepsAMonitoringDocumentThatUsesEveryField() {
            assertRoundTrips(Samples.monitoring());
        }

        @Test
        void keepsTheSmallestMonitoringDocument() {
            Monitoring m = Monitoring.builder().roadmap(RoadmapId.of("x")).build();
            assertRoundTrips(m);
            assertThat(RoadmapMapper.yaml().writeToString(m)).isEqualTo("schema: monitoring/1\nroadmap: x\n");
        }
    }

    @Nested
    class Writing {

        @Test
        void writesYamlInBlockStyleWithLiteralBlocksAndMinimalQuotes() {
            String yaml = RoadmapMapper.yaml().writeToString(Samples.full());
            assertThat(yaml)
                    .doesNotStartWith("---")
                    .contains("\nlevel: municipal\n")
                    .contains("\n  number: \"234\"\n")
                    .contains("\nperiod: \"2022\"\n")
                    .contains("\n  - id: \"1\"\n    number: \"1.\"\n")
                    .contains("\n  region: Приморский край\n")
                    .contains("\n    - |-\n      3. Руководителям общеобразовательных организаций:\n")
                    .contains("\n  date: 2022-04-20\n")
                    .contains("\n          looksLikeNumber: \"52.80\"\n")
                    .contains("\n          count: 1E+3\n")
                    .contains("\n          многострочный текст: |\n            первая строка\n")
                    .contains("\n      colour: '#ffcc00'\n")
                    .endsWith("\nextensions:\n  source: 001_43de54d881a5ee30.txt\n");
        }

        @Test
        void writesJsonWithTwoSpacesAndCyrillicAsIs() {
            String json = RoadmapMapper.json().writeToString(Samples.full());
            assertThat(json)
                    .startsWith("{\n  \"schema\": \"roadmap/1\",\n  \"id\": \"mikhailovsky-2022-500plus\",\n")
                    .contains("\n  \"territory\": {\n    \"region\": \"Приморский край\",\n")
                    .contains("\"count\": 1E+3")
                    .doesNotContain("\\u04")
                    .endsWith("}\n");
        }

        @Test
        void writesFieldsInTheOrderOfTheFormatReference() {
            String yaml = RoadmapMapper.yaml().writeToString(Samples.full());
            String[] order = {
                "schema:",
                "id:",
                "title:",
                "level:",
                "territory:",
                "programme:",
                "period:",
                "timeZone:",
                "approval:",
                "goals:",
                "objectives:",
                "organisations:",
                "terms:",
                "participants:",
                "reporting:",
                "context:",
                "columns:",
                "sections:",
                "notes:",
                "extensions:"
            };
            int last = -1;
            for (String key : order) {
                int at = yaml.indexOf("\n" + key);
                if (key.equals("schema:")) {
                    at = yaml.startsWith(key) ? 0 : -1;
                }
                assertThat(at).as(key).isGreaterThan(last);
                last = at;
            }
        }

        @Test
        void writesTheSameBytesToStreamsFilesAndStrings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
                throws Exception {
            for (RoadmapFormat f : RoadmapFormat.values()) {
                RoadmapMapper m = RoadmapMapper.of(f);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                m.write(Samples.full(), out);
                java.nio.file.Path file = dir.resolve("r." + f.name().toLowerCase(java.util.Locale.ROOT));
                m.write(Samples.full(), file);
                java.io.StringWriter w = new java.io.StringWriter();
                m.write(Samples.full(), w);
                String s = m.writeToString(Samples.full());
                assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(s);
                assertThat(java.nio.file.Files.readString(file)).isEqualTo(s);
                assertThat(w.toString()).isEqualTo(s);
                assertThat(RoadmapMapper.forPath(file).read(file)).isEqualTo(Samples.full());
                assertThat(m.readDocument(file)).isEqualTo(new RoadmapDocument(Samples.full()));
            }
        }

        @Test
        void refusesADateItCannotWriteAndSaysWhere() {
            Roadmap r = Samples.minimal()
                    .withSections(Section.builder()
                            .title("s")
                            .addActivities(Activity.builder()
                                    .title("a")
                                    .deadline(new Deadline.OnDate("когда-нибудь", LocalDate.of(10_000, 1, 1)))
                                    .build())
                            .build());
            for (RoadmapFormat f : RoadmapFormat.values()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> RoadmapMapper.of(f).writeToString(r))
                        .isInstanceOf(RoadmapWriteException.class)
                        .hasMessage("/sections/0/activities/0/deadline/date: the date +10000-01-01 cannot be written;"
                                + " expected a date in the years 0000 to 9999");
            }
        }
    }

    static Stream<DateRange> periods() {
        return Stream.of(
                DateRange.ofYear(2022),
                DateRange.ofMonth(YearMonth.of(2022, 3)),
                DateRange.ofMonths(YearMonth.of(2022, 12), YearMonth.of(2023, 11)),
                DateRange.ofMonths(YearMonth.of(2021, 1), YearMonth.of(2021, 3)),
                DateRange.ofMonths(YearMonth.of(2021, 10), YearMonth.of(2021, 12)),
                DateRange.ofMonths(YearMonth.of(2021, 2), YearMonth.of(2021, 4)),
                DateRange.ofMonths(YearMonth.of(2023, 5), YearMonth.of(2022, 12)),
                new DateRange(LocalDate.of(2021, 2, 25), LocalDate.of(2021, 12, 12)),
                DateRange.ofDay(LocalDate.of(2021, 2, 25)),
                new DateRange(LocalDate.of(2021, 12, 12), LocalDate.of(2021, 2, 25)),
                new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)),
                DateRange.ofYear(0),
                DateRange.ofYear(9999));
    }

    /** Seeded texts made to trouble YAML and JSON writers. */
    static final class AwkwardText {
        private static final String[] PIECES = {
            "Приморский",
            "край",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\r",
            "\t",
            ":",
            ": ",
            " #",
            "#",
            "- ",
            "-",
            "?",
            "'",
            "\"",
            "\\",
            "&",
            "*",
            "!",
            "|",
            ">",
            "%",
            "@",
            "`",
            "{",
            "}",
            "[",
            "]",
            ",",
            "~",
            "«",
            "»",
            "\u00a0",
            "\u2028",
            "\u0085",
            "😀",
            "yes",
            "no",
            "null",
            "true",
            "1",
            "2022",
            "0x1F",
            "1_000",
            ".5",
            "1e3",
            "+12",
            "012",
            "2022-04-20",
            "---",
            "...",
            "<<",
            "=",
            "0o17",
            ".inf",
            ".NaN",
            "ё",
            "№"
        };

        static String next(SplittableRandom random) {
            int n = random.nextInt(0, 6);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return b.toString();
        }
    }
}
