package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.model.constraints.Percentage;
import io.github.eduroadmap.model.constraints.UniqueIds;
import io.github.eduroadmap.model.constraints.WellOrdered;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import io.github.eduroadmap.validation.internal.ConstraintPlans.Check;
import io.github.eduroadmap.validation.internal.ConstraintPlans.Plan;
import io.github.eduroadmap.validation.internal.ConstraintPlans.Property;
import io.github.eduroadmap.validation.internal.constraints.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Structure checks of Jakarta Bean Validation without a Bean Validation engine: evaluates the constraint annotations
 * of the model ({@code @NotBlank}, {@code @OneLine}, {@code @Percentage}, ..., and the {@code @Valid} cascades) over a
 * roadmap or monitoring document, with plans compiled once per class from the annotations
 * ({@link ConstraintPlans}), and turns each violated constraint into a {@link Violation} with a stable code, a JSON
 * Pointer in the file format's field names, and a message in the validator's language.
 *
 * <p>It reports exactly what Hibernate Validator, configured as the validator configured it up to version 0.1 (no
 * XML, every property traversable, messages by {@code ParameterMessageInterpolator} in one language), reported
 * through the same mapping: the same constraint violations, the same property paths, the same messages, Hibernate
 * Validator's own texts of {@code @NotBlank}, {@code @NotEmpty} and {@code @PositiveOrZero} included (copied into
 * {@code StandardMessages}, and overridable as there by the application's {@code ValidationMessages} and by a
 * {@code ContributorValidationMessages}). A differential test holds the two together.
 *
 * <p>Cheap to build; thread-safe.
 */
public final class BeanValidation {

    /** The code of a violation of a constraint no code is assigned to. */
    public static final String OTHER = "structure.invalid";

    private static final Map<Class<? extends Annotation>, String> CODE_OF = Map.of(
            NotBlank.class, "structure.blank",
            NotEmpty.class, "structure.empty",
            OneLine.class, "structure.not-one-line",
            PositiveOrZero.class, "structure.negative",
            WellOrdered.class, "structure.period-order",
            UniqueIds.class, "structure.duplicate-id",
            Percentage.class, "percent.out-of-range");

    /** Every code Bean Validation reports, in the order of the documentation, each an error by default. */
    public static final Map<String, Severity> CODES;

    static {
        Map<String, Severity> codes = new LinkedHashMap<>();
        for (String code : List.of(
                "structure.blank",
                "structure.empty",
                "structure.not-one-line",
                "structure.negative",
                "structure.period-order",
                "structure.duplicate-id",
                "percent.out-of-range",
                OTHER)) {
            codes.put(code, Severity.ERROR);
        }
        CODES = Collections.unmodifiableMap(codes);
    }

    private static final String[] CODE_NAMES = CODES.keySet().toArray(new String[0]);

    /** The bundle of Hibernate Validator's own messages of the standard constraints the model uses, copied. */
    static final String STANDARD_BUNDLE = "io.github.eduroadmap.validation.internal.StandardMessages";

    /** The application's bundle, which Hibernate Validator reads before every other. */
    static final String USER_BUNDLE = "ValidationMessages";

    /** Values in the file format that are written as a scalar, so that a pointer cannot go below them. */
    private static final Set<String> SCALAR_PROPERTIES = Set.of("period", "deadline", "timeZone");

    /** Lists whose elements may be written as a scalar: a pointer stops at the element. */
    private static final Set<String> SCALAR_ELEMENTS = Set.of("executors", "results");

    private final Locale locale;
    private final Locale bundleLocale;
    private final Map<String, String> standardMessages = new ConcurrentHashMap<>();

    /**
     * Makes the checker of a language.
     *
     * @param locale the language of the messages
     */
    public BeanValidation(Locale locale) {
        this.locale = locale;
        this.bundleLocale = Messages.bundleLocale(locale);
    }

    /**
     * Returns the code of a constraint.
     *
     * @param constraint the constraint's annotation type
     * @return its code, or {@link #OTHER}
     */
    public static String code(Class<? extends Annotation> constraint) {
        return CODE_OF.getOrDefault(constraint, OTHER);
    }

    /**
     * Validates a roadmap or monitoring document and adds what it finds.
     *
     * @param bean the roadmap or monitoring document
     * @param document which of the two it is
     * @param severities the enabled codes with their severities; violations of other codes are left out
     * @param found where violations go
     * @throws IllegalStateException if the model has a constraint the checker does not support
     */
    public void validate(Object bean, Document document, Map<String, Severity> severities, List<Violation> found) {
        Severity[] enabled = new Severity[CODE_NAMES.length];
        int mask = 0;
        for (int i = 0; i < CODE_NAMES.length; i++) {
            enabled[i] = severities.get(CODE_NAMES[i]);
            if (enabled[i] != null) {
                mask |= 1 << i;
            }
        }
        if (mask != 0 && bean != null) {
            new Walk(document, enabled, mask, found).bean(bean, -1);
        }
    }

    /** A node of a property path as Hibernate Validator builds it: a property, at an index of its parent's list. */
    private record Node(Node parent, String name, int index) {}

    /**
     * One validation: the enabled codes and where violations go. The path to the bean being checked is kept on a
     * stack of (index, property name) pairs, and made into {@link Node}s only for a violation.
     */
    private final class Walk {
        private final Document document;
        private final Severity[] enabled;
        private final int mask;
        private final List<Violation> found;
        /** The stack: the property {@code names[k]} of the bean at {@code indexes[k]} of the level above. */
        private String[] names = new String[16];

        private int[] indexes = new int[16];
        private int depth;

        Walk(Document document, Severity[] enabled, int mask, List<Violation> found) {
            this.document = document;
            this.enabled = enabled;
            this.mask = mask;
            this.found = found;
        }

        /**
         * Checks a bean reached at a path: its own constraints, then its properties' and what they cascade to.
         *
         * @param bean the bean, reached through the properties on the stack
         * @param index its index in the list of the last property on the stack, or -1
         */
        void bean(Object bean, int index) {
            Plan plan = ConstraintPlans.of(bean.getClass());
            for (Check c : plan.onBean()) {
                if (enabled[c.code()] != null) {
                    onBean(c, bean, index);
                }
            }
            for (Property p : plan.properties()) {
                if (!p.cascade() && (p.codes() & mask) == 0) {
                    continue;
                }
                Object value = p.getter().apply(bean);
                for (Check c : p.onValue()) {
                    if (enabled[c.code()] != null && !isValid(c, value)) {
                        report(c, node(index, p.name()), value);
                    }
                }
                if (value == null) {
                    continue;
                }
                switch (p.container()) {
                    case OPTIONAL:
                        Optional<?> o = (Optional<?>) value;
                        if (o.isPresent()) {
                            Object v = o.get();
                            for (Check c : p.onElement()) {
                                if (enabled[c.code()] != null && !isValid(c, v)) {
                                    report(c, node(index, p.name()), v);
                                }
                            }
                            if (p.cascade()) {
                                push(index, p.name());
                                bean(v, -1);
                                depth--;
                            }
                        }
                        break;
                    case LIST:
                        if (p.cascade()) {
                            List<?> list = (List<?>) value;
                            if (!list.isEmpty()) {
                                push(index, p.name());
                                int i = 0;
                                for (Object e : list) {
                                    if (e != null) {
                                        bean(e, i);
                                    }
                                    i++;
                                }
                                depth--;
                            }
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        private void push(int index, String name) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            indexes[depth] = index;
            depth++;
        }

        /** The path of the property {@code name} of the bean at {@code index}, below the stack. */
        private Node node(int index, String name) {
            Node n = null;
            for (int k = 0; k < depth; k++) {
                n = new Node(n, names[k], indexes[k]);
            }
            return new Node(n, name, index);
        }

        private void onBean(Check c, Object bean, int index) {
            switch (c.kind()) {
                case TARGET_PERCENTAGE:
                    Target t = (Target) bean;
                    if (t.unit() == Unit.PERCENT && !Checks.isPercentage(t.value())) {
                        report(c, node(index, "value"), args("value", t.value()));
                    }
                    break;
                case MEASUREMENT_PERCENTAGE:
                    IndicatorMeasurement m = (IndicatorMeasurement) bean;
                    if (m.unit() == Unit.PERCENT && !Checks.isPercentage(m.value())) {
                        report(c, node(index, "value"), args("value", m.value()));
                    }
                    break;
                case UNIQUE_IDS:
                    Checks.findDuplicateIds((Roadmap) bean, new Checks.DuplicateIds() {
                        @Override
                        public void objective(int objective, String id) {
                            Node objectives = node(index, "objectives");
                            report(c, new Node(objectives, "id", objective), args("value", id));
                        }

                        @Override
                        public void activity(int section, int activity, String id) {
                            Node sections = node(index, "sections");
                            Node activities = new Node(sections, "activities", section);
                            report(c, new Node(activities, "id", activity), args("value", id));
                        }
                    });
                    break;
                default:
                    throw new IllegalStateException(c.kind() + " on a class");
            }
        }

        /** Reports a violation of a constraint of the standard shape: its value is the argument {@code value}. */
        private void report(Check c, Node at, Object value) {
            switch (c.kind()) {
                case PERCENTAGE:
                    report(c, at, args("value", value instanceof BigDecimal ? value : String.valueOf(value)));
                    break;
                case WELL_ORDERED:
                    DateRange r = (DateRange) value;
                    Map<String, Object> startEnd = new LinkedHashMap<>();
                    startEnd.put("start", r.start());
                    startEnd.put("end", r.end());
                    report(c, at, filtered(startEnd));
                    break;
                default:
                    report(c, at, value instanceof Collection ? new LinkedHashMap<>() : args("value", value));
                    break;
            }
        }

        private void report(Check c, Node at, Map<String, Object> args) {
            Pointer where = pointer(at);
            if (c.kind() == ConstraintPlans.Kind.NOT_EMPTY) {
                // the file format leaves an empty list out, so the pointer names the object that lacks it
                where = where.parent();
            }
            found.add(new Violation(CODE_NAMES[c.code()], enabled[c.code()], document, where, message(c, args), args));
        }
    }

    private static boolean isValid(Check c, Object value) {
        switch (c.kind()) {
            case NOT_BLANK:
                // as Hibernate Validator: null is blank, and blank is Character.isWhitespace (String.isBlank)
                return value != null && !value.toString().isBlank();
            case ONE_LINE:
                return Checks.isOneLine((CharSequence) value);
            case NOT_EMPTY:
                return value != null && !((Collection<?>) value).isEmpty();
            case POSITIVE_OR_ZERO:
                return value == null || ((BigDecimal) value).signum() >= 0;
            case PERCENTAGE:
                return value == null || Checks.isPercentage((Number) value);
            case WELL_ORDERED:
                return value == null || ((DateRange) value).isWellOrdered();
            default:
                throw new IllegalStateException(c.kind() + " on a value");
        }
    }

    /** The arguments {@code name: value}, or none when the value is no argument. */
    private static Map<String, Object> args(String name, Object value) {
        Map<String, Object> args = new LinkedHashMap<>();
        Object a = argument(value);
        if (a != null) {
            args.put(name, a);
        }
        return args;
    }

    private static Map<String, Object> filtered(Map<String, Object> values) {
        Map<String, Object> args = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Object a = argument(v);
            if (a != null) {
                args.put(k, a);
            }
        });
        return args;
    }

    /**
     * Returns a value as a violation argument: texts, integers, decimals, dates, booleans and lists of these.
     *
     * @param value the value
     * @return the argument, or null when the value is none of these
     */
    static Object argument(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof Collection) {
            List<Object> list = new ArrayList<>();
            for (Object o : (Collection<?>) value) {
                Object a = argument(o);
                if (a == null) {
                    return null;
                }
                list.add(a);
            }
            return List.copyOf(list);
        }
        return null;
    }

    /**
     * Returns the JSON Pointer of a property path, in the file format's field names: {@code
     * sections[1].activities[4].title} is {@code /sections/1/activities/4/title}. A pointer stops at a value the
     * format may write as a scalar (a deadline, a period, an executor, a result), so that it always resolves.
     */
    private static Pointer pointer(Node leaf) {
        List<Node> nodes = new ArrayList<>();
        for (Node n = leaf; n != null; n = n.parent()) {
            nodes.add(n);
        }
        Collections.reverse(nodes);
        Pointer p = Pointer.root();
        boolean stopAfterIndex = false;
        for (Node node : nodes) {
            if (node.index() >= 0) {
                p = p.add(node.index());
            }
            if (stopAfterIndex) {
                break;
            }
            p = p.add(node.name());
            if (SCALAR_PROPERTIES.contains(node.name())) {
                break;
            }
            stopAfterIndex = SCALAR_ELEMENTS.contains(node.name());
        }
        return p;
    }

    /**
     * Returns the message of a violation: a constraint of the model's own by its message in the
     * {@code ContributorValidationMessages} with the arguments, rendered like the rules' messages; a standard one as
     * Hibernate Validator resolves its key.
     */
    private String message(Check c, Map<String, Object> args) {
        if (c.contributed()) {
            Optional<String> m = Messages.contributed(c.key(), locale, args);
            if (m.isPresent()) {
                return m.get();
            }
        }
        return standardMessages.computeIfAbsent(c.template(), t -> resolve(c.key()));
    }

    /**
     * Resolves a message key as Hibernate Validator's message interpolator does: in the application's
     * {@code ValidationMessages}, then in every {@code ContributorValidationMessages}, then in Hibernate Validator's
     * own messages (here their copy); a key found nowhere stays as it is, in braces.
     */
    private String resolve(String key) {
        ResourceBundle user = userBundle();
        if (user != null && user.containsKey(key)) {
            return user.getString(key);
        }
        String contributed = Messages.contributed(bundleLocale).getProperty(key);
        if (contributed == null && !bundleLocale.equals(Locale.ROOT)) {
            contributed = Messages.contributed(Locale.ROOT).getProperty(key);
        }
        if (contributed != null) {
            return contributed;
        }
        ResourceBundle standard = ResourceBundle.getBundle(STANDARD_BUNDLE, bundleLocale);
        return standard.containsKey(key) ? standard.getString(key) : "{" + key + "}";
    }

    /** The application's {@code ValidationMessages}, looked up where Hibernate Validator looks; null if none. */
    private ResourceBundle userBundle() {
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(BeanValidation.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            try {
                return ResourceBundle.getBundle(USER_BUNDLE, bundleLocale, loader);
            } catch (MissingResourceException e) {
                // not this loader
            }
        }
        return null;
    }

    /**
     * Returns Hibernate Validator's messages of the standard constraints the model uses, as copied, for a test to
     * compare with Hibernate Validator's own.
     *
     * @param bundleLocale {@code ru} or {@link Locale#ROOT}
     * @return the messages by key
     */
    public static Properties standardMessages(Locale bundleLocale) {
        ResourceBundle b = ResourceBundle.getBundle(STANDARD_BUNDLE, bundleLocale);
        Properties p = new Properties();
        for (String key : Collections.list(b.getKeys())) {
            p.setProperty(key, b.getString(key));
        }
        return p;
    }
}
