package io.github.eduroadmap.imports;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The field-by-field differences of the sections and activities of two roadmaps (number, title, deadline, executors,
 * results), each as one line "{@code <pointer>: <expected> | <actual>}".
 */
final class RoadmapDifferences {

    private RoadmapDifferences() {}

    static List<String> of(Roadmap expected, Roadmap actual) {
        List<String> out = new ArrayList<>();
        compare(
                out,
                "/sections (count)",
                expected.sections().size(),
                actual.sections().size());
        for (int s = 0;
                s < Math.min(expected.sections().size(), actual.sections().size());
                s++) {
            Section e = expected.sections().get(s);
            Section a = actual.sections().get(s);
            String p = "/sections/" + s;
            compare(out, p + "/number", e.number(), a.number());
            compare(out, p + "/title", e.title(), a.title());
            compare(out, p + "/objective", e.objective(), a.objective());
            compare(
                    out,
                    p + "/activities (count)",
                    e.activities().size(),
                    a.activities().size());
            for (int i = 0; i < Math.min(e.activities().size(), a.activities().size()); i++) {
                activity(
                        out,
                        p + "/activities/" + i,
                        e.activities().get(i),
                        a.activities().get(i));
            }
        }
        return out;
    }

    /** The differences of everything around the table, and of the notes of sections and activities. */
    static List<String> aroundTheTable(Roadmap expected, Roadmap actual) {
        List<String> out = new ArrayList<>();
        compare(out, "/title", expected.title(), actual.title());
        compare(out, "/level", expected.level(), actual.level());
        compare(out, "/territory", expected.territory(), actual.territory());
        compare(out, "/programme", expected.programme(), actual.programme());
        compare(out, "/period", expected.period(), actual.period());
        compare(out, "/timeZone", expected.timeZone(), actual.timeZone());
        compare(
                out,
                "/approval (present)",
                expected.approval().isPresent(),
                actual.approval().isPresent());
        if (expected.approval().isPresent() && actual.approval().isPresent()) {
            var e = expected.approval().get();
            var a = actual.approval().get();
            compare(out, "/approval/kind", e.kind(), a.kind());
            compare(out, "/approval/issuer", e.issuer(), a.issuer());
            compare(out, "/approval/place", e.place(), a.place());
            compare(out, "/approval/number", e.number(), a.number());
            compare(out, "/approval/date", e.date(), a.date());
            compare(out, "/approval/dateText", e.dateText(), a.dateText());
            compare(out, "/approval/title", e.title(), a.title());
            compare(out, "/approval/addressee", e.addressee(), a.addressee());
            compare(out, "/approval/signatory", e.signatory(), a.signatory());
            list(out, "/approval/body", e.body(), a.body());
        }
        list(out, "/goals", expected.goals(), actual.goals());
        list(out, "/objectives", expected.objectives(), actual.objectives());
        list(out, "/organisations", expected.organisations(), actual.organisations());
        list(out, "/terms", expected.terms(), actual.terms());
        list(out, "/participants", expected.participants(), actual.participants());
        list(out, "/reporting", expected.reporting(), actual.reporting());
        list(out, "/context", expected.context(), actual.context());
        list(out, "/columns", expected.columns(), actual.columns());
        list(out, "/notes", expected.notes(), actual.notes());
        for (int s = 0;
                s < Math.min(expected.sections().size(), actual.sections().size());
                s++) {
            Section e = expected.sections().get(s);
            Section a = actual.sections().get(s);
            list(out, "/sections/" + s + "/notes", e.notes(), a.notes());
            for (int i = 0; i < Math.min(e.activities().size(), a.activities().size()); i++) {
                list(
                        out,
                        "/sections/" + s + "/activities/" + i + "/notes",
                        e.activities().get(i).notes(),
                        a.activities().get(i).notes());
            }
        }
        return out;
    }

    private static void list(List<String> out, String p, List<?> e, List<?> a) {
        compare(out, p + " (count)", e.size(), a.size());
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            compare(out, p + "/" + i, e.get(i), a.get(i));
        }
    }

    private static void activity(List<String> out, String p, Activity e, Activity a) {
        compare(out, p + "/number", e.number(), a.number());
        compare(out, p + "/title", e.title(), a.title());
        compare(
                out,
                p + "/deadline",
                e.deadline().map(RoadmapDifferences::deadline),
                a.deadline().map(RoadmapDifferences::deadline));
        compare(
                out,
                p + "/executors (count)",
                e.executors().size(),
                a.executors().size());
        for (int i = 0; i < Math.min(e.executors().size(), a.executors().size()); i++) {
            compare(
                    out,
                    p + "/executors/" + i,
                    executor(e.executors().get(i)),
                    executor(a.executors().get(i)));
        }
        compare(out, p + "/results (count)", e.results().size(), a.results().size());
        for (int i = 0; i < Math.min(e.results().size(), a.results().size()); i++) {
            compare(
                    out,
                    p + "/results/" + i,
                    result(e.results().get(i)),
                    result(a.results().get(i)));
        }
    }

    private static String deadline(Deadline d) {
        return d.toString();
    }

    static String executor(Executor e) {
        if (e instanceof OrganisationExecutor) {
            OrganisationExecutor o = (OrganisationExecutor) e;
            return "organisation " + o.organisation() + " «" + o.text() + "»";
        }
        if (e instanceof PersonExecutor) {
            PersonExecutor pe = (PersonExecutor) e;
            return "person " + pe.name()
                    + pe.position().map(x -> " (" + x + ")").orElse("") + " «" + pe.text() + "»";
        }
        return "role «" + e.text() + "»";
    }

    private static String result(ExpectedResult r) {
        return r.text()
                + r.target()
                        .map(t -> " [" + t.comparison() + " " + t.value() + " " + t.unit() + "]")
                        .orElse("");
    }

    private static void compare(List<String> out, String pointer, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(pointer + ": " + show(expected) + " | " + show(actual));
        }
    }

    private static String show(Object o) {
        if (o instanceof Optional) {
            return ((Optional<?>) o).map(Object::toString).orElse("(none)");
        }
        return String.valueOf(o);
    }
}
