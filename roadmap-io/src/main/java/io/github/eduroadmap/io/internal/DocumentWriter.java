package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes roadmaps and monitoring documents to any Jackson generator, in the field order of the format reference:
 * empty lists and absent values are left out; deadlines, executors and results are written as their words when
 * reading the words gives back the same value, and in typed form otherwise.
 */
public final class DocumentWriter {

    private final JsonGenerator g;

    /**
     * Creates a writer.
     *
     * @param g the generator
     */
    public DocumentWriter(JsonGenerator g) {
        this.g = g;
    }

    /**
     * Writes a roadmap document.
     *
     * @param r the roadmap
     * @throws WriteFailure when a value cannot be written
     */
    public void roadmap(Roadmap r) {
        g.writeStartObject();
        text(Field.SCHEMA, DocumentReader.ROADMAP_SCHEMA);
        text(Field.ID, r.id().value());
        text(Field.TITLE, r.title());
        text(Field.LEVEL, Names.LEVEL.name(r.level()));
        territory(r.territory());
        text(Field.PROGRAMME, r.programme());
        if (r.period().isPresent()) {
            period(Field.PERIOD, r.period().get());
        }
        if (r.timeZone().isPresent()) {
            text(Field.TIME_ZONE, r.timeZone().get().getId());
        }
        if (r.approval().isPresent()) {
            approval(r.approval().get());
        }
        texts(Field.GOALS, r.goals());
        if (!r.objectives().isEmpty()) {
            start(Field.OBJECTIVES);
            for (Objective o : r.objectives()) {
                g.writeStartObject();
                text(Field.ID, o.id());
                text(Field.NUMBER, o.number());
                text(Field.TITLE, o.title());
                extensions(o.extensions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!r.organisations().isEmpty()) {
            start(Field.ORGANISATIONS);
            for (Organisation o : r.organisations()) {
                g.writeStartObject();
                text(Field.ABBREVIATION, o.abbreviation());
                text(Field.NAME, o.name());
                if (o.kind() != OrganisationKind.OTHER) {
                    text(Field.KIND, Names.ORGANISATION_KIND.name(o.kind()));
                }
                extensions(o.extensions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!r.terms().isEmpty()) {
            start(Field.TERMS);
            for (Term t : r.terms()) {
                g.writeStartObject();
                text(Field.ABBREVIATION, t.abbreviation());
                text(Field.MEANING, t.meaning());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!r.participants().isEmpty()) {
            start(Field.PARTICIPANTS);
            for (Participant p : r.participants()) {
                participant(p);
            }
            g.writeEndArray();
        }
        if (!r.reporting().isEmpty()) {
            start(Field.REPORTING);
            for (ReportingRequirement q : r.reporting()) {
                g.writeStartObject();
                g.writeName(Field.DEADLINE.serialized);
                deadline(q.deadline());
                text(Field.REPORTER, q.reporter());
                text(Field.RECIPIENT, q.recipient());
                text(Field.SUBJECT, q.subject());
                extensions(q.extensions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!r.context().isEmpty()) {
            start(Field.CONTEXT);
            for (ContextFact c : r.context()) {
                contextFact(c);
            }
            g.writeEndArray();
        }
        texts(Field.COLUMNS, r.columns());
        if (!r.sections().isEmpty()) {
            start(Field.SECTIONS);
            for (Section s : r.sections()) {
                section(s, r.organisations());
            }
            g.writeEndArray();
        }
        texts(Field.NOTES, r.notes());
        extensions(r.extensions());
        g.writeEndObject();
    }

    /**
     * Writes a monitoring document.
     *
     * @param m the monitoring document
     * @throws WriteFailure when a value cannot be written
     */
    public void monitoring(Monitoring m) {
        g.writeStartObject();
        text(Field.SCHEMA, DocumentReader.MONITORING_SCHEMA);
        text(Field.ROADMAP, m.roadmap().value());
        text(Field.TITLE, m.title());
        if (m.asOf().isPresent()) {
            date(Field.AS_OF, m.asOf().get());
        }
        if (!m.reports().isEmpty()) {
            start(Field.REPORTS);
            for (ReportSubmission s : m.reports()) {
                g.writeStartObject();
                period(Field.PERIOD, s.period());
                text(Field.REPORTER, s.reporter());
                date(Field.SUBMITTED, s.submitted());
                text(Field.RECIPIENT, s.recipient());
                text(Field.DOCUMENT, s.document());
                text(Field.NOTE, s.note());
                extensions(s.extensions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!m.measurements().isEmpty()) {
            start(Field.MEASUREMENTS);
            for (IndicatorMeasurement x : m.measurements()) {
                g.writeStartObject();
                text(Field.RESULT, x.result());
                number(Field.VALUE, x.value());
                text(Field.UNIT, Names.UNIT.name(x.unit()));
                date(Field.DATE, x.date());
                text(Field.SCOPE, x.scope());
                text(Field.SOURCE, x.source());
                extensions(x.extensions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!m.progress().isEmpty()) {
            start(Field.PROGRESS);
            for (ActivityProgress p : m.progress()) {
                g.writeStartObject();
                text(Field.ACTIVITY, p.activity());
                text(Field.STATUS, Names.STATUS.name(p.status()));
                if (p.asOf().isPresent()) {
                    date(Field.AS_OF, p.asOf().get());
                }
                texts(Field.EVIDENCE, p.evidence());
                text(Field.NOTE, p.note());
                extensions(p.extensions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        extensions(m.extensions());
        g.writeEndObject();
    }

    private void territory(Territory t) {
        if (t.region().isEmpty() && t.municipality().isEmpty()) {
            return;
        }
        g.writeName(Field.TERRITORY.serialized);
        g.writeStartObject();
        text(Field.REGION, t.region());
        text(Field.MUNICIPALITY, t.municipality());
        g.writeEndObject();
    }

    private void approval(ApprovalDocument a) {
        g.writeName(Field.APPROVAL.serialized);
        g.writeStartObject();
        text(Field.KIND, Names.APPROVAL_KIND.name(a.kind()));
        text(Field.ISSUER, a.issuer());
        text(Field.PLACE, a.place());
        text(Field.NUMBER, a.number());
        if (a.date().isPresent()) {
            date(Field.DATE, a.date().get());
        }
        text(Field.DATE_TEXT, a.dateText());
        text(Field.TITLE, a.title());
        text(Field.ADDRESSEE, a.addressee());
        if (a.signatory().isPresent()) {
            person(Field.SIGNATORY, a.signatory().get());
        }
        texts(Field.BODY, a.body());
        extensions(a.extensions());
        g.writeEndObject();
    }

    private void person(Field f, Person p) {
        g.writeName(f.serialized);
        g.writeStartObject();
        text(Field.NAME, p.name());
        text(Field.POSITION, p.position());
        g.writeEndObject();
    }

    private void participant(Participant p) {
        g.writeStartObject();
        text(Field.KIND, Names.PARTICIPANT_KIND.name(p.kind()));
        text(Field.NAME, p.name());
        if (p.head().isPresent()) {
            person(Field.HEAD, p.head().get());
        }
        text(Field.POSITION, p.position());
        text(Field.ORGANISATION, p.organisation());
        extensions(p.extensions());
        g.writeEndObject();
    }

    private void contextFact(ContextFact c) {
        g.writeStartObject();
        text(Field.TEXT, c.text());
        if (c.total().isPresent()) {
            number(Field.TOTAL, c.total().get());
        }
        text(Field.TOTAL_OF, c.totalOf());
        if (!c.shares().isEmpty()) {
            start(Field.SHARES);
            for (Share s : c.shares()) {
                g.writeStartObject();
                text(Field.LABEL, s.label());
                number(Field.PERCENT, s.percent());
                if (s.count().isPresent()) {
                    number(Field.COUNT, s.count().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (c.partition()) {
            g.writeName(Field.PARTITION.serialized);
            g.writeBoolean(true);
        }
        extensions(c.extensions());
        g.writeEndObject();
    }

    private void section(Section s, List<Organisation> organisations) {
        g.writeStartObject();
        text(Field.NUMBER, s.number());
        text(Field.TITLE, s.title());
        text(Field.OBJECTIVE, s.objective());
        texts(Field.NOTES, s.notes());
        if (!s.activities().isEmpty()) {
            start(Field.ACTIVITIES);
            for (Activity a : s.activities()) {
                activity(a, organisations);
            }
            g.writeEndArray();
        }
        extensions(s.extensions());
        g.writeEndObject();
    }

    private void activity(Activity a, List<Organisation> organisations) {
        g.writeStartObject();
        text(Field.NUMBER, a.number());
        text(Field.ID, a.id());
        text(Field.TITLE, a.title());
        if (a.deadlineText().isPresent()) {
            g.writeName(Field.DEADLINE.serialized);
            if (wordsSayAll(a)) {
                g.writeString(a.deadlineText().get());
            } else {
                typedDeadline(a.deadline().get());
            }
        }
        if (!a.executors().isEmpty()) {
            start(Field.EXECUTORS);
            for (Executor e : a.executors()) {
                executor(e, organisations);
            }
            g.writeEndArray();
        }
        if (!a.results().isEmpty()) {
            start(Field.RESULTS);
            for (ExpectedResult r : a.results()) {
                result(r);
            }
            g.writeEndArray();
        }
        text(Field.OBJECTIVE, a.objective());
        texts(Field.NOTES, a.notes());
        extensions(a.extensions());
        g.writeEndObject();
    }

    private void deadline(Deadline d) {
        if (d.equals(Parsing.deadlineOrNull(d.text()))) {
            g.writeString(d.text());
        } else {
            typedDeadline(d);
        }
    }

    /** Writes a deadline its words do not say in the typed form. */
    private void typedDeadline(Deadline d) {
        g.writeStartObject();
        text(Field.TEXT, d.text());
        text(Field.TYPE, FormatNames.type(d));
        if (d instanceof Deadline.OnDate) {
            date(Field.DATE, ((Deadline.OnDate) d).date());
        } else if (d instanceof Deadline.ByDate) {
            date(Field.DATE, ((Deadline.ByDate) d).date());
        } else if (d instanceof Deadline.OnDates) {
            start(Field.DATES);
            for (LocalDate day : ((Deadline.OnDates) d).dates()) {
                g.writeString(dateText(day));
            }
            g.writeEndArray();
        } else if (d instanceof Deadline.InMonth) {
            month(Field.MONTH, ((Deadline.InMonth) d).month());
        } else if (d instanceof Deadline.MonthSpan) {
            Deadline.MonthSpan m = (Deadline.MonthSpan) d;
            month(Field.FROM, m.from());
            month(Field.TO, m.to());
        } else if (d instanceof Deadline.DateSpan) {
            Deadline.DateSpan s = (Deadline.DateSpan) d;
            date(Field.FROM, s.from());
            date(Field.TO, s.to());
        } else if (d instanceof Deadline.Recurring) {
            Deadline.Recurring r = (Deadline.Recurring) d;
            text(Field.FREQUENCY, Names.FREQUENCY.name(r.frequency()));
            if (r.due().isPresent()) {
                g.writeName(Field.DUE_DAY.serialized);
                g.writeNumber(r.due().get().day());
            }
        } else if (d instanceof Deadline.Throughout) {
            Optional<Year> year = ((Deadline.Throughout) d).year();
            if (year.isPresent()) {
                g.writeName(Field.YEAR.serialized);
                int y = year.get().getValue();
                if (y < 0 || y > 9999) {
                    throw unwritable("the year " + y + " cannot be written", "a year from 0 to 9999");
                }
                g.writeNumber(y);
            }
        } else if (d instanceof Deadline.ByArrangement) {
            Deadline.ByArrangement b = (Deadline.ByArrangement) d;
            text(Field.ARRANGEMENT, Names.ARRANGEMENT.name(b.arrangement()));
            text(Field.PARTY, b.party());
        } else if (d instanceof Deadline.Combined) {
            start(Field.PARTS);
            for (Deadline part : ((Deadline.Combined) d).parts()) {
                deadline(part);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void executor(Executor e, List<Organisation> organisations) {
        if (e.equals(Parsing.executorOrNull(e.text(), organisations))) {
            g.writeString(e.text());
            return;
        }
        g.writeStartObject();
        if (e instanceof OrganisationExecutor) {
            OrganisationExecutor o = (OrganisationExecutor) e;
            text(Field.ORGANISATION, o.organisation());
            if (!o.text().equals(o.organisation())) {
                text(Field.TEXT, o.text());
            }
        } else if (e instanceof PersonExecutor) {
            PersonExecutor p = (PersonExecutor) e;
            text(Field.PERSON, p.name());
            text(Field.POSITION, p.position());
            if (!p.text().equals(p.name())) {
                text(Field.TEXT, p.text());
            }
        } else {
            text(Field.ROLE, ((RoleExecutor) e).text());
        }
        g.writeEndObject();
    }

    private void result(ExpectedResult r) {
        if (wordsSayAll(r)) {
            g.writeString(r.text());
            return;
        }
        g.writeStartObject();
        text(Field.TEXT, r.text());
        g.writeName(Field.TARGET.serialized);
        if (r.target().isPresent()) {
            Target t = r.target().get();
            g.writeStartObject();
            text(Field.TEXT, t.text());
            text(Field.COMPARISON, Names.COMPARISON.name(t.comparison()));
            number(Field.VALUE, t.value());
            text(Field.UNIT, Names.UNIT.name(t.unit()));
            text(Field.POPULATION, t.population());
            text(Field.PER, t.per());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeEndObject();
    }

    /**
     * Tells whether the words of an activity's deadline say the whole of it, so that the words alone are written:
     * known without reading them for a deadline read from its words; a deadline reader that throws (a bug in the
     * model) means no.
     */
    private static boolean wordsSayAll(Activity a) {
        try {
            return a.deadlineIsFromWords();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Tells whether the words of a result say its whole target, so that the words alone are written: known without
     * reading them for a result read from its words; a target reader that throws (a bug in the model) means no.
     */
    private static boolean wordsSayAll(ExpectedResult r) {
        try {
            return r.targetIsFromWords();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void extensions(Map<String, ExtensionValue> extensions) {
        if (extensions.isEmpty()) {
            return;
        }
        g.writeName(Field.EXTENSIONS.serialized);
        map(extensions);
    }

    private void map(Map<String, ExtensionValue> values) {
        g.writeStartObject();
        for (Map.Entry<String, ExtensionValue> e : values.entrySet()) {
            g.writeName(e.getKey());
            value(e.getValue());
        }
        g.writeEndObject();
    }

    private void value(ExtensionValue v) {
        if (v instanceof ExtensionValue.Text) {
            g.writeString(((ExtensionValue.Text) v).value());
        } else if (v instanceof ExtensionValue.Number) {
            g.writeNumber(((ExtensionValue.Number) v).value().toString());
        } else if (v instanceof ExtensionValue.Bool) {
            g.writeBoolean(((ExtensionValue.Bool) v).value());
        } else if (v instanceof ExtensionValue.Null) {
            g.writeNull();
        } else if (v instanceof ExtensionValue.ListValue) {
            g.writeStartArray();
            for (ExtensionValue item : ((ExtensionValue.ListValue) v).values()) {
                value(item);
            }
            g.writeEndArray();
        } else {
            map(((ExtensionValue.MapValue) v).values());
        }
    }

    private void start(Field f) {
        g.writeName(f.serialized);
        g.writeStartArray();
    }

    private void text(Field f, String value) {
        g.writeName(f.serialized);
        g.writeString(value);
    }

    private void text(Field f, Optional<String> value) {
        if (value.isPresent()) {
            g.writeName(f.serialized);
            g.writeString(value.get());
        }
    }

    private void texts(Field f, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        start(f);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private void number(Field f, BigDecimal value) {
        g.writeName(f.serialized);
        g.writeNumber(value.toString());
    }

    private void date(Field f, LocalDate value) {
        g.writeName(f.serialized);
        g.writeString(dateText(value));
    }

    private String dateText(LocalDate value) {
        if (!Syntax.writable(value)) {
            throw unwritable("the date " + value + " cannot be written", "a date in the years 0000 to 9999");
        }
        return Syntax.format(value);
    }

    private void month(Field f, MonthRef value) {
        g.writeName(f.serialized);
        String s = Syntax.format(value);
        if (s == null) {
            throw unwritable("the month " + value + " cannot be written", "a month in the years 0000 to 9999");
        }
        g.writeString(s);
    }

    private void period(Field f, DateRange value) {
        g.writeName(f.serialized);
        if (!Syntax.writable(value.start()) || !Syntax.writable(value.end())) {
            throw unwritable("the period " + value + " cannot be written", "dates in the years 0000 to 9999");
        }
        g.writeString(Syntax.format(value));
    }

    private WriteFailure unwritable(String problem, String expected) {
        return new WriteFailure(g.streamWriteContext().pathAsPointer().toString(), problem, expected);
    }
}
