package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.validation.Pointer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every printed text of a roadmap with its place, in the order of the serialized document (docs/format.md): the
 * title, the approval document, goals, objectives, the glossary's full names, participants, reporting, context,
 * column headings, sections with their activities, notes.
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

    /** Receives the texts. */
    @FunctionalInterface
    interface Sink {
        /**
         * Receives one text.
         *
         * @param field what kind of field it is
         * @param text the text as printed
         * @param where its pointer, built on demand
         */
        void text(Field field, String text, Supplier<Pointer> where);
    }

    private RoadmapTexts() {}

    /**
     * Gives every text of a roadmap to a sink, in document order.
     *
     * @param r the roadmap
     * @param sink the sink
     */
    static void forEach(Roadmap r, Sink sink) {
        Pointer root = Pointer.root();
        sink.text(Field.TITLE, r.title(), () -> root.add("title"));
        r.territory()
                .region()
                .ifPresent(t -> sink.text(
                        Field.TERRITORY, t, () -> root.add("territory").add("region")));
        r.territory()
                .municipality()
                .ifPresent(t -> sink.text(
                        Field.TERRITORY, t, () -> root.add("territory").add("municipality")));
        r.programme().ifPresent(p -> sink.text(Field.PROGRAMME, p, () -> root.add("programme")));
        r.approval().ifPresent(a -> approval(a, sink));
        list(r.goals(), Field.GOAL, "goals", sink);
        List<Objective> objectives = r.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            int n = i;
            sink.text(
                    Field.OBJECTIVE,
                    objectives.get(i).title(),
                    () -> root.add("objectives").add(n).add("title"));
        }
        List<Organisation> organisations = r.organisations();
        for (int i = 0; i < organisations.size(); i++) {
            int n = i;
            sink.text(
                    Field.GLOSSARY,
                    organisations.get(i).name(),
                    () -> root.add("organisations").add(n).add("name"));
        }
        List<Term> terms = r.terms();
        for (int i = 0; i < terms.size(); i++) {
            int n = i;
            sink.text(
                    Field.GLOSSARY,
                    terms.get(i).meaning(),
                    () -> root.add("terms").add(n).add("meaning"));
        }
        List<Participant> participants = r.participants();
        for (int i = 0; i < participants.size(); i++) {
            participant(participants.get(i), root.add("participants").add(i), sink);
        }
        List<ReportingRequirement> reporting = r.reporting();
        for (int i = 0; i < reporting.size(); i++) {
            ReportingRequirement q = reporting.get(i);
            int n = i;
            Supplier<Pointer> at = () -> root.add("reporting").add(n);
            sink.text(Field.DEADLINE, q.deadline().text(), () -> at.get().add("deadline"));
            optional(q.reporter(), Field.REPORTING, () -> at.get().add("reporter"), sink);
            optional(q.recipient(), Field.REPORTING, () -> at.get().add("recipient"), sink);
            optional(q.subject(), Field.REPORTING, () -> at.get().add("subject"), sink);
        }
        List<ContextFact> context = r.context();
        for (int i = 0; i < context.size(); i++) {
            ContextFact c = context.get(i);
            int n = i;
            sink.text(Field.CONTEXT, c.text(), () -> root.add("context").add(n).add("text"));
            optional(
                    c.totalOf(), Field.CONTEXT, () -> root.add("context").add(n).add("totalOf"), sink);
            for (int j = 0; j < c.shares().size(); j++) {
                int m = j;
                sink.text(
                        Field.CONTEXT,
                        c.shares().get(j).label(),
                        () -> root.add("context").add(n).add("shares").add(m).add("label"));
            }
        }
        list(r.columns(), Field.COLUMN, "columns", sink);
        List<Section> sections = r.sections();
        for (int s = 0; s < sections.size(); s++) {
            section(sections.get(s), s, sink);
        }
        list(r.notes(), Field.NOTE, "notes", sink);
    }

    private static void approval(ApprovalDocument a, Sink sink) {
        Pointer at = Pointer.root().add("approval");
        optional(a.issuer(), Field.APPROVAL, () -> at.add("issuer"), sink);
        optional(a.place(), Field.APPROVAL, () -> at.add("place"), sink);
        optional(a.title(), Field.APPROVAL, () -> at.add("title"), sink);
        optional(a.addressee(), Field.APPROVAL, () -> at.add("addressee"), sink);
        a.signatory().ifPresent(p -> person(p, at.add("signatory"), sink));
        for (int i = 0; i < a.body().size(); i++) {
            int n = i;
            sink.text(Field.APPROVAL_BODY, a.body().get(i), () -> at.add("body").add(n));
        }
    }

    private static void participant(Participant p, Pointer at, Sink sink) {
        sink.text(Field.PARTICIPANT, p.name(), () -> at.add("name"));
        p.head().ifPresent(h -> person(h, at.add("head"), sink));
        optional(p.position(), Field.PARTICIPANT, () -> at.add("position"), sink);
        optional(p.organisation(), Field.PARTICIPANT, () -> at.add("organisation"), sink);
    }

    private static void person(Person p, Pointer at, Sink sink) {
        sink.text(Field.PERSON, p.name(), () -> at.add("name"));
        optional(p.position(), Field.PERSON, () -> at.add("position"), sink);
    }

    private static void section(Section section, int s, Sink sink) {
        sink.text(Field.SECTION_TITLE, section.title(), () -> Pointer.section(s).add("title"));
        for (int i = 0; i < section.notes().size(); i++) {
            int n = i;
            sink.text(
                    Field.NOTE,
                    section.notes().get(i),
                    () -> Pointer.section(s).add("notes").add(n));
        }
        List<Activity> activities = section.activities();
        for (int a = 0; a < activities.size(); a++) {
            activity(activities.get(a), s, a, sink);
        }
    }

    private static void activity(Activity activity, int s, int a, Sink sink) {
        sink.text(
                Field.ACTIVITY_TITLE,
                activity.title(),
                () -> Pointer.activity(s, a).add("title"));
        activity.deadlineText()
                .ifPresent(d -> sink.text(
                        Field.DEADLINE, d, () -> Pointer.activity(s, a).add("deadline")));
        List<Executor> executors = activity.executors();
        for (int i = 0; i < executors.size(); i++) {
            int n = i;
            sink.text(
                    Field.EXECUTOR,
                    executors.get(i).text(),
                    () -> Pointer.activity(s, a).add("executors").add(n));
        }
        for (int i = 0; i < activity.results().size(); i++) {
            int n = i;
            sink.text(
                    Field.RESULT,
                    activity.results().get(i).text(),
                    () -> Pointer.activity(s, a).add("results").add(n));
        }
        for (int i = 0; i < activity.notes().size(); i++) {
            int n = i;
            sink.text(
                    Field.NOTE,
                    activity.notes().get(i),
                    () -> Pointer.activity(s, a).add("notes").add(n));
        }
    }

    private static void list(List<String> texts, Field field, String name, Sink sink) {
        for (int i = 0; i < texts.size(); i++) {
            int n = i;
            sink.text(field, texts.get(i), () -> Pointer.root().add(name).add(n));
        }
    }

    private static void optional(Optional<String> text, Field field, Supplier<Pointer> where, Sink sink) {
        text.ifPresent(t -> sink.text(field, t, where));
    }
}
