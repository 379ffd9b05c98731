package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.SchoolYearCalendar;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.internal.Memo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's context over a roadmap with a given memo, for the tests of what rules share through the memo: no
 * monitoring, no period, the fixtures' date, no known abbreviations; the calendars, the reporting due day and
 * reporting are refused.
 */
final class MemoContext extends Memo.Holder {
    private final Roadmap roadmap;

    MemoContext(Roadmap roadmap, Memo memo) {
        super(memo);
        this.roadmap = roadmap;
    }

    @Override
    public Roadmap roadmap() {
        return roadmap;
    }

    @Override
    public Optional<Monitoring> monitoring() {
        return Optional.empty();
    }

    @Override
    public Optional<DateRange> period() {
        return Optional.empty();
    }

    @Override
    public LocalDate asOf() {
        return Fixtures.AS_OF;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Europe/Moscow");
    }

    @Override
    public ProductionCalendar calendar() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SchoolYearCalendar schoolYear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int reportingDueDay() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> knownAbbreviations() {
        return Set.of();
    }

    @Override
    public void report(Document document, Pointer where, Map<String, ?> arguments) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void report(Document document, Pointer where, String variant, Map<String, ?> arguments) {
        throw new UnsupportedOperationException();
    }
}
