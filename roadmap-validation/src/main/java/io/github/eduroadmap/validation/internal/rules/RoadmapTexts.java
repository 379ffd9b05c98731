package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every printed text of a roadmap with its place, in the order of the serialized document (docs/format.md): the
 * title, the approval document, goals, objectives, the glossary's full names, participants, reporting, context,
 * column headings, sections with their activities, notes.
 *
 * <p>The texts are read from the roadmap once per validation, by the first rule that asks ({@link #of}), into flat
 * arrays that the text rules then run through: the text, its {@link Place place} (the kind of field and the shape of
 * its pointer) and the one or two indices that complete the pointer, which is built only for a text a rule reports.
 * As each text is read, the quick {@link Check checks} by which the text rules of the validation pass most texts over
 * are made on it, while it is at hand, so that those rules look again only at the texts that pass.
 *
 * <p>Numbers, ids and the short forms of the glossary (its definitions) are not texts here.
 */
final class RoadmapTexts {

    /** What kind of field a text is. */
    enum Field {
        TITLE,
        PROGRAMME,
        TERRITORY,
        APPROVAL,
        APPROVAL_BODY,
        PERSON,
        GOAL,
        OBJECTIVE,
        GLOSSARY,
        PARTICIPANT,
        REPORTING,
        CONTEXT,
        COLUMN,
        SECTION_TITLE,
        ACTIVITY_TITLE,
        DEADLINE,
        EXECUTOR,
        RESULT,
        NOTE
    }

    /**
     * Where a text stands: its kind of field and the path of its pointer, in which {@value #OWNER} stands for the
     * text's owner index (the index in a list of the roadmap, or of a section), {@value #ITEM} for its item index (the
     * index in a list of that owner), {@value #SECTION} for the section of index owner and {@value #ACTIVITY} for the
     * activity whose number in the document is owner.
     */
    enum Place {
        TITLE(Field.TITLE, "title"),
        REGION(Field.TERRITORY, "territory", "region"),
        MUNICIPALITY(Field.TERRITORY, "territory", "municipality"),
        PROGRAMME(Field.PROGRAMME, "programme"),
        APPROVAL_ISSUER(Field.APPROVAL, "approval", "issuer"),
        APPROVAL_PLACE(Field.APPROVAL, "approval", "place"),
        APPROVAL_TITLE(Field.APPROVAL, "approval", "title"),
        APPROVAL_ADDRESSEE(Field.APPROVAL, "approval", "addressee"),
        SIGNATORY_NAME(Field.PERSON, "approval", "signatory", "name"),
        SIGNATORY_POSITION(Field.PERSON, "approval", "signatory", "position"),
        APPROVAL_BODY(Field.APPROVAL_BODY, "approval", "body", ITEM),
        GOAL(Field.GOAL, "goals", ITEM),
        OBJECTIVE(Field.OBJECTIVE, "objectives", ITEM, "title"),
        ORGANISATION(Field.GLOSSARY, "organisations", ITEM, "name"),
        TERM(Field.GLOSSARY, "terms", ITEM, "meaning"),
        PARTICIPANT_NAME(Field.PARTICIPANT, "participants", OWNER, "name"),
        HEAD_NAME(Field.PERSON, "participants", OWNER, "head", "name"),
        HEAD_POSITION(Field.PERSON, "participants", OWNER, "head", "position"),
        PARTICIPANT_POSITION(Field.PARTICIPANT, "participants", OWNER, "position"),
        PARTICIPANT_ORGANISATION(Field.PARTICIPANT, "participants", OWNER, "organisation"),
        REPORTING_DEADLINE(Field.DEADLINE, "reporting", OWNER, "deadline"),
        REPORTER(Field.REPORTING, "reporting", OWNER, "reporter"),
        RECIPIENT(Field.REPORTING, "reporting", OWNER, "recipient"),
        SUBJECT(Field.REPORTING, "reporting", OWNER, "subject"),
        CONTEXT_TEXT(Field.CONTEXT, "context", OWNER, "text"),
        CONTEXT_TOTAL(Field.CONTEXT, "context", OWNER, "totalOf"),
        CONTEXT_SHARE(Field.CONTEXT, "context", OWNER, "shares", ITEM, "label"),
        COLUMN(Field.COLUMN, "columns", ITEM),
        SECTION_TITLE(Field.SECTION_TITLE, SECTION, "title"),
        SECTION_NOTE(Field.NOTE, SECTION, "notes", ITEM),
        ACTIVITY_TITLE(Field.ACTIVITY_TITLE, ACTIVITY, "title"),
        ACTIVITY_DEADLINE(Field.DEADLINE, ACTIVITY, "deadline"),
        EXECUTOR(Field.EXECUTOR, ACTIVITY, "executors", ITEM),
        RESULT(Field.RESULT, ACTIVITY, "results", ITEM),
        ACTIVITY_NOTE(Field.NOTE, ACTIVITY, "notes", ITEM),
        NOTE(Field.NOTE, "notes", ITEM);

        final Field field;
        private final String[] path;

        Place(Field field, String... path) {
            this.field = field;
            this.path = path;
        }
    }

    /**
     * A quick check by which a text rule passes over most texts: a text that fails it is one the rule finds nothing
     * in.
     */
    enum Check {
        /** The text has a "«" or a "»": for {@code text.unbalanced-quotes}. */
        QUOTES("text.unbalanced-quotes"),
        /** {@link SchoolNames#mayHaveNames}: for {@code participant.spelling}. */
        SCHOOL_NAMES("participant.spelling"),
        /** {@link Abbreviations#mayHoldAbbreviation}: for {@code abbreviation.undefined}. */
        ABBREVIATIONS("abbreviation.undefined");

        /** The code of the rule that uses the check. */
        final String rule;

        final int bit = 1 << ordinal();

        Check(String rule) {
            this.rule = rule;
        }
    }

    /** In the path of a {@link Place}, the owner's index. */
    private static final String OWNER = "<owner>";

    /** In the path of a {@link Place}, the item's index. */
    private static final String ITEM = "<item>";

    /** In the path of a {@link Place}, the pointer to the section of index owner; first in the path. */
    private static final String SECTION = "<section>";

    /** In the path of a {@link Place}, the pointer to the activity numbered owner in the document; first in the path. */
    private static final String ACTIVITY = "<activity>";

    private static final Place[] PLACES = Place.values();

    private static final Check[] CHECKS = Check.values();

    private final List<Section> sections;
    /** For each section, the number in the document of its first activity; one more for the end. */
    private final int[] firstActivity;

    private String[] texts;
    private byte[] places;
    private int[] owners;
    private int[] items;
    /** For each text, the bits of the {@link Check checks} it passes, among those {@link #made}. */
    private byte[] passed;

    private int size;
    /** The bits of the checks made on every text. */
    private int made;

    private RoadmapTexts(Roadmap roadmap, int checks) {
        this.made = checks;
        this.sections = roadmap.sections();
        this.firstActivity = new int[sections.size() + 1];
        int capacity = 64
                + roadmap.context().size()
                + roadmap.participants().size() * 5
                + roadmap.notes().size();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            firstActivity[s + 1] = firstActivity[s] + activities.size();
            capacity += 1 + sections.get(s).notes().size();
            for (Activity a : activities) {
                capacity += 2
                        + a.executors().size()
                        + a.results().size()
                        + a.notes().size();
            }
        }
        texts = new String[capacity];
        places = new byte[capacity];
        owners = new int[capacity];
        items = new int[capacity];
        passed = new byte[capacity];
        read(roadmap);
    }

    /**
     * Returns the texts of the roadmap of a rule's context, read once per validation with the checks of the text rules
     * that {@link Memo#runs run} in it.
     *
     * @param context the rule's context
     * @return the texts
     */
    static RoadmapTexts of(RuleContext context) {
        Memo memo = Memo.of(context);
        return memo.get(RoadmapTexts.class, () -> new RoadmapTexts(context.roadmap(), checks(memo)));
    }

    /**
     * Returns the texts of the roadmap of a rule's context, as {@link #of(RuleContext)}, with a check made on each.
     *
     * @param context the rule's context
     * @param check the check the rule needs
     * @return the texts
     */
    static RoadmapTexts of(RuleContext context, Check check) {
        RoadmapTexts texts = of(context);
        if ((texts.made & check.bit) == 0) {
            // the memo did not know that the rule would run: the check is made now, in a pass of its own
            for (int i = 0; i < texts.size; i++) {
                texts.passed[i] |= (byte) check(texts.texts[i], check.bit);
            }
            texts.made |= check.bit;
        }
        return texts;
    }

    /** Returns the bits of the checks of the rules known to run in a validation. */
    private static int checks(Memo memo) {
        int checks = 0;
        for (Check c : CHECKS) {
            if (memo.runs(c.rule)) {
                checks |= c.bit;
            }
        }
        return checks;
    }

    /**
     * Makes checks on a text.
     *
     * @param text the text
     * @param checks the bits of the checks to make
     * @return the bits of those it passes
     */
    private static int check(String text, int checks) {
        int passed = 0;
        if ((checks & (Check.QUOTES.bit | Check.SCHOOL_NAMES.bit)) != 0) {
            boolean opening = text.indexOf('«') >= 0;
            if (opening || ((checks & Check.QUOTES.bit) != 0 && text.indexOf('»') >= 0)) {
                passed |= checks & Check.QUOTES.bit;
            }
            if (opening && (checks & Check.SCHOOL_NAMES.bit) != 0 && SchoolNames.mayNameSchool(text)) {
                passed |= Check.SCHOOL_NAMES.bit;
            }
        }
        if ((checks & Check.ABBREVIATIONS.bit) != 0 && Abbreviations.mayHoldAbbreviation(text)) {
            passed |= Check.ABBREVIATIONS.bit;
        }
        return passed;
    }

    /**
     * Tells whether a text passes a check: false when the rule of the check finds nothing in it. The check is made on
     * every text when the texts are given to its rule by {@link #of(RuleContext, Check)}.
     *
     * @param i the text's index
     * @param check the check
     * @return whether the text passes it
     */
    boolean passes(int i, Check check) {
        return (passed[i] & check.bit) != 0;
    }

    /**
     * Returns the number of texts.
     *
     * @return the number
     */
    int size() {
        return size;
    }

    /**
     * Returns a text as printed.
     *
     * @param i the text's index, in document order
     * @return the text
     */
    String text(int i) {
        return texts[i];
    }

    /**
     * Returns the kind of field a text is.
     *
     * @param i the text's index
     * @return the kind
     */
    Field field(int i) {
        return place(i).field;
    }

    /**
     * Returns where a text stands.
     *
     * @param i the text's index
     * @return the place
     */
    Place place(int i) {
        return PLACES[places[i]];
    }

    /**
     * Returns the pointer to a text, built anew at each call.
     *
     * @param i the text's index
     * @return the pointer
     */
    Pointer where(int i) {
        String[] path = place(i).path;
        Pointer p = Pointer.root();
        for (String segment : path) {
            if (segment.equals(OWNER)) {
                p = p.add(owners[i]);
            } else if (segment.equals(ITEM)) {
                p = p.add(items[i]);
            } else if (segment.equals(SECTION)) {
                p = Pointer.section(owners[i]);
            } else if (segment.equals(ACTIVITY)) {
                int s = section(owners[i]);
                p = Pointer.activity(s, owners[i] - firstActivity[s]);
            } else {
                p = p.add(segment);
            }
        }
        return p;
    }

    /** Returns the index of the section of an activity, by its number in the document. */
    private int section(int activity) {
        int s = Arrays.binarySearch(firstActivity, activity);
        if (s < 0) {
            return -s - 2;
        }
        // sections without activities share their first number with the next: the activity is in the last of them
        while (s + 1 < sections.size() && firstActivity[s + 1] == activity) {
            s++;
        }
        return s;
    }

    private void add(Place place, String text, int owner, int item) {
        if (size == texts.length) {
            int capacity = size * 2;
            texts = Arrays.copyOf(texts, capacity);
            places = Arrays.copyOf(places, capacity);
            owners = Arrays.copyOf(owners, capacity);
            items = Arrays.copyOf(items, capacity);
            passed = Arrays.copyOf(passed, capacity);
        }
        texts[size] = text;
        places[size] = (byte) place.ordinal();
        owners[size] = owner;
        items[size] = item;
        if (made != 0) {
            passed[size] = (byte) check(text, made);
        }
        size++;
    }

    private void add(Place place, Optional<String> text, int owner) {
        if (text.isPresent()) {
            add(place, text.get(), owner, 0);
        }
    }

    private void read(Roadmap r) {
        add(Place.TITLE, r.title(), 0, 0);
        add(Place.REGION, r.territory().region(), 0);
        add(Place.MUNICIPALITY, r.territory().municipality(), 0);
        add(Place.PROGRAMME, r.programme(), 0);
        if (r.approval().isPresent()) {
            approval(r.approval().get());
        }
        list(Place.GOAL, r.goals());
        for (int i = 0; i < r.objectives().size(); i++) {
            add(Place.OBJECTIVE, r.objectives().get(i).title(), 0, i);
        }
        for (int i = 0; i < r.organisations().size(); i++) {
            add(Place.ORGANISATION, r.organisations().get(i).name(), 0, i);
        }
        for (int i = 0; i < r.terms().size(); i++) {
            add(Place.TERM, r.terms().get(i).meaning(), 0, i);
        }
        List<Participant> participants = r.participants();
        for (int i = 0; i < participants.size(); i++) {
            participant(participants.get(i), i);
        }
        List<ReportingRequirement> reporting = r.reporting();
        for (int i = 0; i < reporting.size(); i++) {
            ReportingRequirement q = reporting.get(i);
            add(Place.REPORTING_DEADLINE, q.deadline().text(), i, 0);
            add(Place.REPORTER, q.reporter(), i);
            add(Place.RECIPIENT, q.recipient(), i);
            add(Place.SUBJECT, q.subject(), i);
        }
        List<ContextFact> context = r.context();
        for (int i = 0; i < context.size(); i++) {
            ContextFact c = context.get(i);
            add(Place.CONTEXT_TEXT, c.text(), i, 0);
            add(Place.CONTEXT_TOTAL, c.totalOf(), i);
            for (int j = 0; j < c.shares().size(); j++) {
                add(Place.CONTEXT_SHARE, c.shares().get(j).label(), i, j);
            }
        }
        list(Place.COLUMN, r.columns());
        for (int s = 0; s < sections.size(); s++) {
            section(sections.get(s), s);
        }
        list(Place.NOTE, r.notes());
    }

    private void approval(ApprovalDocument a) {
        add(Place.APPROVAL_ISSUER, a.issuer(), 0);
        add(Place.APPROVAL_PLACE, a.place(), 0);
        add(Place.APPROVAL_TITLE, a.title(), 0);
        add(Place.APPROVAL_ADDRESSEE, a.addressee(), 0);
        if (a.signatory().isPresent()) {
            Person p = a.signatory().get();
            add(Place.SIGNATORY_NAME, p.name(), 0, 0);
            add(Place.SIGNATORY_POSITION, p.position(), 0);
        }
        list(Place.APPROVAL_BODY, a.body());
    }

    private void participant(Participant p, int i) {
        add(Place.PARTICIPANT_NAME, p.name(), i, 0);
        if (p.head().isPresent()) {
            Person h = p.head().get();
            add(Place.HEAD_NAME, h.name(), i, 0);
            add(Place.HEAD_POSITION, h.position(), i);
        }
        add(Place.PARTICIPANT_POSITION, p.position(), i);
        add(Place.PARTICIPANT_ORGANISATION, p.organisation(), i);
    }

    private void section(Section section, int s) {
        add(Place.SECTION_TITLE, section.title(), s, 0);
        List<String> notes = section.notes();
        for (int i = 0; i < notes.size(); i++) {
            add(Place.SECTION_NOTE, notes.get(i), s, i);
        }
        List<Activity> activities = section.activities();
        for (int a = 0; a < activities.size(); a++) {
            activity(activities.get(a), firstActivity[s] + a);
        }
    }

    private void activity(Activity activity, int number) {
        add(Place.ACTIVITY_TITLE, activity.title(), number, 0);
        add(Place.ACTIVITY_DEADLINE, activity.deadlineText(), number);
        List<Executor> executors = activity.executors();
        for (int i = 0; i < executors.size(); i++) {
            add(Place.EXECUTOR, executors.get(i).text(), number, i);
        }
        List<ExpectedResult> results = activity.results();
        for (int i = 0; i < results.size(); i++) {
            add(Place.RESULT, results.get(i).text(), number, i);
        }
        List<String> notes = activity.notes();
        for (int i = 0; i < notes.size(); i++) {
            add(Place.ACTIVITY_NOTE, notes.get(i), number, i);
        }
    }

    private void list(Place place, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            add(place, texts.get(i), 0, i);
        }
    }
}
