package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Territory;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads roadmaps and monitoring documents from any Jackson parser, straight into the model's builders: one pass over
 * the tokens, no intermediate tree. Every problem is thrown as a {@link ReadFailure} at the token at fault.
 *
 * <p>Not thread-safe: one reader per document.
 */
public final class DocumentReader {

    /** The {@code schema} of roadmap documents, version 1. */
    public static final String ROADMAP_SCHEMA = "roadmap/1";

    /** The {@code schema} of monitoring documents, version 1. */
    public static final String MONITORING_SCHEMA = "monitoring/1";

    private static final String ANY_SCHEMA = ROADMAP_SCHEMA + " or " + MONITORING_SCHEMA;

    private final JsonParser p;
    private final boolean lenient;

    /** Whether the words of deadlines and results are interpreted (see {@link #withoutInterpretingWords()}). */
    private boolean interpretWords = true;

    private final int maxString;
    private final int maxDepth;
    private final int maxNumber;
    private final YAMLParser unguardedYaml;
    private Frame[] frames = new Frame[16];

    /**
     * The deadlines read from words in this document, by the words: a roadmap repeats its deadline phrases
     * ("Ежемесячно", "В течение года"), and the parser is a pure function of the words whose values are immutable,
     * so each distinct phrase is parsed once per document.
     */
    private final Map<String, Deadline> deadlines = new HashMap<>();

    /**
     * The executors resolved from words in this document, by the words: executors repeat from activity to activity,
     * and once the organisations are known an executor is a pure function of its words.
     */
    private final Map<String, Executor> executors = new HashMap<>();

    private List<Organisation> organisations = List.of();
    private boolean organisationsKnown;
    private boolean anyKind;
    private int depth;

    /**
     * Creates a reader.
     *
     * @param p the parser, before the document (or, for a Jackson module, at its first token)
     * @param lenient whether unknown fields of extensible objects are kept in their extensions
     * @param limits the limits to enforce beyond what the parser enforces itself
     */
    public DocumentReader(JsonParser p, boolean lenient, Limits limits) {
        this.p = p;
        this.lenient = lenient;
        this.maxString = limits.maxStringLength();
        this.maxDepth = limits.maxNestingDepth();
        this.maxNumber = limits.maxNumberLength();
        this.unguardedYaml =
                p instanceof YAMLParser && !(p instanceof GuardedYamlFactory.Guarded) ? (YAMLParser) p : null;
    }

    /**
     * Makes this reader leave the words of deadlines and results uninterpreted: a deadline in words becomes an
     * unparsed deadline with those words, a result in words has no target. Reading never fails on such words (what
     * the parsers cannot read stays text), so a document reads or fails exactly as it would otherwise; only the typed
     * meaning of those words is missing, which a caller that only checks documents does not need.
     *
     * @return this reader
     */
    public DocumentReader withoutInterpretingWords() {
        interpretWords = false;
        return this;
    }

    // ---------------------------------------------------------------- documents

    /**
     * Reads a whole roadmap document: one object, then the end of the input.
     *
     * @param anyKind whether the caller accepts either kind of document, for the messages about {@code schema}
     * @return the roadmap
     */
    public Roadmap roadmapDocument(boolean anyKind) {
        documentStart(anyKind ? ANY_SCHEMA : ROADMAP_SCHEMA);
        Roadmap r = roadmap(anyKind);
        documentEnd();
        return r;
    }

    /**
     * Reads a whole monitoring document: one object, then the end of the input.
     *
     * @param anyKind whether the caller accepts either kind of document, for the messages about {@code schema}
     * @return the monitoring document
     */
    public Monitoring monitoringDocument(boolean anyKind) {
        documentStart(anyKind ? ANY_SCHEMA : MONITORING_SCHEMA);
        Monitoring m = monitoring(anyKind);
        documentEnd();
        return m;
    }

    /**
     * Finds the {@code schema} of a document by looking at its top-level fields only.
     *
     * @return the schema as written, or null when the document has none or is not an object
     */
    public String peekSchema() {
        if (advance() != JsonToken.START_OBJECT) {
            return null;
        }
        JsonToken t;
        while ((t = advance()) == JsonToken.PROPERTY_NAME) {
            boolean isSchema = "schema".equals(p.currentName());
            t = advance();
            if (isSchema) {
                return t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getString() : null;
            }
            if (t.isStructStart()) {
                p.skipChildren();
            }
        }
        return null;
    }

    private void documentStart(String expectedSchema) {
        JsonToken t = advance();
        if (t == null) {
            throw new ReadFailure(1, 1, "", "the document is empty", "a " + expectedSchema + " document");
        }
        if (t != JsonToken.START_OBJECT) {
            throw wrongType(t, "an object: a " + expectedSchema + " document");
        }
    }

    private void documentEnd() {
        JsonToken t;
        try {
            t = advance();
        } catch (ReadFailure e) {
            throw e;
        } catch (JacksonException e) {
            if (e instanceof LimitExceeded || unguardedYaml != null || p instanceof YAMLParser) {
                throw e;
            }
            throw new ReadFailure(e.getLocation(), "", "trailing content after the document", "the end of the file");
        }
        if (t != null) {
            throw new ReadFailure(
                    p.currentTokenLocation(), "", "trailing content after the document", "the end of the file");
        }
    }

    /**
     * Reads a roadmap object; the parser is at its first token.
     *
     * @param anyKind whether the caller accepts either kind of document
     * @return the roadmap
     */
    public Roadmap roadmap(boolean anyKind) {
        this.anyKind = anyKind;
        Frame f = begin(Shape.ROADMAP);
        Roadmap.Builder b = Roadmap.builder();
        List<Object> sections = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case SCHEMA:
                    schema(ROADMAP_SCHEMA, anyKind);
                    break;
                case ID:
                    b.id(roadmapId());
                    break;
                case TITLE:
                    b.title(text());
                    break;
                case LEVEL:
                    b.level(named(Names.LEVEL));
                    break;
                case TERRITORY:
                    b.territory(territory());
                    break;
                case PROGRAMME:
                    b.programme(text());
                    break;
                case PERIOD:
                    b.period(period());
                    break;
                case TIME_ZONE:
                    b.timeZone(zone());
                    break;
                case APPROVAL:
                    b.approval(approval());
                    break;
                case GOALS:
                    list();
                    while (item()) {
                        b.addGoals(text());
                    }
                    break;
                case OBJECTIVES:
                    list();
                    while (item()) {
                        b.addObjectives(objective());
                    }
                    break;
                case ORGANISATIONS:
                    List<Organisation> os = new ArrayList<>();
                    list();
                    while (item()) {
                        os.add(organisation());
                    }
                    organisations = os;
                    organisationsKnown = true;
                    b.organisations(os);
                    break;
                case TERMS:
                    list();
                    while (item()) {
                        b.addTerms(term());
                    }
                    break;
                case PARTICIPANTS:
                    list();
                    while (item()) {
                        b.addParticipants(participant());
                    }
                    break;
                case REPORTING:
                    list();
                    while (item()) {
                        b.addReporting(reporting());
                    }
                    break;
                case CONTEXT:
                    list();
                    while (item()) {
                        b.addContext(contextFact());
                    }
                    break;
                case COLUMNS:
                    list();
                    while (item()) {
                        b.addColumns(text());
                    }
                    break;
                case SECTIONS:
                    sections = new ArrayList<>();
                    list();
                    while (item()) {
                        sections.add(section());
                    }
                    break;
                case NOTES:
                    list();
                    while (item()) {
                        b.addNotes(text());
                    }
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        if (sections != null) {
            organisationsKnown = true;
            for (Object s : sections) {
                b.addSections(s instanceof Section ? (Section) s : ((SectionDraft) s).build());
            }
        }
        return b.build();
    }

    /**
     * Reads a monitoring object; the parser is at its first token.
     *
     * @param anyKind whether the caller accepts either kind of document
     * @return the monitoring document
     */
    public Monitoring monitoring(boolean anyKind) {
        this.anyKind = anyKind;
        Frame f = begin(Shape.MONITORING);
        Monitoring.Builder b = Monitoring.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case SCHEMA:
                    schema(MONITORING_SCHEMA, anyKind);
                    break;
                case ROADMAP:
                    b.roadmap(roadmapId());
                    break;
                case TITLE:
                    b.title(text());
                    break;
                case AS_OF:
                    b.asOf(date());
                    break;
                case REPORTS:
                    list();
                    while (item()) {
                        b.addReports(report());
                    }
                    break;
                case MEASUREMENTS:
                    list();
                    while (item()) {
                        b.addMeasurements(measurement());
                    }
                    break;
                case PROGRESS:
                    list();
                    while (item()) {
                        b.addProgress(progress());
                    }
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    // ---------------------------------------------------------------- roadmap parts

    private void schema(String wanted, boolean anyKind) {
        String s = text();
        if (s.equals(wanted)) {
            return;
        }
        String expected = anyKind ? ANY_SCHEMA : wanted;
        String problem;
        if (s.equals(ROADMAP_SCHEMA)) {
            problem = "\"" + s + "\" is a roadmap document";
        } else if (s.equals(MONITORING_SCHEMA)) {
            problem = "\"" + s + "\" is a monitoring document";
        } else if (s.startsWith("roadmap/") || s.startsWith("monitoring/")) {
            problem = Quote.of(s) + " is a version this reader does not know";
        } else {
            problem = Quote.of(s) + " is not a document schema";
        }
        throw failure(problem, expected);
    }

    private RoadmapId roadmapId() {
        String s = text();
        if (s.isBlank() || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw failure(Quote.of(s) + " is not a roadmap id", "non-blank text on one line");
        }
        return RoadmapId.of(s);
    }

    private Territory territory() {
        Frame f = begin(Shape.TERRITORY);
        String region = null;
        String municipality = null;
        Field field;
        while ((field = next(f)) != null) {
            if (field == Field.REGION) {
                region = text();
            } else {
                municipality = text();
            }
        }
        return new Territory(Optional.ofNullable(region), Optional.ofNullable(municipality));
    }

    private ApprovalDocument approval() {
        Frame f = begin(Shape.APPROVAL);
        ApprovalDocument.Builder b = ApprovalDocument.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case KIND:
                    b.kind(named(Names.APPROVAL_KIND));
                    break;
                case ISSUER:
                    b.issuer(text());
                    break;
                case PLACE:
                    b.place(text());
                    break;
                case NUMBER:
                    b.number(text());
                    break;
                case DATE:
                    b.date(date());
                    break;
                case DATE_TEXT:
                    b.dateText(text());
                    break;
                case TITLE:
                    b.title(text());
                    break;
                case ADDRESSEE:
                    b.addressee(text());
                    break;
                case SIGNATORY:
                    b.signatory(person());
                    break;
                case BODY:
                    list();
                    while (item()) {
                        b.addBody(text());
                    }
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private Person person() {
        Frame f = begin(Shape.PERSON);
        String name = null;
        String position = null;
        Field field;
        while ((field = next(f)) != null) {
            if (field == Field.NAME) {
                name = text();
            } else {
                position = text();
            }
        }
        return new Person(name, Optional.ofNullable(position));
    }

    private Objective objective() {
        Frame f = begin(Shape.OBJECTIVE);
        Objective.Builder b = Objective.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case ID:
                    b.id(text());
                    break;
                case NUMBER:
                    b.number(text());
                    break;
                case TITLE:
                    b.title(text());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private Organisation organisation() {
        Frame f = begin(Shape.ORGANISATION);
        Organisation.Builder b = Organisation.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case ABBREVIATION:
                    b.abbreviation(text());
                    break;
                case NAME:
                    b.name(text());
                    break;
                case KIND:
                    b.kind(named(Names.ORGANISATION_KIND));
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private Term term() {
        Frame f = begin(Shape.TERM);
        String abbreviation = null;
        String meaning = null;
        Field field;
        while ((field = next(f)) != null) {
            if (field == Field.ABBREVIATION) {
                abbreviation = text();
            } else {
                meaning = text();
            }
        }
        return new Term(abbreviation, meaning);
    }

    private Participant participant() {
        Frame f = begin(Shape.PARTICIPANT);
        Participant.Builder b = Participant.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case KIND:
                    b.kind(named(Names.PARTICIPANT_KIND));
                    break;
                case NAME:
                    b.name(text());
                    break;
                case HEAD:
                    b.head(person());
                    break;
                case POSITION:
                    b.position(text());
                    break;
                case ORGANISATION:
                    b.organisation(text());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private ReportingRequirement reporting() {
        Frame f = begin(Shape.REPORTING);
        ReportingRequirement.Builder b = ReportingRequirement.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case DEADLINE:
                    b.deadline(deadline());
                    break;
                case REPORTER:
                    b.reporter(text());
                    break;
                case RECIPIENT:
                    b.recipient(text());
                    break;
                case SUBJECT:
                    b.subject(text());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private ContextFact contextFact() {
        Frame f = begin(Shape.CONTEXT_FACT);
        ContextFact.Builder b = ContextFact.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case TEXT:
                    b.text(text());
                    break;
                case TOTAL:
                    b.total(decimal());
                    break;
                case TOTAL_OF:
                    b.totalOf(text());
                    break;
                case SHARES:
                    list();
                    while (item()) {
                        b.addShares(share());
                    }
                    break;
                case PARTITION:
                    b.partition(bool());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private Share share() {
        Frame f = begin(Shape.SHARE);
        String label = null;
        BigDecimal percent = null;
        BigDecimal count = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case LABEL:
                    label = text();
                    break;
                case PERCENT:
                    percent = decimal();
                    break;
                case COUNT:
                    count = decimal();
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        return new Share(label, percent, Optional.ofNullable(count));
    }

    /** Returns the section, or a draft when an activity waits for the organisations to resolve its executors. */
    private Object section() {
        Frame f = begin(Shape.SECTION);
        Section.Builder b = Section.builder();
        List<Object> waiting = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case NUMBER:
                    b.number(text());
                    break;
                case TITLE:
                    b.title(text());
                    break;
                case OBJECTIVE:
                    b.objective(text());
                    break;
                case NOTES:
                    list();
                    while (item()) {
                        b.addNotes(text());
                    }
                    break;
                case ACTIVITIES:
                    list();
                    while (item()) {
                        Object a = activity();
                        if (waiting == null && a instanceof Activity) {
                            b.addActivities((Activity) a);
                        } else {
                            waiting = waiting == null ? new ArrayList<>() : waiting;
                            waiting.add(a);
                        }
                    }
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return waiting == null ? b.build() : new SectionDraft(b, waiting);
    }

    /** Returns the activity, or a draft when executors' words wait for the organisations to be read. */
    private Object activity() {
        Frame f = begin(Shape.ACTIVITY);
        Activity.Builder b = Activity.builder();
        List<Object> waiting = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case NUMBER:
                    b.number(text());
                    break;
                case ID:
                    b.id(text());
                    break;
                case TITLE:
                    b.title(text());
                    break;
                case DEADLINE:
                    activityDeadline(b);
                    break;
                case EXECUTORS:
                    list();
                    while (item()) {
                        Object e = executor();
                        if (organisationsKnown) {
                            b.addExecutors(e instanceof String ? executor((String) e) : (Executor) e);
                        } else {
                            waiting = waiting == null ? new ArrayList<>(4) : waiting;
                            waiting.add(e);
                        }
                    }
                    break;
                case RESULTS:
                    list();
                    while (item()) {
                        b.addResults(result());
                    }
                    break;
                case OBJECTIVE:
                    b.objective(text());
                    break;
                case NOTES:
                    list();
                    while (item()) {
                        b.addNotes(text());
                    }
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        if (waiting == null) {
            return b.build();
        }
        ActivityDraft d = new ActivityDraft(b, waiting);
        return d.words() ? d : d.build();
    }

    // ---------------------------------------------------------------- words or typed form

    /**
     * Reads an activity's deadline: words are left to be read into a deadline on first use
     * ({@link Activity.Builder#deadlineWords(String)}); the typed form is read now.
     */
    private void activityDeadline(Activity.Builder b) {
        if (interpretWords && isText(p.currentToken())) {
            b.deadlineWords(text());
        } else {
            b.deadline(deadline());
        }
    }

    private Deadline deadline() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            if (!isText(t)) {
                throw wrongType(t, "a deadline: its words, or an object with text and type");
            }
            String words = text();
            if (!interpretWords) {
                return new Deadline.Unparsed(words);
            }
            Deadline known = deadlines.get(words);
            if (known != null) {
                return known;
            }
            try {
                Deadline d = Deadline.parse(words);
                deadlines.put(words, d);
                return d;
            } catch (RuntimeException e) {
                throw failure(
                        "the deadline reader failed on " + Quote.of(words) + " (" + e + ")",
                        "words the deadline reader understands, or the typed form with text and type");
            }
        }
        Frame f = begin(Shape.DEADLINE);
        String text = null;
        String type = null;
        LocalDate date = null;
        List<LocalDate> dates = null;
        MonthRef month = null;
        String from = null;
        String to = null;
        Integer dueDay = null;
        Integer year = null;
        Object frequency = null;
        Object arrangement = null;
        String party = null;
        List<Deadline> parts = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case TEXT:
                    text = text();
                    break;
                case TYPE:
                    type = text();
                    break;
                case DATE:
                    date = date();
                    break;
                case DATES:
                    dates = new ArrayList<>();
                    list();
                    while (item()) {
                        dates.add(date());
                    }
                    break;
                case MONTH:
                    month = month();
                    break;
                case FROM:
                    from = text();
                    break;
                case TO:
                    to = text();
                    break;
                case FREQUENCY:
                    frequency = named(Names.FREQUENCY);
                    break;
                case DUE_DAY:
                    dueDay = integer(1, 31, "a day of the month from 1 to 31");
                    break;
                case YEAR:
                    year = integer(0, 9999, "a year from 0 to 9999");
                    break;
                case ARRANGEMENT:
                    arrangement = named(Names.ARRANGEMENT);
                    break;
                case PARTY:
                    party = text();
                    break;
                case PARTS:
                    parts = new ArrayList<>();
                    list();
                    while (item()) {
                        parts.add(deadline());
                    }
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        Class<? extends Deadline> kind = FormatNames.deadlineClass(type);
        if (kind == null) {
            throw ReadFailure.at(
                    member(Field.TYPE),
                    Quote.of(type) + " is not a deadline type",
                    "one of " + FormatNames.deadlineTypes());
        }
        Field[] own = deadlineFields(kind);
        for (int slot = 0; slot < Shape.DEADLINE.fields.length; slot++) {
            Field x = Shape.DEADLINE.fields[slot];
            if ((f.present & (1L << slot)) != 0 && x != Field.TEXT && x != Field.TYPE && !contains(own, x)) {
                throw ReadFailure.at(
                        member(x),
                        "field \"" + x.key + "\" does not belong to a deadline of type " + type,
                        "the fields of a " + type + " deadline: text, type" + fieldList(own));
            }
        }
        if (kind == Deadline.OnDate.class || kind == Deadline.ByDate.class) {
            require(date, Field.DATE, type);
            return kind == Deadline.OnDate.class ? new Deadline.OnDate(text, date) : new Deadline.ByDate(text, date);
        }
        if (kind == Deadline.OnDates.class) {
            require(dates, Field.DATES, type);
            if (dates.isEmpty()) {
                throw ReadFailure.at(member(Field.DATES), "an empty list of dates", "at least one date");
            }
            return new Deadline.OnDates(text, dates);
        }
        if (kind == Deadline.InMonth.class) {
            require(month, Field.MONTH, type);
            return new Deadline.InMonth(text, month);
        }
        if (kind == Deadline.MonthSpan.class || kind == Deadline.DateSpan.class) {
            require(from, Field.FROM, type);
            require(to, Field.TO, type);
            if (kind == Deadline.MonthSpan.class) {
                return new Deadline.MonthSpan(text, monthAt(from, Field.FROM), monthAt(to, Field.TO));
            }
            return new Deadline.DateSpan(text, dateAt(from, Field.FROM), dateAt(to, Field.TO));
        }
        if (kind == Deadline.Recurring.class) {
            require(frequency, Field.FREQUENCY, type);
            return new Deadline.Recurring(
                    text,
                    (io.github.eduroadmap.model.Frequency) frequency,
                    dueDay == null ? Optional.empty() : Optional.of(new DueRule(dueDay)));
        }
        if (kind == Deadline.Throughout.class) {
            return new Deadline.Throughout(text, year == null ? Optional.empty() : Optional.of(Year.of(year)));
        }
        if (kind == Deadline.ByArrangement.class) {
            require(arrangement, Field.ARRANGEMENT, type);
            return new Deadline.ByArrangement(
                    text, (io.github.eduroadmap.model.Arrangement) arrangement, Optional.ofNullable(party));
        }
        if (kind == Deadline.Combined.class) {
            require(parts, Field.PARTS, type);
            if (parts.size() < 2) {
                throw ReadFailure.at(
                        member(Field.PARTS),
                        "a combined deadline of " + parts.size() + (parts.size() == 1 ? " part" : " parts"),
                        "at least two parts");
            }
            return new Deadline.Combined(text, parts);
        }
        return new Deadline.Unparsed(text);
    }

    private static Field[] deadlineFields(Class<? extends Deadline> kind) {
        if (kind == Deadline.OnDate.class || kind == Deadline.ByDate.class) {
            return new Field[] {Field.DATE};
        } else if (kind == Deadline.OnDates.class) {
            return new Field[] {Field.DATES};
        } else if (kind == Deadline.InMonth.class) {
            return new Field[] {Field.MONTH};
        } else if (kind == Deadline.MonthSpan.class || kind == Deadline.DateSpan.class) {
            return new Field[] {Field.FROM, Field.TO};
        } else if (kind == Deadline.Recurring.class) {
            return new Field[] {Field.FREQUENCY, Field.DUE_DAY};
        } else if (kind == Deadline.Throughout.class) {
            return new Field[] {Field.YEAR};
        } else if (kind == Deadline.ByArrangement.class) {
            return new Field[] {Field.ARRANGEMENT, Field.PARTY};
        } else if (kind == Deadline.Combined.class) {
            return new Field[] {Field.PARTS};
        }
        return new Field[0];
    }

    private static boolean contains(Field[] fields, Field f) {
        for (Field x : fields) {
            if (x == f) {
                return true;
            }
        }
        return false;
    }

    private static String fieldList(Field[] fields) {
        StringBuilder b = new StringBuilder();
        for (Field f : fields) {
            b.append(", ").append(f.key);
        }
        return b.toString();
    }

    private void require(Object value, Field f, String type) {
        if (value == null) {
            throw ReadFailure.at(
                    here(),
                    "missing field \"" + f.key + "\"",
                    "the fields of a " + type + " deadline: text, type"
                            + fieldList(deadlineFields(FormatNames.deadlineClass(type))));
        }
    }

    private MonthRef monthAt(String s, Field f) {
        MonthRef m = Syntax.month(s);
        if (m == null) {
            throw ReadFailure.at(member(f), Quote.of(s) + " is not a month", Syntax.MONTH_FORM);
        }
        return m;
    }

    private LocalDate dateAt(String s, Field f) {
        LocalDate d = Syntax.date(s);
        if (d == null) {
            throw ReadFailure.at(member(f), Quote.of(s) + " is not a date", Syntax.DATE_FORM);
        }
        return d;
    }

    /** Returns the words of an executor, to resolve against the glossary later, or a typed executor. */
    private Object executor() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            if (!isText(t)) {
                throw wrongType(t, "an executor: its words, or an object with organisation, person or role");
            }
            return text();
        }
        Frame f = begin(Shape.EXECUTOR);
        String organisation = null;
        String person = null;
        String role = null;
        String position = null;
        String text = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case ORGANISATION:
                    organisation = text();
                    break;
                case PERSON:
                    person = text();
                    break;
                case ROLE:
                    role = text();
                    break;
                case POSITION:
                    position = text();
                    break;
                case TEXT:
                    text = text();
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        int kinds = (organisation != null ? 1 : 0) + (person != null ? 1 : 0) + (role != null ? 1 : 0);
        if (kinds != 1) {
            throw ReadFailure.at(
                    here(),
                    kinds == 0 ? "an executor with none of organisation, person, role" : "an executor of two kinds",
                    "exactly one of organisation, person, role");
        }
        if (position != null && person == null) {
            throw ReadFailure.at(
                    member(Field.POSITION),
                    "field \"position\" does not belong to an executor that is not a person",
                    "position only beside person");
        }
        if (role != null) {
            if (text != null) {
                throw ReadFailure.at(
                        member(Field.TEXT),
                        "field \"text\" does not belong to a role executor",
                        "role alone: a role's words are its text");
            }
            return new RoleExecutor(role);
        }
        if (organisation != null) {
            return new OrganisationExecutor(organisation, text != null ? text : organisation);
        }
        return new PersonExecutor(person, Optional.ofNullable(position), text != null ? text : person);
    }

    private ExpectedResult result() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            if (!isText(t)) {
                throw wrongType(t, "an expected result: its words, or an object with text and target");
            }
            String words = text();
            if (!interpretWords) {
                return new ExpectedResult(words, Optional.empty());
            }
            // read for a target on first use (ExpectedResult.parse)
            return ExpectedResult.parse(words);
        }
        Frame f = begin(Shape.RESULT);
        String text = null;
        Target target = null;
        Field field;
        while ((field = next(f)) != null) {
            if (field == Field.TEXT) {
                text = text();
            } else {
                target = target();
            }
        }
        return new ExpectedResult(text, Optional.ofNullable(target));
    }

    private Target target() {
        Frame f = begin(Shape.TARGET);
        String text = null;
        io.github.eduroadmap.model.Comparison comparison = null;
        BigDecimal value = null;
        io.github.eduroadmap.model.Unit unit = null;
        String population = null;
        String per = null;
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case TEXT:
                    text = text();
                    break;
                case COMPARISON:
                    comparison = named(Names.COMPARISON);
                    break;
                case VALUE:
                    value = decimal();
                    break;
                case UNIT:
                    unit = named(Names.UNIT);
                    break;
                case POPULATION:
                    population = text();
                    break;
                case PER:
                    per = text();
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        return new Target(text, comparison, value, unit, Optional.ofNullable(population), Optional.ofNullable(per));
    }

    // ---------------------------------------------------------------- monitoring parts

    private ReportSubmission report() {
        Frame f = begin(Shape.REPORT);
        ReportSubmission.Builder b = ReportSubmission.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case PERIOD:
                    b.period(period());
                    break;
                case REPORTER:
                    b.reporter(text());
                    break;
                case SUBMITTED:
                    b.submitted(date());
                    break;
                case RECIPIENT:
                    b.recipient(text());
                    break;
                case DOCUMENT:
                    b.document(text());
                    break;
                case NOTE:
                    b.note(text());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private IndicatorMeasurement measurement() {
        Frame f = begin(Shape.MEASUREMENT);
        IndicatorMeasurement.Builder b = IndicatorMeasurement.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case RESULT:
                    b.result(text());
                    break;
                case VALUE:
                    b.value(decimal());
                    break;
                case UNIT:
                    b.unit(named(Names.UNIT));
                    break;
                case DATE:
                    b.date(date());
                    break;
                case SCOPE:
                    b.scope(text());
                    break;
                case SOURCE:
                    b.source(text());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    private ActivityProgress progress() {
        Frame f = begin(Shape.PROGRESS);
        ActivityProgress.Builder b = ActivityProgress.builder();
        Field field;
        while ((field = next(f)) != null) {
            switch (field) {
                case ACTIVITY:
                    b.activity(text());
                    break;
                case STATUS:
                    b.status(named(Names.STATUS));
                    break;
                case AS_OF:
                    b.asOf(date());
                    break;
                case EVIDENCE:
                    list();
                    while (item()) {
                        b.addEvidence(text());
                    }
                    break;
                case NOTE:
                    b.note(text());
                    break;
                case EXTENSIONS:
                    extensions(f);
                    break;
                default:
                    throw new AssertionError(field);
            }
        }
        if (f.ext != null) {
            b.extensions(f.ext);
        }
        return b.build();
    }

    // ---------------------------------------------------------------- extensions

    private void extensions(Frame f) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            throw wrongType(t, "an object of extension values");
        }
        enter();
        if (f.ext == null) {
            f.ext = new LinkedHashMap<>();
        }
        while ((t = advance()) == JsonToken.PROPERTY_NAME) {
            String name = name();
            if (f.ext.containsKey(name)) {
                throw failure(
                        "extension \"" + name + "\" given twice", "each extension once, as a field or in extensions");
            }
            advance();
            f.ext.put(name, extensionValue());
        }
        depth--;
    }

    private ExtensionValue extensionValue() {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                enter();
                Map<String, ExtensionValue> m = new LinkedHashMap<>();
                while ((t = advance()) == JsonToken.PROPERTY_NAME) {
                    String name = name();
                    if (m.containsKey(name)) {
                        throw failure("duplicate field " + Quote.of(name), "each field once");
                    }
                    advance();
                    m.put(name, extensionValue());
                }
                depth--;
                return new ExtensionValue.MapValue(m);
            }
            case START_ARRAY: {
                enter();
                List<ExtensionValue> list = new ArrayList<>();
                while (advance() != JsonToken.END_ARRAY) {
                    list.add(extensionValue());
                }
                depth--;
                return new ExtensionValue.ListValue(list);
            }
            case VALUE_STRING:
                return new ExtensionValue.Text(string());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new ExtensionValue.Number(decimal());
            case VALUE_TRUE:
                return new ExtensionValue.Bool(true);
            case VALUE_FALSE:
                return new ExtensionValue.Bool(false);
            case VALUE_NULL:
                return new ExtensionValue.Null();
            default:
                throw wrongType(t, "a JSON value");
        }
    }

    // ---------------------------------------------------------------- objects and lists

    /** The state of one object being read; one per nesting level, reused. */
    private static final class Frame {
        Shape shape;
        long seen;
        long present;
        Map<String, ExtensionValue> ext;
    }

    /** A section some of whose activities wait for the organisations. */
    private static final class SectionDraft {
        final Section.Builder builder;
        final List<Object> activities;

        SectionDraft(Section.Builder builder, List<Object> activities) {
            this.builder = builder;
            this.activities = activities;
        }

        Section build() {
            for (Object a : activities) {
                builder.addActivities(a instanceof Activity ? (Activity) a : ((ActivityDraft) a).build());
            }
            return builder.build();
        }
    }

    /** Resolves an executor's words against the organisations, which are known by now. */
    private Executor executor(String words) {
        Executor known = executors.get(words);
        if (known == null) {
            known = Executor.resolve(words, organisations);
            executors.put(words, known);
        }
        return known;
    }

    /** An activity whose executors may be words to resolve against the organisations. */
    private final class ActivityDraft {
        final Activity.Builder builder;
        final List<Object> executors;

        ActivityDraft(Activity.Builder builder, List<Object> executors) {
            this.builder = builder;
            this.executors = executors;
        }

        boolean words() {
            for (Object e : executors) {
                if (e instanceof String) {
                    return true;
                }
            }
            return false;
        }

        Activity build() {
            for (Object e : executors) {
                builder.addExecutors(e instanceof String ? executor((String) e) : (Executor) e);
            }
            return builder.build();
        }
    }

    private Frame begin(Shape shape) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            throw wrongType(t, shape.noun + " (an object)");
        }
        enter();
        if (depth >= frames.length) {
            frames = java.util.Arrays.copyOf(frames, frames.length * 2);
        }
        Frame f = frames[depth];
        if (f == null) {
            f = new Frame();
            frames[depth] = f;
        }
        f.shape = shape;
        f.seen = 0;
        f.present = 0;
        f.ext = null;
        return f;
    }

    /**
     * Moves to the value of the next field that is not null, checking the field is known and given once.
     *
     * @return the field, or null at the end of the object (whose required fields are then checked)
     */
    private Field next(Frame f) {
        while (true) {
            int slot = p.nextNameMatch(f.shape.matcher);
            if (slot < 0) {
                if (slot == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
                    unknown(f, name());
                    continue;
                }
                finish(f);
                return null;
            }
            long bit = 1L << slot;
            if ((f.seen & bit) != 0) {
                throw failure("duplicate field \"" + f.shape.fields[slot].key + "\"", "each field once");
            }
            f.seen |= bit;
            if (advance() == JsonToken.VALUE_NULL) {
                continue;
            }
            f.present |= bit;
            return f.shape.fields[slot];
        }
    }

    private void unknown(Frame f, String name) {
        if (!lenient) {
            throw failure("unknown field " + Quote.of(name) + " in " + f.shape.noun, "one of " + f.shape.allowed());
        }
        if (!f.shape.extensible) {
            throw failure(
                    "unknown field " + Quote.of(name) + " in " + f.shape.noun + ", which keeps no extensions",
                    "one of " + f.shape.allowed());
        }
        if (f.ext == null) {
            f.ext = new LinkedHashMap<>();
        } else if (f.ext.containsKey(name)) {
            throw failure("extension \"" + name + "\" given twice", "each extension once, as a field or in extensions");
        }
        advance();
        f.ext.put(name, extensionValue());
    }

    private void finish(Frame f) {
        depth--;
        long missing = f.shape.required & ~f.present;
        if (missing != 0) {
            Field first = f.shape.fields[Long.numberOfTrailingZeros(missing)];
            String expected;
            if (first == Field.SCHEMA) {
                expected = "schema: "
                        + (anyKind ? ANY_SCHEMA : f.shape == Shape.ROADMAP ? ROADMAP_SCHEMA : MONITORING_SCHEMA);
            } else {
                StringBuilder b = new StringBuilder("the required fields of ")
                        .append(f.shape.noun)
                        .append(':');
                String sep = " ";
                for (int i = 0; i < f.shape.fields.length; i++) {
                    if ((f.shape.required & (1L << i)) != 0) {
                        b.append(sep).append(f.shape.fields[i].key);
                        sep = ", ";
                    }
                }
                expected = b.toString();
            }
            throw ReadFailure.at(here(), "missing field \"" + first.key + "\"", expected);
        }
    }

    private void list() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_ARRAY) {
            throw wrongType(t, "a list");
        }
        enter();
    }

    private boolean item() {
        JsonToken t = advance();
        if (t == JsonToken.END_ARRAY) {
            depth--;
            return false;
        }
        if (t == JsonToken.VALUE_NULL) {
            throw failure("a null item", "a value: lists hold no nulls");
        }
        return true;
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw limit(LimitConstraints.tooDeep(maxDepth));
        }
    }

    // ---------------------------------------------------------------- scalars

    private JsonToken advance() {
        JsonToken t = p.nextToken();
        if (unguardedYaml != null && t != null && unguardedYaml.isCurrentAlias()) {
            throw failure(
                    "an alias \"*" + p.getString() + "\"", "no anchors or aliases: this format does not use them");
        }
        return t;
    }

    private static boolean isText(JsonToken t) {
        return t == JsonToken.VALUE_STRING
                || t == JsonToken.VALUE_NUMBER_INT
                || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE
                || t == JsonToken.VALUE_FALSE;
    }

    private String name() {
        String s = p.currentName();
        if (s.length() > maxString) {
            throw limit(LimitConstraints.tooLongName(s.length(), maxString));
        }
        return s;
    }

    private String string() {
        String s;
        try {
            s = p.getString();
        } catch (LimitExceeded e) {
            throw limit(e);
        }
        if (s.length() > maxString) {
            throw limit(LimitConstraints.tooLong(s.length(), maxString));
        }
        return s;
    }

    private ReadFailure limit(LimitExceeded e) {
        return new ReadFailure(p.currentTokenLocation(), null, e.problem, e.expected);
    }

    /** Reads any scalar as text, as written. */
    private String text() {
        JsonToken t = p.currentToken();
        if (!isText(t)) {
            throw wrongType(t, "a text (any scalar)");
        }
        return string();
    }

    private <E extends Enum<E>> E named(EnumNames<E> names) {
        String s = text();
        E e = names.find(s);
        if (e == null) {
            throw failure(Quote.of(s) + " is not " + names.noun(), "one of " + names.allowed());
        }
        return e;
    }

    private LocalDate date() {
        String s = text();
        LocalDate d = Syntax.date(s);
        if (d == null) {
            throw failure(Quote.of(s) + " is not a date", Syntax.DATE_FORM);
        }
        return d;
    }

    private MonthRef month() {
        String s = text();
        MonthRef m = Syntax.month(s);
        if (m == null) {
            throw failure(Quote.of(s) + " is not a month", Syntax.MONTH_FORM);
        }
        return m;
    }

    private DateRange period() {
        String s = text();
        DateRange r = Syntax.period(s);
        if (r == null) {
            throw failure(Quote.of(s) + " is not a period", Syntax.PERIOD_FORM);
        }
        return r;
    }

    private ZoneId zone() {
        String s = text();
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            throw failure(Quote.of(s) + " is not a time zone", "an IANA time zone id, e.g. Asia/Vladivostok");
        }
    }

    private BigDecimal decimal() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(t, "a number");
        }
        String s = p.getString();
        if (s.length() > maxNumber) {
            throw limit(LimitConstraints.tooLongNumber(s.length(), maxNumber));
        }
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw failure(Quote.of(s) + " is not a finite number", "a decimal number, e.g. 52.8");
            }
            d = new BigDecimal(p.getBigIntegerValue());
        }
        if (d.scale() > 999 || d.scale() < -999) {
            throw failure(
                    "the number " + Quote.of(s) + " has an exponent out of range", "an exponent from -999 to 999");
        }
        return d;
    }

    private int integer(int min, int max, String expected) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(t, expected);
        }
        BigDecimal d = decimal();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw failure(d + " is out of range", expected);
        }
        return d.intValueExact();
    }

    private boolean bool() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(t, "true or false");
    }

    // ---------------------------------------------------------------- failures

    /**
     * Returns the pointer of a field of the object the parser has just left: at its end the parser's context is the
     * object's own pointer.
     */
    private String member(Field f) {
        return here() + "/" + f.key;
    }

    /** Returns the pointer of the parser's context: at the end of an object, the object's own pointer. */
    private String here() {
        return p.streamReadContext().pathAsPointer().toString();
    }

    private ReadFailure failure(String problem, String expected) {
        return new ReadFailure(p.currentTokenLocation(), null, problem, expected);
    }

    private ReadFailure wrongType(JsonToken t, String expected) {
        String found;
        switch (t) {
            case START_OBJECT:
                found = "an object";
                break;
            case START_ARRAY:
                found = "a list";
                break;
            case VALUE_STRING:
                found = "the text " + Quote.of(p.getString());
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                found = "the number " + p.getString();
                break;
            case VALUE_TRUE:
                found = "true";
                break;
            case VALUE_FALSE:
                found = "false";
                break;
            case VALUE_NULL:
                found = "null";
                break;
            default:
                found = "a " + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return failure("found " + found, expected);
    }
}
