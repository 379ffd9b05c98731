package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model carries Bean Validation constraints, yet needs nothing but the JDK at run time: loaded without
 * {@code jakarta.validation-api}, every class, annotation and annotated type of it reads, and a roadmap builds.
 */
class ConstraintsAtRunTimeTests {

    @Test
    void theModelLoadsReflectsAndBuildsWithoutTheValidationApi() throws Exception {
        URL classes = Roadmap.class.getProtectionDomain().getCodeSource().getLocation();
        Path root = Path.of(classes.toURI());
        assertThat(root).isDirectory();
        try (URLClassLoader alone = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("jakarta.validation.Valid", false, alone))
                    .isInstanceOf(ClassNotFoundException.class);
            List<String> names = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                        .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
            }
            assertThat(names).contains("io.github.eduroadmap.model.constraints.OneLine");
            java.util.Set<String> seen = new java.util.TreeSet<>();
            for (String name : names) {
                Class<?> c = Class.forName(name, true, alone);
                collect(seen, c.getAnnotations());
                for (Method m : c.getDeclaredMethods()) {
                    collect(seen, m.getAnnotations());
                    collect(seen, m.getAnnotatedReturnType());
                }
                for (Field f : c.getDeclaredFields()) {
                    collect(seen, f.getAnnotations());
                    collect(seen, f.getAnnotatedType());
                }
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        collect(seen, rc.getAnnotations());
                        collect(seen, rc.getAnnotatedType());
                    }
                }
            }
            assertThat(seen)
                    .as("the model's own constraints are seen, those of the absent API silently left out")
                    .contains(
                            "io.github.eduroadmap.model.constraints.OneLine",
                            "io.github.eduroadmap.model.constraints.Percentage",
                            "io.github.eduroadmap.model.constraints.UniqueIds")
                    .noneMatch(n -> n.startsWith("jakarta."));
            Class<?> roadmap = Class.forName("io.github.eduroadmap.model.Roadmap", true, alone);
            Object builder = roadmap.getMethod("builder").invoke(null);
            Class<?> id = Class.forName("io.github.eduroadmap.model.RoadmapId", true, alone);
            Class<?> level = Class.forName("io.github.eduroadmap.model.Level", true, alone);
            Method set = builder.getClass().getMethod("id", id);
            set.setAccessible(true);
            set.invoke(builder, id.getMethod("of", String.class).invoke(null, "r"));
            Method title = builder.getClass().getMethod("title", String.class);
            title.setAccessible(true);
            title.invoke(builder, "План");
            Method lvl = builder.getClass().getMethod("level", level);
            lvl.setAccessible(true);
            lvl.invoke(builder, level.getField("SCHOOL").get(null));
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            Object built = build.invoke(builder);
            assertThat(roadmap.getMethod("title").invoke(built)).isEqualTo("План");
        }
    }

    private static void collect(java.util.Set<String> seen, java.lang.annotation.Annotation[] annotations) {
        for (java.lang.annotation.Annotation a : annotations) {
            seen.add(a.annotationType().getName());
        }
    }

    private static void collect(java.util.Set<String> seen, AnnotatedType t) {
        collect(seen, t.getAnnotations());
        if (t instanceof java.lang.reflect.AnnotatedParameterizedType) {
            for (AnnotatedType a :
                    ((java.lang.reflect.AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()) {
                collect(seen, a);
            }
        }
    }
}
