package io.github.eduroadmap.imports.internal.calendar;

import io.github.eduroadmap.model.Roadmap;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes due events as an iCalendar (RFC 5545) file with ical4j: one all-day event per due date.
 *
 * <p>Each event's UID is a hash of its {@link DueEvent#key() key}, so exporting the same roadmap again gives the same
 * UIDs and a calendar that imports the file updates its events instead of adding copies. Dates are all-day
 * ({@code VALUE=DATE}), free time ({@code TRANSP:TRANSPARENT}); the roadmap's time zone is named in
 * {@code X-WR-TIMEZONE} and in each description (a term ends at 24:00 there, Civil Code art. 194).
 */
public final class IcsWriter {

    private static final String PRODID = "-//eduroadmap//roadmap-import//RU";

    private IcsWriter() {}

    /**
     * Writes the events of a roadmap.
     *
     * @param roadmap the roadmap, for the calendar's name and time zone
     * @param events the events
     * @param stamp the moment of export ({@code DTSTAMP})
     * @param out where to write UTF-8 with CRLF line ends; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Roadmap roadmap, List<DueEvent> events, Instant stamp, OutputStream out) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty(
                "X-WR-CALNAME", roadmap.title().replaceAll("\\s+", " ").strip()));
        roadmap.timeZone().ifPresent(z -> calendar.add(new XProperty("X-WR-TIMEZONE", z.getId())));
        for (DueEvent e : events) {
            VEvent event = new VEvent(e.due().due(), e.due().due().plusDays(1), e.summary());
            event.add(new Uid(uid(e.key())));
            event.add(new DtStamp(stamp));
            event.add(new Description(String.join("\n", e.description())));
            event.add(new Categories(e.pointer().startsWith("/reporting/") ? "Отчёт" : "Мероприятие"));
            event.add(new Transp("TRANSPARENT"));
            event.add(new XProperty("X-EDUROADMAP-ROADMAP", roadmap.id().value()));
            event.add(new XProperty("X-EDUROADMAP-POINTER", e.pointer()));
            calendar.add(event);
        }
        try {
            // ical4j closes the writer it is given: keep the caller's stream open
            OutputStream unclosed = new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            Writer writer = new OutputStreamWriter(unclosed, StandardCharsets.UTF_8);
            new CalendarOutputter(true).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("an invalid iCalendar was built: " + e.getMessage(), e);
        }
    }

    /** A UID from a key: 32 hex digits of its SHA-256 at this library's name. */
    static String uid(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@eduroadmap";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
