package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validity properties every generated roadmap must have, checked independently of the generator: each
 * violation is a line naming where it is.
 */
final class RoadmapInvariants {

    private static final Pattern SECTION_NUMBER = Pattern.compile("(?:Задача |Блок )?([IVXLCDM]+|\\d+)\\.?");
    private static final Pattern ACTIVITY_NUMBER = Pattern.compile("(?:(\\d+)\\.)?(\\d+)\\.?");

    private RoadmapInvariants() {}

    static List<String> violations(Roadmap r) {
        List<String> v = new ArrayList<>();
        if (r.period().isEmpty()) {
            v.add("/period: missing");
            return v;
        }
        DateRange period = r.period().get();
        if (!period.isWellOrdered()) {
            v.add("/period: ends before it starts");
        }

        Set<String> objectiveIds = new HashSet<>();
        for (Objective o : r.objectives()) {
            if (!objectiveIds.add(o.id())) {
                v.add("/objectives: duplicate id " + o.id());
            }
        }
        Set<String> keys = new HashSet<>();
        for (Organisation o : r.organisations()) {
            if (!keys.add(o.key())) {
                v.add("/organisations: duplicate key " + o.key());
            }
        }
        Set<String> abbreviations = new HashSet<>();
        for (var t : r.terms()) {
            if (!abbreviations.add(t.abbreviation()) || keys.contains(t.abbreviation())) {
                v.add("/terms: duplicate or clashing abbreviation " + t.abbreviation());
            }
        }

        Set<String> served = new HashSet<>();
        Set<String> activityIds = new HashSet<>();
        List<Section> sections = r.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String sp = "/sections/" + s;
            section.objective().ifPresent(id -> {
                if (!objectiveIds.contains(id)) {
                    v.add(sp + "/objective: no objective " + id);
                }
            });
            for (int a = 0; a < section.activities().size(); a++) {
                Activity activity = section.activities().get(a);
                String ap = sp + "/activities/" + a;
                activity.objective().ifPresent(id -> {
                    if (!objectiveIds.contains(id)) {
                        v.add(ap + "/objective: no objective " + id);
                    }
                });
                Optional<String> serves = activity.objective().or(section::objective);
                serves.ifPresent(served::add);
                activity.id().ifPresent(id -> {
                    if (!activityIds.add(id)) {
                        v.add(ap + "/id: duplicate " + id);
                    }
                });
                activity.deadline().ifPresent(d -> deadline(v, ap + "/deadline", d, period));
                if (activity.executors().isEmpty()) {
                    v.add(ap + "/executors: none");
                }
                for (int e = 0; e < activity.executors().size(); e++) {
                    Executor executor = activity.executors().get(e);
                    if (executor instanceof OrganisationExecutor
                            && !keys.contains(((OrganisationExecutor) executor).organisation())) {
                        v.add(ap + "/executors/" + e + ": no organisation " + executor);
                    }
                    if (executor.text().isBlank()) {
                        v.add(ap + "/executors/" + e + ": blank words");
                    }
                }
                if (activity.results().isEmpty()) {
                    v.add(ap + "/results: none");
                }
                for (int k = 0; k < activity.results().size(); k++) {
                    ExpectedResult result = activity.results().get(k);
                    result.target().ifPresent(t -> target(v, ap, t));
                }
                if (activity.title().isEmpty()) {
                    v.add(ap + "/title: empty");
                }
            }
        }
        for (Objective o : r.objectives()) {
            if (!served.contains(o.id())) {
                v.add("/objectives: objective " + o.id() + " has no activity");
            }
        }
        numbering(v, sections);

        for (int i = 0; i < r.reporting().size(); i++) {
            ReportingRequirement req = r.reporting().get(i);
            deadline(v, "/reporting/" + i + "/deadline", req.deadline(), period);
            req.reporter().ifPresent(rep -> {
                if (!keys.contains(rep)) {
                    v.add("/reporting: reporter " + rep + " is no organisation key");
                }
            });
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < r.participants().size(); i++) {
            Participant p = r.participants().get(i);
            if (!names.add(p.name())) {
                v.add("/participants/" + i + ": duplicate name " + p.name());
            }
            p.organisation().ifPresent(o -> {
                if (!keys.contains(o)) {
                    v.add("/participants: organisation " + o + " is no organisation key");
                }
            });
        }
        for (int i = 0; i < r.context().size(); i++) {
            context(v, "/context/" + i, r.context().get(i));
        }
        return v;
    }

    private static void deadline(List<String> v, String where, Deadline d, DateRange period) {
        if (!d.isWellOrdered()) {
            v.add(where + ": not well ordered: " + d);
        }
        if (!d.isWithin(period)) {
            v.add(where + ": outside " + period + ": " + d);
        }
        if (d.text().isEmpty()) {
            v.add(where + ": no words");
        }
        if (d instanceof Deadline.Combined) {
            for (Deadline part : ((Deadline.Combined) d).parts()) {
                deadline(v, where + "/parts", part, period);
            }
        }
    }

    private static void target(List<String> v, String where, Target t) {
        if (t.unit() == Unit.PERCENT && (t.value().signum() < 0 || t.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
            v.add(where + ": percentage out of 0..100: " + t);
        }
    }

    private static void context(List<String> v, String where, ContextFact f) {
        for (Share s : f.shares()) {
            if (s.percent().signum() < 0 || s.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
                v.add(where + ": share out of 0..100: " + s);
            }
        }
        if (!f.partition()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal counted = BigDecimal.ZERO;
        boolean allCounted = true;
        for (Share s : f.shares()) {
            sum = sum.add(s.percent());
            if (s.count().isPresent()) {
                counted = counted.add(s.count().get());
                if (f.total().isPresent()
                        && f.total()
                                        .get()
                                        .multiply(s.percent())
                                        .compareTo(s.count().get().multiply(BigDecimal.valueOf(100)))
                                != 0) {
                    v.add(where + ": " + s + " disagrees with the total "
                            + f.total().get());
                }
            } else {
                allCounted = false;
            }
        }
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            v.add(where + ": shares sum to " + sum);
        }
        if (allCounted && f.total().isPresent() && counted.compareTo(f.total().get()) != 0) {
            v.add(where + ": counts sum to " + counted + ", not " + f.total().get());
        }
    }

    /** Sections: all unnumbered, or numbered 1..n in one style; activities likewise, per section or through. */
    private static void numbering(List<String> v, List<Section> sections) {
        long numberedSections =
                sections.stream().filter(s -> s.number().isPresent()).count();
        if (numberedSections != 0 && numberedSections != sections.size()) {
            v.add("/sections: some numbered, some not");
        }
        for (int s = 0; s < sections.size() && numberedSections == sections.size(); s++) {
            Matcher m = SECTION_NUMBER.matcher(sections.get(s).number().get());
            if (!m.matches() || value(m.group(1)) != s + 1) {
                v.add("/sections/" + s + "/number: " + sections.get(s).number().get() + " is not number " + (s + 1));
            }
        }
        List<Activity> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.activities()));
        long numbered = all.stream().filter(a -> a.number().isPresent()).count();
        if (numbered == 0) {
            return;
        }
        if (numbered != all.size()) {
            v.add("/sections: some activities numbered, some not");
            return;
        }
        boolean continuous = true;
        boolean perSection = true;
        int overall = 0;
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Matcher m = ACTIVITY_NUMBER.matcher(activities.get(a).number().get());
                if (!m.matches()) {
                    v.add("/sections/" + s + "/activities/" + a + "/number: unreadable");
                    return;
                }
                if (m.group(1) != null && Integer.parseInt(m.group(1)) != s + 1) {
                    v.add("/sections/" + s + "/activities/" + a + "/number: prefix is not the section's");
                }
                int n = Integer.parseInt(m.group(2));
                perSection &= n == a + 1;
                continuous &= n == overall + 1;
                overall++;
            }
        }
        if (!perSection && !continuous) {
            v.add("/sections: activity numbers neither restart in each section nor run on without gaps");
        }
    }

    private static int value(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        String digits = "IVXLCDM";
        int[] values = {1, 5, 10, 50, 100, 500, 1000};
        int total = 0;
        for (int i = 0; i < number.length(); i++) {
            int x = values[digits.indexOf(number.charAt(i))];
            int next = i + 1 < number.length() ? values[digits.indexOf(number.charAt(i + 1))] : 0;
            total += x < next ? -x : x;
        }
        return total;
    }
}
