package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.eduroadmap.model.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report: order, counts, filters, and its text and JSON renderings, the JSON checked against its schema. */
class ValidationReportTests {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ValidationReport.jsonSchema(), InputFormat.JSON);

    static Violation violation(String code, Severity severity, Document document, String pointer) {
        return new Violation(code, severity, document, Pointer.parse(pointer), code + " at " + pointer, Map.of());
    }

    static Violation inRoadmap(String code, Severity severity, String pointer) {
        return violation(code, severity, Document.ROADMAP, pointer);
    }

    /** Violations in shuffled order, in both documents, of every severity. */
    static ValidationReport mixed() {
        return ValidationReport.of(List.of(
                violation("reporting.late", Severity.WARNING, Document.MONITORING, "/reports/4/submitted"),
                inRoadmap("numbering.gap", Severity.WARNING, "/sections/10/number"),
                inRoadmap("structure.blank", Severity.ERROR, "/title"),
                inRoadmap("deadline.chronology", Severity.INFO, "/sections/2/activities/1/deadline"),
                violation("reporting.missing", Severity.ERROR, Document.MONITORING, ""),
                inRoadmap("activity.no-executor", Severity.ERROR, "/sections/2/activities/1"),
                inRoadmap("numbering.gap", Severity.WARNING, "/sections/2/number")));
    }

    @Nested
    class Order {
        @Test
        void isTheRoadmapsViolationsByPositionThenTheMonitoringDocuments() {
            assertThat(mixed().violations())
                    .extracting(v -> v.document() + " " + v.pointer())
                    .containsExactly(
                            "ROADMAP /sections/2/activities/1",
                            "ROADMAP /sections/2/activities/1/deadline",
                            "ROADMAP /sections/2/number",
                            "ROADMAP /sections/10/number",
                            "ROADMAP /title",
                            "MONITORING ",
                            "MONITORING /reports/4/submitted");
        }

        @Test
        void placesTheSamePointerByCodeThenMessage() {
            ValidationReport r = ValidationReport.of(List.of(
                    new Violation("b.code", Severity.INFO, Pointer.parse("/title"), "y", Map.of()),
                    new Violation("a.code", Severity.INFO, Pointer.parse("/title"), "z", Map.of()),
                    new Violation("a.code", Severity.INFO, Pointer.parse("/title"), "x", Map.of())));
            assertThat(r.violations())
                    .extracting(v -> v.code() + " " + v.message())
                    .containsExactly("a.code x", "a.code z", "b.code y");
        }
    }

    @Nested
    class CountsAndFilters {
        @Test
        void countEverySeverity() {
            ValidationReport r = mixed();
            assertThat(r.counts())
                    .containsExactly(
                            Map.entry(Severity.ERROR, 3), Map.entry(Severity.WARNING, 3), Map.entry(Severity.INFO, 1));
            assertThat(r.count(Severity.INFO)).isEqualTo(1);
            assertThat(r.isValid()).isFalse();
        }

        @Test
        void anEmptyReportAndOneWithoutErrorsAreValid() {
            assertThat(ValidationReport.of(List.of()).isValid()).isTrue();
            assertThat(ValidationReport.of(List.of()).counts()).containsValues(0, 0, 0);
            assertThat(mixed().atLeast(Severity.WARNING)
                            .filter(v -> v.severity() != Severity.ERROR)
                            .isValid())
                    .isTrue();
        }

        @Test
        void keepWhatTheyAskFor() {
            ValidationReport r = mixed();
            assertThat(r.errors())
                    .extracting(Violation::code)
                    .containsExactly("activity.no-executor", "structure.blank", "reporting.missing");
            assertThat(r.atLeast(Severity.WARNING).count(Severity.INFO)).isZero();
            assertThat(r.atLeast(Severity.WARNING).violations()).hasSize(6);
            assertThat(r.atLeast(Severity.INFO)).isEqualTo(r);
            assertThat(r.withCodes(Set.of("numbering.gap")).violations())
                    .extracting(v -> v.pointer().toString())
                    .containsExactly("/sections/2/number", "/sections/10/number");
            assertThat(r.filter(v -> v.document() == Document.MONITORING).counts())
                    .containsEntry(Severity.ERROR, 1)
                    .containsEntry(Severity.WARNING, 1);
        }
    }

    @Nested
    class Text {
        @Test
        void isOneLinePerViolationWithTheMonitoringDocumentNamed() {
            assertThat(mixed().withCodes(Set.of("structure.blank", "reporting.late", "reporting.missing"))
                            .toText())
                    .isEqualTo("/title [structure.blank] ERROR: structure.blank at /title\n"
                            + "monitoring#/ [reporting.missing] ERROR: reporting.missing at \n"
                            + "monitoring#/reports/4/submitted [reporting.late] WARNING: reporting.late at"
                            + " /reports/4/submitted\n");
            assertThat(ValidationReport.of(List.of()).toText()).isEmpty();
        }
    }

    @Nested
    class Json {

        static Stream<ValidationReport> reports() {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("text", "«кавычки» \"quotes\" \\ back\\slash\n\r\t\b\f \u0001 \u001f \u007f \u2028 \u2029 😀");
            args.put("lone", "a\ud800b\udc00c");
            args.put("int", 7);
            args.put("long", 12_345_678_901L);
            args.put("decimal", new BigDecimal("52.80"));
            args.put("tiny", new BigDecimal("1E-12"));
            args.put("huge", new BigDecimal("1E+30"));
            args.put("negative", new BigDecimal("-0.5"));
            args.put("date", LocalDate.of(2021, 4, 12));
            args.put("yes", true);
            args.put("list", List.of("ШНОР", 3, new BigDecimal("2.5"), LocalDate.of(2022, 1, 10), false));
            args.put("empty", List.of());
            Violation everything = new Violation(
                    "acme.everything",
                    Severity.INFO,
                    Document.MONITORING,
                    Pointer.root().add("extensions").add("a/b~c").add(""),
                    "сообщение «с кавычками»\nи переносом \"строки\"",
                    args);
            List<Violation> real = new ArrayList<>(RoadmapValidator.builder()
                    .asOf(Fixtures.AS_OF)
                    .discoverRules(false)
                    .locale(Locale.forLanguageTag("ru"))
                    .build()
                    .validate(
                            Fixtures.roadmap()
                                    .withTitle(" ")
                                    .withPeriod(DateRange.of(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1))),
                            Fixtures.monitoring()
                                    .withMeasurements(Fixtures.monitoring()
                                            .measurements()
                                            .get(0)
                                            .withValue(new BigDecimal("101"))))
                    .violations());
            assertThat(real).hasSizeGreaterThanOrEqualTo(3);
            real.add(everything);
            return Stream.of(ValidationReport.of(List.of()), mixed(), ValidationReport.of(real));
        }

        @ParameterizedTest
        @MethodSource("reports")
        void isValidAgainstItsSchema(ValidationReport report) {
            List<Error> errors = SCHEMA.validate(report.toJson(), InputFormat.JSON);
            assertThat(errors).as(report.toJson()).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("reports")
        void readsBackToTheSameReport(ValidationReport report) {
            JsonNode root = MAPPER.readTree(report.toJson());
            assertThat(root.get("schema").asString()).isEqualTo(ValidationReport.JSON_FORMAT);
            assertThat(root.get("valid").asBoolean()).isEqualTo(report.isValid());
            for (Severity s : Severity.values()) {
                assertThat(root.get("counts")
                                .get(s.name().toLowerCase(Locale.ROOT))
                                .asInt())
                        .isEqualTo(report.count(s));
            }
            List<Violation> back = new ArrayList<>();
            for (JsonNode v : root.get("violations")) {
                Map<String, Object> args = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : v.get("arguments").properties()) {
                    args.put(e.getKey(), value(e.getValue()));
                }
                back.add(new Violation(
                        v.get("code").asString(),
                        Severity.valueOf(v.get("severity").asString().toUpperCase(Locale.ROOT)),
                        Document.valueOf(v.get("document").asString().toUpperCase(Locale.ROOT)),
                        Pointer.parse(v.get("pointer").asString()),
                        v.get("message").asString(),
                        args));
            }
            assertThat(back).hasSameSizeAs(report.violations());
            for (int i = 0; i < back.size(); i++) {
                Violation expected = report.violations().get(i);
                Violation actual = back.get(i);
                assertThat(actual.code()).isEqualTo(expected.code());
                assertThat(actual.severity()).isEqualTo(expected.severity());
                assertThat(actual.document()).isEqualTo(expected.document());
                assertThat(actual.pointer()).isEqualTo(expected.pointer());
                assertThat(actual.message()).isEqualTo(expected.message());
                assertThat(actual.arguments().keySet())
                        .containsExactlyElementsOf(expected.arguments().keySet());
                expected.arguments()
                        .forEach((name, value) ->
                                assertSameArgument(actual.arguments().get(name), value));
            }
        }

        @Test
        void isIndentedAndEndsWithALineBreak() {
            assertThat(ValidationReport.of(List.of()).toJson())
                    .isEqualTo("{\n  \"schema\": \"validation-report/1\",\n  \"valid\": true,\n"
                            + "  \"counts\": {\"error\": 0, \"warning\": 0, \"info\": 0},\n  \"violations\": []\n}\n");
            assertThat(ValidationReport.of(List.of(
                                    new Violation("a.b", Severity.ERROR, Pointer.parse("/title"), "m", Map.of("n", 1))))
                            .toJson())
                    .isEqualTo("{\n  \"schema\": \"validation-report/1\",\n  \"valid\": false,\n"
                            + "  \"counts\": {\"error\": 1, \"warning\": 0, \"info\": 0},\n  \"violations\": [\n"
                            + "    {\n      \"document\": \"roadmap\",\n      \"pointer\": \"/title\",\n"
                            + "      \"code\": \"a.b\",\n      \"severity\": \"error\",\n      \"message\": \"m\",\n"
                            + "      \"arguments\": {\"n\": 1}\n    }\n  ]\n}\n");
        }

        @Test
        void escapesWhatJsonRequiresAndNothingElse() {
            String json = ValidationReport.of(List.of(
                            new Violation("a.b", Severity.ERROR, Pointer.root(), "«\"\\\n\u0001\ud800😀»", Map.of())))
                    .toJson();
            assertThat(json).contains("\"message\": \"«\\\"\\\\\\n\\u0001\\ud800😀»\"");
        }

        @Test
        void theSchemaIsAValidDraft202012Schema() {
            Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
            assertThat(meta.validate(ValidationReport.jsonSchema(), InputFormat.JSON))
                    .isEmpty();
        }

        @Test
        void theSchemaRefusesWhatAReportNeverHas() {
            String good = mixed().toJson();
            for (String bad : List.of(
                    good.replace("\"severity\": \"error\"", "\"severity\": \"fatal\""),
                    good.replace("\"document\": \"roadmap\"", "\"document\": \"plan\""),
                    good.replace("\"code\": \"structure.blank\"", "\"code\": \"Structure Blank\""),
                    good.replace("\"pointer\": \"/title\"", "\"pointer\": \"title\""),
                    good.replace("\"valid\": false,", ""),
                    good.replace("\"arguments\": {}", "\"arguments\": {\"x\": null}"))) {
                assertThat(bad).isNotEqualTo(good);
                assertThat(SCHEMA.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
            }
        }

        private Object value(JsonNode node) {
            if (node.isArray()) {
                List<Object> list = new ArrayList<>();
                Iterator<JsonNode> i = node.iterator();
                while (i.hasNext()) {
                    list.add(value(i.next()));
                }
                return list;
            }
            if (node.isBoolean()) {
                return node.asBoolean();
            }
            if (node.isIntegralNumber()) {
                return node.bigIntegerValue();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            return node.asString();
        }

        private void assertSameArgument(Object actual, Object expected) {
            if (expected instanceof List) {
                assertThat(actual).isInstanceOf(List.class);
                List<?> a = (List<?>) actual;
                List<?> e = (List<?>) expected;
                assertThat(a).hasSameSizeAs(e);
                for (int i = 0; i < e.size(); i++) {
                    assertSameArgument(a.get(i), e.get(i));
                }
            } else if (expected instanceof Number) {
                assertThat(new BigDecimal(actual.toString())).isEqualByComparingTo(new BigDecimal(expected.toString()));
            } else if (expected instanceof LocalDate) {
                assertThat(actual).isEqualTo(expected.toString());
            } else {
                assertThat(actual).isEqualTo(expected);
            }
        }
    }
}
