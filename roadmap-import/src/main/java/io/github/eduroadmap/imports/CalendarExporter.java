package io.github.eduroadmap.imports;

import io.github.eduroadmap.imports.internal.calendar.DueEvent;
import io.github.eduroadmap.imports.internal.calendar.DueEvents;
import io.github.eduroadmap.imports.internal.calendar.IcsWriter;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts the due dates of a roadmap into people's calendars: an iCalendar (.ics) file with one all-day event per due
 * date.
 *
 * <p>The events are every concrete due date of every activity within the roadmap's period (each month of "Ежемесячно",
 * the end of "Сентябрь - октябрь", each date of "23.06.2021, 17.11.2021"), and every report due under the roadmap's
 * reporting requirements ("ежемесячно в срок до 10 числа месяца, следующего за отчетным"); a due date set by such a
 * rule that falls on a non-working day moves to the next working day (Civil Code art. 193, with the Russian production
 * calendar). Each event carries the activity (number, title), its executors and results, its section and the roadmap
 * (title, id); its UID depends on the roadmap's id, the activity's id (or number and title) or the reporting
 * requirement, and the nominal date only, so that importing a new export updates the events instead of duplicating
 * them.
 *
 * <pre>{@code
 * CalendarExporter.create()
 *     .withRange(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30))
 *     .write(roadmap, Path.of("roadmap.ics"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CalendarExporter {

    private static final CalendarExporter DEFAULT =
            new CalendarExporter(Optional.empty(), Optional.empty(), ProductionCalendar.russian(), Clock.systemUTC());

    private final Optional<LocalDate> from;
    private final Optional<LocalDate> to;
    private final ProductionCalendar calendar;
    private final Clock clock;

    private CalendarExporter(
            Optional<LocalDate> from, Optional<LocalDate> to, ProductionCalendar calendar, Clock clock) {
        this.from = from;
        this.to = to;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Returns the exporter of every due date, with the Russian production calendar and the system clock.
     *
     * @return the exporter
     */
    public static CalendarExporter create() {
        return DEFAULT;
    }

    /**
     * Returns an exporter that keeps the events due from {@code from} to {@code to}, both included.
     *
     * <p>A roadmap without a period takes this range as its period.
     *
     * @param from the first day, or null for no lower bound
     * @param to the last day, or null for no upper bound
     * @return the exporter
     * @throws IllegalArgumentException if {@code to} lies before {@code from}
     */
    public CalendarExporter withRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        return new CalendarExporter(Optional.ofNullable(from), Optional.ofNullable(to), calendar, clock);
    }

    /**
     * Returns an exporter that moves due dates with another production calendar.
     *
     * @param calendar the calendar
     * @return the exporter
     */
    public CalendarExporter withCalendar(ProductionCalendar calendar) {
        return new CalendarExporter(from, to, Objects.requireNonNull(calendar, "calendar"), clock);
    }

    /**
     * Returns an exporter that stamps its events ({@code DTSTAMP}) with this clock's time.
     *
     * @param clock the clock
     * @return the exporter
     */
    public CalendarExporter withClock(Clock clock) {
        return new CalendarExporter(from, to, calendar, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Counts the events a roadmap gives.
     *
     * @param roadmap the roadmap
     * @return the number of events {@link #write(Roadmap, OutputStream)} writes
     * @throws ExportException if neither the roadmap nor this exporter gives a period
     */
    public int count(Roadmap roadmap) {
        return events(roadmap).size();
    }

    /**
     * Writes a roadmap's due dates as iCalendar, UTF-8.
     *
     * @param roadmap the roadmap
     * @param out where to write; not closed
     * @throws ExportException if neither the roadmap nor this exporter gives a period, or writing fails
     */
    public void write(Roadmap roadmap, OutputStream out) {
        List<DueEvent> events = events(roadmap);
        try {
            IcsWriter.write(roadmap, events, clock.instant(), out);
        } catch (UncheckedIOException e) {
            throw new ExportException(
                    roadmap.id() + ": cannot write the calendar: "
                            + e.getCause().getMessage(),
                    e);
        }
    }

    /**
     * Writes a roadmap's due dates to a file.
     *
     * @param roadmap the roadmap
     * @param file the .ics file, replaced if it exists
     * @throws ExportException if neither the roadmap nor this exporter gives a period, or the file cannot be written
     */
    public void write(Roadmap roadmap, Path file) {
        byte[] bytes = toBytes(roadmap);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ExportException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Returns a roadmap's due dates as iCalendar text.
     *
     * @param roadmap the roadmap
     * @return the text, with CRLF line ends
     * @throws ExportException if neither the roadmap nor this exporter gives a period
     */
    public String writeToString(Roadmap roadmap) {
        return new String(toBytes(roadmap), StandardCharsets.UTF_8);
    }

    private byte[] toBytes(Roadmap roadmap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(roadmap, out);
        return out.toByteArray();
    }

    private List<DueEvent> events(Roadmap roadmap) {
        Objects.requireNonNull(roadmap, "roadmap");
        DateRange period = roadmap.period()
                .or(() -> from.isPresent() && to.isPresent()
                        ? Optional.of(DateRange.of(from.get(), to.get()))
                        : Optional.empty())
                .orElseThrow(() -> new ExportException(roadmap.id()
                        + ": the roadmap has no period, so its deadlines have no dates; give a range (from and to)"));
        List<DueEvent> kept = new ArrayList<>();
        for (DueEvent e : DueEvents.of(roadmap, period, calendar)) {
            LocalDate day = e.due().due();
            if (from.map(f -> !day.isBefore(f)).orElse(true)
                    && to.map(t -> !day.isAfter(t)).orElse(true)) {
                kept.add(e);
            }
        }
        return kept;
    }
}
