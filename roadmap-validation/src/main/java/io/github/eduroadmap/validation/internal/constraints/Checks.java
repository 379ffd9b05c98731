package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the model's own constraints check, without any validation engine: the constraint validators registered with
 * Hibernate Validator and the validator's own structure checker both ask these.
 */
public final class Checks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {}

    /** Where a duplicate id is: told of each later use of an id, in document order. */
    public interface DuplicateIds {

        /**
         * Tells of an objective whose id an objective above already has.
         *
         * @param objective the objective's index
         * @param id the id
         */
        void objective(int objective, String id);

        /**
         * Tells of an activity whose id an activity above already has.
         *
         * @param section the section's index
         * @param activity the activity's index in its section
         * @param id the id
         */
        void activity(int section, int activity, String id);
    }

    /**
     * Tells whether a text is on one line.
     *
     * @param value the text; null is one line
     * @return false when it has a line feed, carriage return, next line, line or paragraph separator
     */
    public static boolean isOneLine(CharSequence value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isLineBreak(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a character breaks a line.
     *
     * @param c the character
     * @return true for LF, CR, NEL, LS and PS
     */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Tells whether a number lies within 0 and 100, both included.
     *
     * @param value the number
     * @return true when it does; false for NaN and infinities
     */
    public static boolean isPercentage(Number value) {
        BigDecimal d;
        if (value instanceof BigDecimal) {
            d = (BigDecimal) value;
        } else if (value instanceof Double || value instanceof Float) {
            double x = value.doubleValue();
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return false;
            }
            d = BigDecimal.valueOf(x);
        } else {
            d = new BigDecimal(value.toString());
        }
        return d.signum() >= 0 && d.compareTo(HUNDRED) <= 0;
    }

    /**
     * Finds the ids used again: objective ids among objectives, activity ids among all activities, in linear time.
     *
     * @param roadmap the roadmap
     * @param found told of each later use of an id
     * @return true when no id is used twice
     */
    public static boolean findDuplicateIds(Roadmap roadmap, DuplicateIds found) {
        boolean unique = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < roadmap.objectives().size(); i++) {
            String id = roadmap.objectives().get(i).id();
            if (!seen.add(id)) {
                unique = false;
                found.objective(i, id);
            }
        }
        seen.clear();
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Optional<String> id = activities.get(a).id();
                if (id.isPresent() && !seen.add(id.get())) {
                    unique = false;
                    found.activity(s, a, id.get());
                }
            }
        }
        return unique;
    }
}
