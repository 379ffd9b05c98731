package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Extensible;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Territory;
import io.github.eduroadmap.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Counts which variants and features appear across generated documents. */
final class Census {

    final Set<Class<?>> deadlines = new HashSet<>();
    final Set<Class<?>> executors = new HashSet<>();
    final Set<Class<?>> extensions = new HashSet<>();
    final Set<Class<?>> nestedExtensions = new HashSet<>();
    final Set<Enum<?>> enums = new HashSet<>();
    final Set<String> features = new TreeSet<>();
    final List<String> texts = new ArrayList<>();

    Census add(Roadmap r) {
        enums.add(r.level());
        feature(r.approval().isPresent(), "roadmap with approval", "roadmap without approval");
        feature(r.programme().isPresent(), "roadmap with programme", "roadmap without programme");
        feature(r.timeZone().isPresent(), "roadmap with time zone", "roadmap without time zone");
        feature(!r.territory().equals(Territory.NONE), "roadmap with territory", "roadmap without territory");
        empty(r.goals(), "goals");
        empty(r.objectives(), "objectives");
        empty(r.organisations(), "organisations");
        empty(r.terms(), "terms");
        empty(r.participants(), "participants");
        empty(r.reporting(), "reporting");
        empty(r.context(), "context");
        empty(r.columns(), "columns");
        empty(r.notes(), "notes");
        empty(r.sections(), "sections");
        extensible(r);
        texts.add(r.title());
        texts.addAll(r.goals());
        texts.addAll(r.notes());
        r.approval().ifPresent(a -> {
            enums.add(a.kind());
            extensible(a);
            feature(a.number().isPresent(), "approval with number", "approval without number");
            feature(a.date().isPresent(), "approval with date", "approval without date");
            feature(a.signatory().isPresent(), "approval with signatory", "approval without signatory");
            feature(a.dateText().isPresent(), "approval with date text", "approval without date text");
            texts.addAll(a.body());
        });
        for (Organisation o : r.organisations()) {
            enums.add(o.kind());
            feature(
                    o.abbreviation().isPresent(),
                    "organisation with abbreviation",
                    "organisation without abbreviation");
            extensible(o);
        }
        for (Participant p : r.participants()) {
            enums.add(p.kind());
            feature(p.head().isPresent(), "participant with head", "participant without head");
        }
        for (ReportingRequirement req : r.reporting()) {
            deadline(req.deadline());
            feature(req.reporter().isPresent(), "requirement with reporter", "requirement without reporter");
        }
        r.context().forEach(f -> feature(f.partition(), "partition fact", "non-partition fact"));
        for (Section s : r.sections()) {
            extensible(s);
            feature(s.activities().isEmpty(), "section without activities", "section with activities");
            feature(s.number().isPresent(), "section with number", "section without number");
            feature(s.objective().isPresent(), "section with objective", "section without objective");
            texts.add(s.title());
            texts.addAll(s.notes());
            for (Activity a : s.activities()) {
                activity(r, a);
            }
        }
        return this;
    }

    private void activity(Roadmap r, Activity a) {
        extensible(a);
        feature(a.deadline().isPresent(), "activity with deadline", "activity without deadline");
        feature(a.number().isPresent(), "activity with number", "activity without number");
        feature(a.id().isPresent(), "activity with id", "activity without id");
        feature(a.objective().isPresent(), "activity with objective", "activity without objective");
        feature(!a.notes().isEmpty(), "activity with notes", "activity without notes");
        a.deadline().ifPresent(this::deadline);
        texts.add(a.title());
        texts.addAll(a.notes());
        for (Executor e : a.executors()) {
            executors.add(e.getClass());
            if (e instanceof RoleExecutor && r.organisation(e.text()).isPresent()) {
                features.add("role whose words are an organisation key");
            }
            if (e instanceof OrganisationExecutor) {
                OrganisationExecutor o = (OrganisationExecutor) e;
                feature(
                        o.text().equals(o.organisation()),
                        "organisation printed as its key",
                        "organisation in other words");
            }
        }
        for (ExpectedResult result : a.results()) {
            texts.add(result.text());
            if (result.target().isPresent()) {
                Target t = result.target().get();
                enums.add(t.unit());
                enums.add(t.comparison());
                feature(t.population().isPresent(), "target with population", "target without population");
                feature(t.per().isPresent(), "target with per", "target without per");
                if (!result.equals(ExpectedResult.parse(result.text()))) {
                    features.add("result with an explicit target");
                }
            } else if (result.text().matches(".*\\d.*")) {
                features.add("result with a number and explicitly no target");
            }
        }
    }

    Census add(Monitoring m) {
        extensible(m);
        for (ActivityProgress p : m.progress()) {
            enums.add(p.status());
            feature(p.activity().startsWith("/"), "progress by pointer", "progress by id");
            extensible(p);
        }
        m.measurements().forEach(x -> {
            feature(x.result().startsWith("/"), "measurement by pointer", "measurement by activity id");
            extensible(x);
        });
        m.reports().forEach(this::extensible);
        empty(m.reports(), "reports");
        empty(m.measurements(), "measurements");
        return this;
    }

    private void deadline(Deadline d) {
        deadlines.add(d.getClass());
        if (d instanceof Deadline.Recurring) {
            Deadline.Recurring rec = (Deadline.Recurring) d;
            enums.add(rec.frequency());
            feature(rec.due().isPresent(), "recurring with due rule", "recurring without due rule");
        } else if (d instanceof Deadline.ByArrangement) {
            Deadline.ByArrangement a = (Deadline.ByArrangement) d;
            enums.add(a.arrangement());
            feature(a.party().isPresent(), "arrangement with party", "arrangement without party");
        } else if (d instanceof Deadline.InMonth) {
            month(((Deadline.InMonth) d).month());
        } else if (d instanceof Deadline.MonthSpan) {
            month(((Deadline.MonthSpan) d).from());
            month(((Deadline.MonthSpan) d).to());
        } else if (d instanceof Deadline.Throughout) {
            Deadline.Throughout t = (Deadline.Throughout) d;
            feature(t.year().isPresent(), "throughout a year", "throughout the period");
            if (t.year().isPresent() && !t.text().contains(t.year().get().toString())) {
                features.add("throughout a year whose words do not name it");
            }
        } else if (d instanceof Deadline.Combined) {
            for (Deadline part : ((Deadline.Combined) d).parts()) {
                if (part instanceof Deadline.Combined) {
                    features.add("combined within combined");
                }
                deadline(part);
            }
        }
    }

    private void month(MonthRef m) {
        feature(m.year().isPresent(), "month with year", "month without year");
    }

    private void extensible(Extensible e) {
        if (!e.extensions().isEmpty()) {
            features.add("extensions on " + e.getClass().getSimpleName().replace("Immutable", ""));
        }
        for (ExtensionValue v : e.extensions().values()) {
            extension(v, false);
        }
    }

    private void extension(ExtensionValue v, boolean nested) {
        extensions.add(v.getClass());
        if (nested) {
            nestedExtensions.add(v.getClass());
        }
        if (v instanceof ExtensionValue.ListValue) {
            ((ExtensionValue.ListValue) v).values().forEach(x -> extension(x, true));
        } else if (v instanceof ExtensionValue.MapValue) {
            for (Map.Entry<String, ExtensionValue> x :
                    ((ExtensionValue.MapValue) v).values().entrySet()) {
                extension(x.getValue(), true);
            }
        }
    }

    private void empty(List<?> list, String what) {
        feature(list.isEmpty(), "no " + what, "some " + what);
    }

    private void feature(boolean condition, String ifTrue, String ifFalse) {
        features.add(condition ? ifTrue : ifFalse);
    }

    /** The enum constants of the model's closed families, for checking that each appears. */
    static final List<Class<? extends Enum<?>>> FAMILIES = List.of(
            Frequency.class,
            Arrangement.class,
            Unit.class,
            Comparison.class,
            Level.class,
            OrganisationKind.class,
            ParticipantKind.class,
            ApprovalKind.class,
            ActivityStatus.class);
}
