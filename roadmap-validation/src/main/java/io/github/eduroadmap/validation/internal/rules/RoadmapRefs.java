package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
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
                Place p = new Place(s, a, -1);
                activities.get(a).id().ifPresent(id -> ids.putIfAbsent(id, p));
            }
        }
    }

    /**
     * Finds an activity.
     *
     * @param reference an activity id or pointer
     * @return where it is
     */
    Optional<Place> activity(String reference) {
        if (reference.startsWith("/")) {
            // "/sections/<s>/activities/<a>"
            String sections = "/sections/";
            String activities = "/activities/";
            if (!reference.startsWith(sections)) {
                return Optional.empty();
            }
            int s = reference.indexOf('/', sections.length());
            if (s < 0 || !reference.startsWith(activities, s) || reference.indexOf('/', s + activities.length()) >= 0) {
                return Optional.empty();
            }
            return place(
                    index(reference.substring(sections.length(), s)),
                    index(reference.substring(s + activities.length())),
                    -1);
        }
        return Optional.ofNullable(ids.get(reference));
    }

    /**
     * Finds an expected result.
     *
     * @param reference a pointer to the result, or an activity id followed by {@code /results/<r>}
     * @return where it is
     */
    Optional<Place> result(String reference) {
        int at = reference.lastIndexOf("/results/");
        if (at < 0) {
            return Optional.empty();
        }
        int r = index(reference.substring(at + "/results/".length()));
        return activity(reference.substring(0, at)).flatMap(p -> place(p.section(), p.activity(), r));
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

    private Optional<Place> place(int s, int a, int r) {
        if (s < 0 || s >= roadmap.sections().size()) {
            return Optional.empty();
        }
        List<Activity> activities = roadmap.sections().get(s).activities();
        if (a < 0 || a >= activities.size()) {
            return Optional.empty();
        }
        if (r != -1 && (r < 0 || r >= activities.get(a).results().size())) {
            return Optional.empty();
        }
        return Optional.of(new Place(s, a, r));
    }

    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return -2;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -2;
            }
        }
        return Integer.parseInt(segment);
    }
}
