package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.model.constraints.Percentage;
import io.github.eduroadmap.model.constraints.UniqueIds;
import io.github.eduroadmap.model.constraints.WellOrdered;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The structure checks of a class, compiled once from the Jakarta Bean Validation annotations on it and cached per
 * class: what {@link BeanValidation} evaluates in place of a Bean Validation engine.
 *
 * <p>The annotations are found where Hibernate Validator looks for them with its default configuration: on the class
 * and its superclasses and interfaces, on fields (record components), and on JavaBeans getters ({@code getX()},
 * {@code isX()} and {@code hasX()} of a boolean), each a property named as Hibernate Validator names it; constraints
 * on other methods are method constraints, which bean validation does not check. Type-use annotations count in the
 * type argument of an {@link Optional} (a constraint on the value, or {@code @Valid}) and of a {@link List}
 * ({@code @Valid}: every element is checked). A property's value is read through the model's public accessor of the
 * same name ({@code title()} for the private getter {@code getTitle()}, which returns it), so that the model need not
 * open its packages.
 *
 * <p>Exactly the constraints the model uses are supported: {@code @NotBlank}, {@code @OneLine} (on text),
 * {@code @NotEmpty} (on a collection), {@code @PositiveOrZero} (on a {@link BigDecimal}), {@code @Percentage} (on a
 * number, a {@link Target} or an {@link IndicatorMeasurement}), {@code @WellOrdered} (on a {@link DateRange}),
 * {@code @UniqueIds} (on a {@link Roadmap}), and {@code @Valid} in a type argument. Anything else, or any of these
 * where it is not supported (in groups, on a container, with a message that is not a single key), fails the
 * compilation with an {@link IllegalStateException} that names the class, the member and the annotation: a checker
 * never skips a constraint it does not understand.
 *
 * <p>Thread-safe: the plans live in a {@link ClassValue}.
 */
final class ConstraintPlans {

    private ConstraintPlans() {}

    /** What a constraint checks. */
    enum Kind {
        /** {@code @NotBlank} on text. */
        NOT_BLANK,
        /** {@code @NotEmpty} on a collection. */
        NOT_EMPTY,
        /** {@code @PositiveOrZero} on a decimal. */
        POSITIVE_OR_ZERO,
        /** {@code @OneLine} on text. */
        ONE_LINE,
        /** {@code @Percentage} on a number. */
        PERCENTAGE,
        /** {@code @WellOrdered} on a date range. */
        WELL_ORDERED,
        /** {@code @Percentage} on a target, at its {@code value}. */
        TARGET_PERCENTAGE,
        /** {@code @Percentage} on a measurement, at its {@code value}. */
        MEASUREMENT_PERCENTAGE,
        /** {@code @UniqueIds} on a roadmap, at each later {@code id}. */
        UNIQUE_IDS
    }

    /**
     * One constraint.
     *
     * @param kind what it checks
     * @param code its code's position in {@link BeanValidation#CODES}
     * @param template its message template, {@code {key}}
     * @param contributed whether it is one of the model's own constraints, whose message the validator renders
     */
    record Check(Kind kind, int code, String template, boolean contributed) {

        /** Returns the message key of the template. */
        String key() {
            return template.substring(1, template.length() - 1);
        }
    }

    /** How a property holds the values its type-use annotations speak of. */
    enum Container {
        /** The value itself: no type-use annotation. */
        NONE,
        /** The value of an {@link Optional}, if any. */
        OPTIONAL,
        /** Every element of a {@link List}. */
        LIST
    }

    /**
     * One constrained or cascaded property.
     *
     * @param name its name, as Hibernate Validator names it (and the file format)
     * @param getter reads its value from a bean
     * @param onValue the constraints on the value
     * @param container how the value holds what the type-use annotations speak of
     * @param onElement the constraints on the value of an optional
     * @param cascade whether the value of an optional, or every element of a list, is checked in turn
     * @param codes the codes of the constraints on the property, as bits of their positions
     */
    record Property(
            String name,
            Function<Object, Object> getter,
            Check[] onValue,
            Container container,
            Check[] onElement,
            boolean cascade,
            int codes) {}

    /**
     * The compiled checks of one class.
     *
     * @param onBean the constraints on the class
     * @param properties the constrained or cascaded properties
     */
    record Plan(Check[] onBean, Property[] properties) {}

    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return compile(type);
        }
    };

    private static final List<String> CODES = List.copyOf(BeanValidation.CODES.keySet());

    /**
     * Returns the plan of a class, compiling it on first use.
     *
     * @param type the class of a bean
     * @return its plan
     * @throws IllegalStateException if the class has a constraint the checker does not support
     */
    static Plan of(Class<?> type) {
        return PLANS.get(type);
    }

    /**
     * Compiles the plan of a class.
     *
     * @param type the class
     * @return its plan
     * @throws IllegalStateException if the class has a constraint the checker does not support
     */
    static Plan compile(Class<?> type) {
        List<Check> onBean = new ArrayList<>();
        List<Property> properties = new ArrayList<>();
        for (Class<?> c : hierarchy(type)) {
            for (Annotation a : constraints(c.getDeclaredAnnotations(), c.getName())) {
                onBean.add(classCheck(c, a));
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    Field f;
                    try {
                        f = c.getDeclaredField(rc.getName());
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException("record " + c.getName() + " has no field " + rc.getName(), e);
                    }
                    if (isAnnotated(f, f.getAnnotatedType())) {
                        property(f, rc.getName(), f.getType(), f.getAnnotatedType(), rc.getAccessor(), properties);
                    }
                }
            } else {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())
                            && !f.isSynthetic()
                            && isAnnotated(f, f.getAnnotatedType())) {
                        throw unsupported(
                                f, "a constraint on a field of a class that is no record (put it on a getter)");
                    }
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                String name = propertyName(m);
                if (name == null || !isAnnotated(m, m.getAnnotatedReturnType())) {
                    continue;
                }
                property(m, name, m.getReturnType(), m.getAnnotatedReturnType(), accessor(c, m, name), properties);
            }
        }
        return new Plan(onBean.toArray(new Check[0]), properties.toArray(new Property[0]));
    }

    /** The class, its superclasses and every interface they implement, as Hibernate Validator walks them. */
    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(c);
            interfaces(c, all);
        }
        return all;
    }

    private static void interfaces(Class<?> c, Set<Class<?>> all) {
        for (Class<?> i : c.getInterfaces()) {
            if (all.add(i)) {
                interfaces(i, all);
            }
        }
    }

    /** The property a method is the getter of, by Hibernate Validator's default rule; null for no getter. */
    private static String propertyName(Method m) {
        if (m.getParameterCount() != 0) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
            return decapitalize(n.substring(3));
        }
        if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
            return decapitalize(n.substring(2));
        }
        if (n.startsWith("has") && n.length() > 3 && m.getReturnType() == boolean.class) {
            return decapitalize(n.substring(3));
        }
        return null;
    }

    private static String decapitalize(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static boolean isAnnotated(AnnotatedElement member, AnnotatedType type) {
        return member.isAnnotationPresent(Valid.class)
                || !constraints(member.getDeclaredAnnotations(), "").isEmpty()
                || hasTypeArgumentAnnotations(type);
    }

    /** Whether any type argument, array component or bound of a type, at any depth, is annotated. */
    private static boolean hasTypeArgumentAnnotations(AnnotatedType type) {
        List<AnnotatedType> inner = new ArrayList<>();
        if (type instanceof AnnotatedParameterizedType) {
            inner.addAll(List.of(((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()));
        } else if (type instanceof AnnotatedArrayType) {
            inner.add(((AnnotatedArrayType) type).getAnnotatedGenericComponentType());
        } else if (type instanceof AnnotatedWildcardType) {
            inner.addAll(List.of(((AnnotatedWildcardType) type).getAnnotatedUpperBounds()));
            inner.addAll(List.of(((AnnotatedWildcardType) type).getAnnotatedLowerBounds()));
        }
        for (AnnotatedType t : inner) {
            if (t.getDeclaredAnnotations().length > 0 || hasTypeArgumentAnnotations(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The constraints among annotations, a container of repeated constraints ({@code @OneLine.List}) unwrapped;
     * {@code @Valid} and annotations that are no constraints are left out.
     */
    private static List<Annotation> constraints(Annotation[] annotations, String where) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : annotations) {
            Class<? extends Annotation> t = a.annotationType();
            if (t.isAnnotationPresent(Constraint.class)) {
                found.add(a);
                continue;
            }
            Method value;
            try {
                value = t.getMethod("value");
            } catch (NoSuchMethodException e) {
                continue;
            }
            Class<?> r = value.getReturnType();
            if (r.isArray() && r.getComponentType().isAnnotationPresent(Constraint.class)) {
                try {
                    found.addAll(List.of((Annotation[]) value.invoke(a)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(
                            "cannot read the constraints of @" + t.getName() + " on " + where, e);
                }
            }
        }
        return found;
    }

    private static void property(
            Member member,
            String name,
            Class<?> type,
            AnnotatedType annotatedType,
            Method accessor,
            List<Property> properties) {
        AnnotatedElement element = (AnnotatedElement) member;
        if (element.isAnnotationPresent(Valid.class)) {
            throw unsupported(member, "@Valid on the declaration (write it in the type argument: List<@Valid X>)");
        }
        List<Check> onValue = new ArrayList<>();
        for (Annotation a : constraints(element.getDeclaredAnnotations(), where(member))) {
            onValue.add(valueCheck(member, a, type, true));
        }
        Container container = Container.NONE;
        List<Check> onElement = new ArrayList<>();
        boolean cascade = false;
        if (hasTypeArgumentAnnotations(annotatedType)) {
            if (!(annotatedType instanceof AnnotatedParameterizedType)) {
                throw unsupported(member, "type-use annotations inside an array or a wildcard");
            }
            AnnotatedParameterizedType p = (AnnotatedParameterizedType) annotatedType;
            Class<?> raw = raw(p.getType());
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            if ((raw != Optional.class && raw != List.class)
                    || args.length != 1
                    || hasTypeArgumentAnnotations(args[0])) {
                throw unsupported(
                        member, "type-use annotations other than in the type argument of an Optional or a List");
            }
            container = raw == Optional.class ? Container.OPTIONAL : Container.LIST;
            cascade = args[0].isAnnotationPresent(Valid.class);
            for (Annotation a : constraints(args[0].getDeclaredAnnotations(), where(member))) {
                if (container == Container.LIST) {
                    throw unsupported(member, "a constraint on the elements of a list");
                }
                onElement.add(valueCheck(member, a, raw(args[0].getType()), false));
            }
        }
        if (!onValue.isEmpty()
                && (type == Optional.class
                        || (type == List.class && onValue.stream().anyMatch(c -> c.kind() != Kind.NOT_EMPTY)))) {
            throw unsupported(member, "a constraint on an Optional or a List itself (write it in the type argument)");
        }
        int codes = 0;
        for (Check c : onValue) {
            codes |= 1 << c.code();
        }
        for (Check c : onElement) {
            codes |= 1 << c.code();
        }
        properties.add(new Property(
                name,
                getter(accessor),
                onValue.toArray(new Check[0]),
                container,
                onElement.toArray(new Check[0]),
                cascade,
                codes));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return raw(((ParameterizedType) type).getRawType());
        }
        return Object.class;
    }

    /** The check of a constraint on a value of a type. */
    private static Check valueCheck(Member member, Annotation a, Class<?> type, boolean declaration) {
        Class<? extends Annotation> t = a.annotationType();
        Kind kind;
        if (t == NotBlank.class && CharSequence.class.isAssignableFrom(type)) {
            kind = Kind.NOT_BLANK;
        } else if (t == OneLine.class && CharSequence.class.isAssignableFrom(type)) {
            kind = Kind.ONE_LINE;
        } else if (t == NotEmpty.class && declaration && Collection.class.isAssignableFrom(type)) {
            kind = Kind.NOT_EMPTY;
        } else if (t == PositiveOrZero.class && type == BigDecimal.class) {
            kind = Kind.POSITIVE_OR_ZERO;
        } else if (t == Percentage.class && Number.class.isAssignableFrom(type)) {
            kind = Kind.PERCENTAGE;
        } else if (t == WellOrdered.class && type == DateRange.class) {
            kind = Kind.WELL_ORDERED;
        } else {
            throw unsupported(member, "@" + t.getName() + " on a value of " + type.getName());
        }
        return check(kind, a, where(member));
    }

    /** The check of a constraint on a class. */
    private static Check classCheck(Class<?> c, Annotation a) {
        Class<? extends Annotation> t = a.annotationType();
        Kind kind;
        if (t == Percentage.class && Target.class.isAssignableFrom(c)) {
            kind = Kind.TARGET_PERCENTAGE;
        } else if (t == Percentage.class && IndicatorMeasurement.class.isAssignableFrom(c)) {
            kind = Kind.MEASUREMENT_PERCENTAGE;
        } else if (t == UniqueIds.class && Roadmap.class.isAssignableFrom(c)) {
            kind = Kind.UNIQUE_IDS;
        } else {
            throw new IllegalStateException(
                    "the structure checker does not support @" + t.getName() + " on the class " + c.getName());
        }
        return check(kind, a, c.getName());
    }

    private static Check check(Kind kind, Annotation a, String where) {
        Class<? extends Annotation> t = a.annotationType();
        String template;
        Class<?>[] groups;
        try {
            template = (String) t.getMethod("message").invoke(a);
            groups = (Class<?>[]) t.getMethod("groups").invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read @" + t.getName() + " on " + where, e);
        }
        if (groups.length != 0) {
            throw new IllegalStateException("the structure checker checks the default group only; @" + t.getName()
                    + " on " + where + " has groups");
        }
        if (template.length() < 3
                || template.charAt(0) != '{'
                || template.indexOf('}') != template.length() - 1
                || template.indexOf('{', 1) >= 0) {
            throw new IllegalStateException("the structure checker needs a message template that is one key in"
                    + " braces; @" + t.getName() + " on " + where + " has \"" + template + "\"");
        }
        int code = CODES.indexOf(BeanValidation.code(t));
        return new Check(kind, code, template, t.getPackageName().equals(OneLine.class.getPackageName()));
    }

    /** The public accessor a getter stands for: itself when public, else the public method of the property's name. */
    private static Method accessor(Class<?> c, Method getter, String name) {
        if (Modifier.isPublic(getter.getModifiers()) && Modifier.isPublic(c.getModifiers())) {
            return getter;
        }
        Method m;
        try {
            m = c.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw unsupported(getter, "a getter that is not public with no public accessor " + name + "()");
        }
        if (!getter.getReturnType().isAssignableFrom(m.getReturnType())) {
            throw unsupported(
                    getter,
                    "a getter whose accessor " + name + "() returns "
                            + m.getReturnType().getName());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle h = lookup.unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(
                    lookup,
                    "apply",
                    MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class),
                    h,
                    h.type().wrap());
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + where(accessor), e);
        }
    }

    private static String where(Member member) {
        return member.getDeclaringClass().getName() + "." + member.getName() + (member instanceof Method ? "()" : "");
    }

    private static IllegalStateException unsupported(Member member, String what) {
        return new IllegalStateException("the structure checker does not support " + what + ": " + where(member));
    }
}
