package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A defect planted by {@link Defects}: the documents with the defect, where the validator is expected to report it,
 * the day to validate them as of, and the documents as they were before.
 *
 * <pre>{@code
 * Planted planted = Defects.plant(Defect.REPORTING_LATE, 7L);
 * RoadmapValidator validator = RoadmapValidator.builder().asOf(planted.asOf()).build();
 * ValidationReport report = planted.validate(validator);     // with the monitoring document when there is one
 * assertThat(report).hasViolation(planted);                   // planted.code() in planted.document() at planted.pointer()
 * assertThat(planted.introduced(validator)).hasOnlyCodes(planted.expectedCodes().toArray(String[]::new));
 * }</pre>
 *
 * <p>Immutable.
 */
public final class Planted {

    private final Defect defect;
    private final Roadmap roadmap;
    private final Optional<Monitoring> monitoring;
    private final Document document;
    private final Pointer pointer;
    private final LocalDate asOf;
    private final Roadmap originalRoadmap;
    private final Optional<Monitoring> originalMonitoring;

    Planted(
            Defect defect,
            Roadmap roadmap,
            Optional<Monitoring> monitoring,
            Document document,
            Pointer pointer,
            LocalDate asOf,
            Roadmap originalRoadmap,
            Optional<Monitoring> originalMonitoring) {
        this.defect = Objects.requireNonNull(defect, "defect");
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.document = Objects.requireNonNull(document, "document");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.originalRoadmap = Objects.requireNonNull(originalRoadmap, "originalRoadmap");
        this.originalMonitoring = Objects.requireNonNull(originalMonitoring, "originalMonitoring");
    }

    /**
     * Returns the defect planted.
     *
     * @return the defect
     */
    public Defect defect() {
        return defect;
    }

    /**
     * Returns the code the validator is expected to report the defect with.
     *
     * @return the defect's code, e.g. {@code numbering.gap}
     */
    public String code() {
        return defect.code();
    }

    /**
     * Returns the roadmap with the defect (or the roadmap as it was, for a defect of the monitoring document).
     *
     * @return the roadmap
     */
    public Roadmap roadmap() {
        return roadmap;
    }

    /**
     * Returns the monitoring document to validate the roadmap with: with the defect, or as it was given.
     *
     * @return the monitoring document; empty for a defect of the roadmap planted without one
     */
    public Optional<Monitoring> monitoring() {
        return monitoring;
    }

    /**
     * Returns the document the validator is expected to report the defect in.
     *
     * @return the roadmap or the monitoring document
     */
    public Document document() {
        return document;
    }

    /**
     * Returns where in {@link #document()} the validator is expected to report the defect.
     *
     * @return the JSON Pointer, e.g. {@code /sections/2/activities/4/number}
     */
    public Pointer pointer() {
        return pointer;
    }

    /**
     * Returns the day to validate the documents as of: the date of the monitoring document when there is one.
     *
     * @return the as-of date for {@link RoadmapValidator.Builder#asOf(LocalDate)}
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the roadmap before the defect was planted.
     *
     * @return the original roadmap
     */
    public Roadmap originalRoadmap() {
        return originalRoadmap;
    }

    /**
     * Returns the monitoring document before the defect was planted.
     *
     * @return the original monitoring document, if any
     */
    public Optional<Monitoring> originalMonitoring() {
        return originalMonitoring;
    }

    /**
     * Returns the codes a report of the planted documents may have beyond those of the original documents: the
     * defect's code and its {@linkplain Defect#sideEffects() side effects}.
     *
     * @return the codes
     */
    public Set<String> expectedCodes() {
        Set<String> codes = new TreeSet<>(defect.sideEffects());
        codes.add(defect.code());
        return codes;
    }

    /**
     * Validates the planted documents: the roadmap, with the monitoring document when there is one.
     *
     * @param validator a validator, best built {@linkplain RoadmapValidator.Builder#asOf(LocalDate) as of}
     *     {@link #asOf()}
     * @return the report
     */
    public ValidationReport validate(RoadmapValidator validator) {
        return validate(validator, roadmap, monitoring);
    }

    /**
     * Validates the documents as they were before the defect was planted.
     *
     * @param validator a validator, best built as of {@link #asOf()}
     * @return the report
     */
    public ValidationReport validateOriginal(RoadmapValidator validator) {
        return validate(validator, originalRoadmap, originalMonitoring);
    }

    /**
     * Returns the violations the planting introduced: those of the planted documents' report that the original
     * documents' report does not have, compared by document, pointer and code (and counted, so that a second
     * violation of a code at a place is new).
     *
     * @param validator a validator, best built as of {@link #asOf()}
     * @return the report of the new violations
     */
    public ValidationReport introduced(RoadmapValidator validator) {
        Map<List<Object>, Integer> before = new HashMap<>();
        for (Violation v : validateOriginal(validator).violations()) {
            before.merge(key(v), 1, Integer::sum);
        }
        List<Violation> added = new ArrayList<>();
        for (Violation v : validate(validator).violations()) {
            Integer left = before.get(key(v));
            if (left == null || left == 0) {
                added.add(v);
            } else {
                before.put(key(v), left - 1);
            }
        }
        return ValidationReport.of(added);
    }

    private static List<Object> key(Violation v) {
        return List.of(v.document(), v.pointer(), v.code());
    }

    private static ValidationReport validate(
            RoadmapValidator validator, Roadmap roadmap, Optional<Monitoring> monitoring) {
        Objects.requireNonNull(validator, "validator");
        return monitoring.isPresent() ? validator.validate(roadmap, monitoring.get()) : validator.validate(roadmap);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Planted)) {
            return false;
        }
        Planted p = (Planted) o;
        return defect == p.defect
                && roadmap.equals(p.roadmap)
                && monitoring.equals(p.monitoring)
                && document == p.document
                && pointer.equals(p.pointer)
                && asOf.equals(p.asOf)
                && originalRoadmap.equals(p.originalRoadmap)
                && originalMonitoring.equals(p.originalMonitoring);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defect, roadmap, monitoring, document, pointer, asOf);
    }

    /**
     * Returns what was planted where, e.g. {@code NUMBERING_GAP [numbering.gap] at /sections/2/activities/4/number
     * of roadmap gen-1f, as of 2023-01-01}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String where = pointer.toString().isEmpty() ? "/" : pointer.toString();
        if (document == Document.MONITORING) {
            where = "monitoring#" + where;
        }
        return defect.name() + " [" + code() + "] at " + where + " of roadmap "
                + roadmap.id().value() + ", as of " + asOf;
    }
}
