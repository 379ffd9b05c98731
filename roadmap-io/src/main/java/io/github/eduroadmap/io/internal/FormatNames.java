package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.RoleExecutor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stable names of the variants of the model's closed families in the file format: the {@code type} of a typed
 * deadline and the key of a typed executor. The one place these names live.
 */
public final class FormatNames {

    /** The {@code type} of each deadline variant, in the order of the format reference. */
    public static final Map<Class<? extends Deadline>, String> DEADLINE_TYPES;

    /** The key that marks each executor variant in typed form. */
    public static final Map<Class<? extends Executor>, String> EXECUTOR_KEYS;

    private static final Map<String, Class<? extends Deadline>> DEADLINE_BY_TYPE;

    static {
        Map<Class<? extends Deadline>, String> d = new LinkedHashMap<>();
        d.put(Deadline.OnDate.class, "date");
        d.put(Deadline.ByDate.class, "by-date");
        d.put(Deadline.OnDates.class, "dates");
        d.put(Deadline.InMonth.class, "month");
        d.put(Deadline.MonthSpan.class, "month-span");
        d.put(Deadline.DateSpan.class, "date-span");
        d.put(Deadline.Recurring.class, "recurring");
        d.put(Deadline.Throughout.class, "throughout");
        d.put(Deadline.ByArrangement.class, "by-arrangement");
        d.put(Deadline.Combined.class, "combined");
        d.put(Deadline.Unparsed.class, "unparsed");
        DEADLINE_TYPES = Collections.unmodifiableMap(d);
        Map<String, Class<? extends Deadline>> byType = new LinkedHashMap<>();
        d.forEach((k, v) -> byType.put(v, k));
        DEADLINE_BY_TYPE = Collections.unmodifiableMap(byType);

        Map<Class<? extends Executor>, String> e = new LinkedHashMap<>();
        e.put(OrganisationExecutor.class, "organisation");
        e.put(PersonExecutor.class, "person");
        e.put(RoleExecutor.class, "role");
        EXECUTOR_KEYS = Collections.unmodifiableMap(e);
    }

    private FormatNames() {}

    /**
     * Returns the {@code type} of a deadline.
     *
     * @param deadline the deadline
     * @return its stable name
     */
    public static String type(Deadline deadline) {
        return DEADLINE_TYPES.get(deadline.getClass());
    }

    /**
     * Finds the deadline variant of a {@code type}.
     *
     * @param type the name
     * @return the class, or null for an unknown name
     */
    public static Class<? extends Deadline> deadlineClass(String type) {
        return DEADLINE_BY_TYPE.get(type);
    }

    /**
     * Returns the known deadline types for messages.
     *
     * @return "date, by-date, ..."
     */
    public static String deadlineTypes() {
        return String.join(", ", DEADLINE_BY_TYPE.keySet());
    }
}
