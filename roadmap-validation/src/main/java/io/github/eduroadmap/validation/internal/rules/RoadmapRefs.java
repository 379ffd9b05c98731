package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the references of a monitoring document to the roadmap: an activity by its id or by a pointer {@code
 * /sections/<s>/activities/<a>}, an expected result by {@code /sections/<s>/activities/<a>/results/<r>} or {@code
 * <activity id>/results/<r>}. A reference that names nothing resolves to nothing.
 */
final class RoadmapRefs {

    /**
     * A place in the roadmap's table.
     *
     * @param section the section's index
     * @param activity the activity's index in the section
     * @param result the result's index in the activity, or -1 for the activity itself
     */
    record Place(int section, int activity, int result) {}

    private final Roadmap roadmap;
    private final Map<String, Place> ids = new HashMap<>();

    RoadmapRefs(Roadmap roadmap) {
        this.roadmap = roadmap;
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Optional<String> id = activities.get(a).id();
                if (id.isPresent() && !ids.containsKey(id.get())) {
                    ids.put(id.get(), new Place(s, a, -1));
                }
            }
        }
    }

    /**
     * Returns the references of the roadmap of a rule's context, resolved once per validation.
     *
     * @param context the rule's context
     * @return the references
     */
    static RoadmapRefs of(RuleContext context) {
        return Memo.of(context).get(RoadmapRefs.class, () -> new RoadmapRefs(context.roadmap()));
    }

    /**
     * Finds an activity.
     *
     * @param reference an activity id or pointer
     * @return where it is, or null when the reference names no activity
     */
    Place activity(String reference) {
        return activity(reference, reference.length());
    }

    /** Finds the activity a reference's first {@code end} chars name. */
    private Place activity(String reference, int end) {
        if (end > 0 && reference.charAt(0) == '/') {
            // "/sections/<s>/activities/<a>"
            String sections = "/sections/";
            String activities = "/activities/";
            if (end < sections.length() || !reference.startsWith(sections)) {
                return null;
            }
            int s = reference.indexOf('/', sections.length());
            if (s < 0 || s + activities.length() > end || !reference.startsWith(activities, s)) {
                return null;
            }
            int a = s + activities.length();
            int slash = reference.indexOf('/', a);
            if (slash >= 0 && slash < end) {
                return null;
            }
            return place(index(reference, sections.length(), s), index(reference, a, end), -1);
        }
        return ids.get(end == reference.length() ? reference : reference.substring(0, end));
    }

    /**
     * Finds an expected result.
     *
     * @param reference a pointer to the result, or an activity id followed by {@code /results/<r>}
     * @return where it is, or null when the reference names no result
     */
    Place result(String reference) {
        String results = "/results/";
        int at = reference.lastIndexOf(results);
        if (at < 0) {
            return null;
        }
        int r = index(reference, at + results.length(), reference.length());
        Place p = activity(reference, at);
        return p == null ? null : place(p.section(), p.activity(), r);
    }

    /**
     * Returns how many activities a section has.
     *
     * @param section the section's index
     * @return the number of its activities
     */
    int activityCount(int section) {
        return roadmap.sections().get(section).activities().size();
    }

    /**
     * Returns the activity at a place.
     *
     * @param place the place
     * @return the activity
     */
    Activity activityAt(Place place) {
        return roadmap.sections().get(place.section()).activities().get(place.activity());
    }

    private Place place(int s, int a, int r) {
        if (s < 0 || s >= roadmap.sections().size()) {
            return null;
        }
        List<Activity> activities = roadmap.sections().get(s).activities();
        if (a < 0 || a >= activities.size()) {
            return null;
        }
        if (r != -1 && (r < 0 || r >= activities.get(a).results().size())) {
            return null;
        }
        return new Place(s, a, r);
    }

    /**
     * Reads the index {@code reference[from, to)}: digits without a leading zero, at most nine; -2 for anything else.
     */
    private static int index(String reference, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > 9 || (length > 1 && reference.charAt(from) == '0')) {
            return -2;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = reference.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            n = 10 * n + (c - '0');
        }
        return n;
    }
}
