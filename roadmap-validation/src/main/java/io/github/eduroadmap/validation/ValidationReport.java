package io.github.eduroadmap.validation;

import io.github.eduroadmap.validation.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a validator found: the violations sorted by location, with counts by severity. Immutable.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(roadmap);
 * if (!report.isValid()) {
 *     report.errors().forEach(v -> log.warn("{}", v));
 * }
 * String json = report.toJson();   // documented by jsonSchema()
 * }</pre>
 */
public final class ValidationReport {

    /** The value of the {@code schema} member of {@link #toJson()}: the report format and its version. */
    public static final String JSON_FORMAT = "validation-report/1";

    private static final String SCHEMA_RESOURCE = "report.schema.json";

    private final List<Violation> violations;
    private final Map<Severity, Integer> counts;

    private ValidationReport(List<Violation> sorted) {
        this.violations = Collections.unmodifiableList(sorted);
        // counted as ints and boxed once: a count past 127 boxed at every step would be a new Integer each time
        int[] n = new int[SEVERITIES.length];
        for (Violation v : sorted) {
            n[v.severity().ordinal()]++;
        }
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : SEVERITIES) {
            c.put(s, n[s.ordinal()]);
        }
        this.counts = Collections.unmodifiableMap(c);
    }

    private static final Severity[] SEVERITIES = Severity.values();

    /**
     * Returns a report of the given violations, sorted by location.
     *
     * @param violations the violations in any order
     * @return the report
     */
    public static ValidationReport of(List<Violation> violations) {
        return sorting(new ArrayList<>(violations));
    }

    /**
     * Returns a report of violations sorted in the list given, which the report keeps: for the validator, whose list
     * of violations nobody else holds, so it needs no copy.
     *
     * @param violations the violations in any order, in a list the caller gives away
     * @return the report
     */
    static ValidationReport sorting(List<Violation> violations) {
        for (Violation v : violations) {
            Objects.requireNonNull(v, "violation");
        }
        ViolationOrder.sort(violations);
        return new ValidationReport(violations);
    }

    /**
     * Returns the violations, sorted by location, then code.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Tells whether the roadmap has no errors; warnings and information do not count.
     *
     * @return true when there is no violation of severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        return counts.get(Severity.ERROR) == 0;
    }

    /**
     * Returns how many violations have a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /**
     * Returns the counts of violations by severity.
     *
     * @return every severity with its count, zero included
     */
    public Map<Severity, Integer> counts() {
        return counts;
    }

    /**
     * Returns the errors.
     *
     * @return the violations of severity {@link Severity#ERROR}
     */
    public List<Violation> errors() {
        return filter(v -> v.severity() == Severity.ERROR).violations();
    }

    /**
     * Returns the report of the violations at least as bad as a severity.
     *
     * @param minimum the least severity kept
     * @return the filtered report
     */
    public ValidationReport atLeast(Severity minimum) {
        return filter(v -> v.severity().isAtLeast(minimum));
    }

    /**
     * Returns the report of the violations with the given codes.
     *
     * @param codes the codes kept
     * @return the filtered report
     */
    public ValidationReport withCodes(Set<String> codes) {
        return filter(v -> codes.contains(v.code()));
    }

    /**
     * Returns the report of the violations a predicate keeps.
     *
     * @param keep the predicate
     * @return the filtered report
     */
    public ValidationReport filter(Predicate<Violation> keep) {
        return new ValidationReport(violations.stream().filter(keep).collect(Collectors.toList()));
    }

    /**
     * Returns the report as text, one line per violation: {@code <pointer> [<code>] <SEVERITY>: <message>}, a
     * pointer into the monitoring document prefixed with {@code monitoring#} (see {@link Violation#toString()}).
     *
     * @return the lines, each ending with a line break; empty when there is no violation
     */
    public String toText() {
        StringBuilder s = new StringBuilder();
        for (Violation v : violations) {
            s.append(v).append('\n');
        }
        return s.toString();
    }

    /**
     * Returns the report as JSON, described by {@link #jsonSchema()}.
     *
     * <pre>{@code
     * {
     *   "schema": "validation-report/1",
     *   "valid": false,
     *   "counts": {"error": 1, "warning": 0, "info": 0},
     *   "violations": [
     *     {
     *       "document": "roadmap",
     *       "pointer": "/sections/0/activities/2/executors",
     *       "code": "activity.no-executor",
     *       "severity": "error",
     *       "message": "...",
     *       "arguments": {"number": "3."}
     *     }
     *   ]
     * }
     * }</pre>
     *
     * <p>Violations come in the order of {@link #violations()}; arguments in the order the rule gave them, texts as
     * strings, numbers as JSON numbers written exactly, dates as ISO strings, lists as arrays.
     *
     * @return the JSON text, indented by two spaces, ending with a line break
     */
    public String toJson() {
        Json j = new Json();
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((severity, n) -> byName.put(lower(severity), n));
        j.raw("{").newline(1).string("schema").raw(": ").string(JSON_FORMAT).raw(",");
        j.newline(1).string("valid").raw(": ").value(isValid()).raw(",");
        j.newline(1).string("counts").raw(": ").value(byName).raw(",");
        j.newline(1).string("violations").raw(": [");
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            j.newline(2).raw("{");
            j.newline(3)
                    .string("document")
                    .raw(": ")
                    .string(lower(v.document()))
                    .raw(",");
            j.newline(3)
                    .string("pointer")
                    .raw(": ")
                    .string(v.pointer().toString())
                    .raw(",");
            j.newline(3).string("code").raw(": ").string(v.code()).raw(",");
            j.newline(3)
                    .string("severity")
                    .raw(": ")
                    .string(lower(v.severity()))
                    .raw(",");
            j.newline(3).string("message").raw(": ").string(v.message()).raw(",");
            j.newline(3).string("arguments").raw(": ").value(v.arguments());
            j.newline(2).raw(i + 1 < violations.size() ? "}," : "}");
        }
        if (!violations.isEmpty()) {
            j.newline(1);
        }
        j.raw("]").newline(0).raw("}\n");
        return j.text();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of {@link #toJson()}, also published as the resource {@code
     * io/github/eduroadmap/validation/report.schema.json} of this module.
     *
     * @return the schema's JSON text
     */
    public static String jsonSchema() {
        try (InputStream in = ValidationReport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    @Override
    public String toString() {
        return "ValidationReport" + counts;
    }
}
