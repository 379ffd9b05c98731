package io.github.eduroadmap.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.ReflectionSupport;

/** What the argument providers of {@link GeneratedRoadmaps} and {@link GeneratedMonitoring} share. */
final class Cases {

    private Cases() {}

    /**
     * Returns the seeds of the cases: the given ones, or {@code count} seeds derived from {@code seed}.
     *
     * @param what the annotation's name, for messages
     * @param count the number of cases
     * @param seed the seed of the run
     * @param seeds the cases' own seeds
     * @return the seeds
     */
    static LongStream seeds(String what, int count, long seed, long[] seeds) {
        if (seeds.length > 0) {
            return LongStream.of(seeds);
        }
        if (count < 0) {
            throw new PreconditionViolationException("@" + what + "(count = " + count + "): count must be 0 or more");
        }
        return IntStream.range(0, count).mapToLong(i -> RoadmapGenerator.caseSeed(seed, i));
    }

    /**
     * Returns the display name of a case.
     *
     * @param seed the case's seed
     * @return e.g. "seed -4962768465676381896L"
     */
    static String name(long seed) {
        return "seed " + seed + "L";
    }

    /**
     * Tells whether the test method wants the case's seed as its parameter {@code index}.
     *
     * @param parameters the parameters of the test method
     * @param index the index of the seed among the arguments
     * @return true when that parameter is a {@code long} or {@code Long}
     */
    static boolean wantsSeed(ParameterDeclarations parameters, int index) {
        Optional<ParameterDeclaration> p = parameters.get(index);
        return p.isPresent()
                && (p.get().getParameterType() == long.class || p.get().getParameterType() == Long.class);
    }

    /**
     * Returns the generator a static factory method of the test class gives, or a default.
     *
     * @param <T> the generator type
     * @param context the test's context
     * @param what the annotation and attribute, for messages
     * @param methodName the method's name, or empty
     * @param type the generator type
     * @param fallback the default
     * @return the generator
     */
    static <T> T generator(ExtensionContext context, String what, String methodName, Class<T> type, T fallback) {
        if (methodName.isEmpty()) {
            return fallback;
        }
        Class<?> testClass = context.getRequiredTestClass();
        Method method = ReflectionSupport.findMethod(testClass, methodName)
                .orElseThrow(() -> new PreconditionViolationException(what + " = \"" + methodName + "\": "
                        + testClass.getName() + " has no method " + methodName + "() returning "
                        + type.getSimpleName()));
        if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
            throw new PreconditionViolationException(what + " = \"" + methodName + "\": " + method
                    + " must be static and return " + type.getSimpleName());
        }
        Object generator = ReflectionSupport.invokeMethod(method, null);
        if (generator == null) {
            throw new PreconditionViolationException(what + " = \"" + methodName + "\": " + method + " returned null");
        }
        return type.cast(generator);
    }
}
