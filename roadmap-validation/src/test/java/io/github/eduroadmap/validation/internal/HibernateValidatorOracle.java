package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import io.github.eduroadmap.validation.internal.constraints.Arguments;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The oracle of the structure checker: what the validator reported before it had a checker of its own, Hibernate
 * Validator over a roadmap or monitoring document with the model's constraints, each constraint violation turned into
 * a {@link Violation} with a code, a JSON Pointer in the file format's field names, and a message in a language.
 *
 * <p>Built once per language; thread-safe. No expression language: messages are interpolated by
 * {@link ParameterMessageInterpolator}.
 */
public final class HibernateValidatorOracle {

    /** Values in the file format that are written as a scalar, so that a pointer cannot go below them. */
    private static final Set<String> SCALAR_PROPERTIES = Set.of("period", "deadline", "timeZone");

    /** Lists whose elements may be written as a scalar: a pointer stops at the element. */
    private static final Set<String> SCALAR_ELEMENTS = Set.of("executors", "results");

    private final Validator validator;
    private final Locale locale;

    /**
     * Builds the Hibernate Validator factory for a language, as the validator did.
     *
     * @param locale the language of the messages
     */
    public HibernateValidatorOracle(Locale locale) {
        this.locale = locale;
        Locale bundleLocale = Messages.bundleLocale(locale);
        MessageInterpolator parameters = new ParameterMessageInterpolator();
        this.validator = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .externalClassLoader(HibernateValidatorOracle.class.getClassLoader())
                .traversableResolver(new TraverseAll())
                .enableTraversableResolverResultCache(false)
                .messageInterpolator(new FixedLocale(parameters, bundleLocale))
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Validates a roadmap or monitoring document and adds what Hibernate Validator finds, as the validator did.
     *
     * @param bean the roadmap or monitoring document
     * @param document which of the two it is
     * @param severities the enabled codes with their severities; violations of other codes are left out
     * @param found where violations go
     */
    public void validate(Object bean, Document document, Map<String, Severity> severities, List<Violation> found) {
        for (ConstraintViolation<Object> cv : validator.validate(bean)) {
            String code = BeanValidation.code(
                    cv.getConstraintDescriptor().getAnnotation().annotationType());
            Severity severity = severities.get(code);
            if (severity == null) {
                continue;
            }
            Map<String, Object> args = arguments(cv);
            Pointer where = pointer(cv.getPropertyPath());
            if (code.equals("structure.empty")) {
                // the file format leaves an empty list out, so the pointer names the object that lacks it
                where = where.parent();
            }
            found.add(new Violation(code, severity, document, where, message(cv, args), args));
        }
    }

    private String message(ConstraintViolation<Object> cv, Map<String, Object> args) {
        String template = cv.getMessageTemplate();
        if (cv.getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getPackageName()
                        .equals(OneLine.class.getPackageName())
                && template.startsWith("{")
                && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            return Messages.contributed(key, locale, args).orElse(cv.getMessage());
        }
        return cv.getMessage();
    }

    private static Map<String, Object> arguments(ConstraintViolation<Object> cv) {
        Map<String, Object> args = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        HibernateConstraintViolation<Object> h = cv.unwrap(HibernateConstraintViolation.class);
        Arguments payload = h.getDynamicPayload(Arguments.class);
        if (payload != null) {
            payload.values().forEach((k, v) -> {
                Object a = BeanValidation.argument(v);
                if (a != null) {
                    args.put(k, a);
                }
            });
        } else if (!(cv.getInvalidValue() instanceof Collection)) {
            Object a = BeanValidation.argument(cv.getInvalidValue());
            if (a != null) {
                args.put("value", a);
            }
        }
        return args;
    }

    /**
     * Returns the JSON Pointer of a property path, in the file format's field names: {@code
     * sections[1].activities[4].title} is {@code /sections/1/activities/4/title}. A pointer stops at a value the
     * format may write as a scalar (a deadline, a period, an executor, a result), so that it always resolves.
     *
     * @param path the path
     * @return the pointer
     */
    public static Pointer pointer(Path path) {
        Pointer p = Pointer.root();
        boolean stopAfterIndex = false;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                p = p.add(node.getIndex());
            } else if (node.getKey() != null) {
                p = p.add(String.valueOf(node.getKey()));
            }
            if (stopAfterIndex) {
                break;
            }
            String name = node.getName();
            if (node.getKind() == ElementKind.PROPERTY && name != null && !name.startsWith("<")) {
                p = p.add(name);
                if (SCALAR_PROPERTIES.contains(name)) {
                    break;
                }
                stopAfterIndex = SCALAR_ELEMENTS.contains(name);
            }
        }
        return p;
    }

    /** Interpolates every message in one language, whatever the caller or the JVM's default asks for. */
    private static final class FixedLocale implements MessageInterpolator {
        private final MessageInterpolator delegate;
        private final Locale locale;

        FixedLocale(MessageInterpolator delegate, Locale locale) {
            this.delegate = delegate;
            this.locale = locale;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }

    /** Reaches every property: the model is plain data, never lazily loaded. */
    private static final class TraverseAll implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean, Path.Node node, Class<?> rootBeanType, Path pathToNode, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node node, Class<?> rootBeanType, Path pathToNode, ElementType elementType) {
            return true;
        }
    }
}
