package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.validation.internal.BeanValidation;
import io.github.eduroadmap.validation.internal.Messages;
import io.github.eduroadmap.validation.internal.rules.BuiltInRule;
import io.github.eduroadmap.validation.internal.rules.BuiltInRules;
import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of the module, found on disk, holds exactly the keys that are used, in English and in Russian,
 * with the same arguments in both: the engine's own messages, the rule groups' (for every built-in rule its code and
 * each declared variant) and the constraints' {@code ContributorValidationMessages}. Generic: it keeps holding as
 * rules are added.
 */
class MessageBundlesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** The base names of the bundles of the module, found among its resources, with the keys they hold. */
    static Map<String, Properties[]> bundlesOnDisk() throws IOException, URISyntaxException {
        Map<String, Properties[]> bundles = new TreeMap<>();
        for (String resource : resources(RoadmapValidator.class, "")) {
            if (!resource.endsWith(".properties") || resource.startsWith("META-INF/")) {
                continue;
            }
            String name = resource.substring(0, resource.length() - ".properties".length());
            boolean russian = name.endsWith("_ru");
            String base = (russian ? name.substring(0, name.length() - 3) : name).replace('/', '.');
            if (name.matches(".*_[a-z]{2}(_[A-Z]{2})?")) {
                assertThat(name)
                        .as("only English (base) and Russian (_ru) bundles")
                        .endsWith("_ru");
            }
            bundles.computeIfAbsent(base, b -> new Properties[2])[russian ? 1 : 0] = load(resource);
        }
        return bundles;
    }

    /** The keys each bundle must hold: every key some message of the module is looked up by. */
    static Map<String, Set<String>> usedKeys() throws IOException, URISyntaxException {
        Map<String, Set<String>> used = new TreeMap<>();
        used.computeIfAbsent(Messages.ENGINE_BUNDLE, b -> new TreeSet<>()).add(Engine.RULE_FAILED);
        for (Rule rule : BuiltInRules.all()) {
            Set<String> keys = used.computeIfAbsent(rule.messageBundle(), b -> new TreeSet<>());
            assertThat(keys.add(rule.code()))
                    .as("two rules with code " + rule.code())
                    .isTrue();
            for (String variant : ((BuiltInRule) rule).variants()) {
                keys.add(rule.code() + "." + variant);
            }
        }
        Set<String> contributed = used.computeIfAbsent(Messages.CONTRIBUTOR_BUNDLE, b -> new TreeSet<>());
        for (Class<? extends Annotation> constraint : modelConstraints()) {
            contributed.add(constraint.getName() + ".message");
        }
        contributed.addAll(modelMessageKeys());
        // Hibernate Validator's own messages of the standard constraints the model uses, as the structure checker
        // copies
        Set<String> standard = used.computeIfAbsent(
                io.github.eduroadmap.validation.internal.BeanValidation.class
                        .getName()
                        .replace("BeanValidation", "StandardMessages"),
                b -> new TreeSet<>());
        for (Class<? extends Annotation> c : List.of(
                jakarta.validation.constraints.NotBlank.class,
                jakarta.validation.constraints.NotEmpty.class,
                jakarta.validation.constraints.PositiveOrZero.class)) {
            assertThat(BeanValidation.code(c)).isNotEqualTo(BeanValidation.OTHER);
            standard.add(c.getName() + ".message");
        }
        return used;
    }

    /**
     * The message keys that constraints on the model's classes name in their {@code message} attribute
     * ({@code @NotEmpty(message = "{io.github.eduroadmap.model.Roadmap.sections.empty}")}).
     */
    static Set<String> modelMessageKeys() throws IOException, URISyntaxException {
        Set<String> keys = new TreeSet<>();
        String dir = io.github.eduroadmap.model.Roadmap.class.getPackageName().replace('.', '/') + "/";
        for (String resource : resources(io.github.eduroadmap.model.Roadmap.class, dir)) {
            String rest = resource.substring(dir.length());
            if (!rest.endsWith(".class") || rest.contains("/")) {
                continue;
            }
            String name =
                    resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            Class<?> c;
            try {
                c = Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                for (Annotation a : m.getDeclaredAnnotations()) {
                    try {
                        Object message = a.annotationType().getMethod("message").invoke(a);
                        String s = String.valueOf(message);
                        if (s.startsWith("{io.github.eduroadmap.") && s.endsWith("}")) {
                            keys.add(s.substring(1, s.length() - 1));
                        }
                    } catch (NoSuchMethodException e) {
                        // not a constraint
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(keys).as("message keys named by the model's constraints").isNotEmpty();
        return keys;
    }

    /** Every constraint annotation type of the model's constraints package, found among the model's classes. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends Annotation>> modelConstraints() throws IOException, URISyntaxException {
        List<Class<? extends Annotation>> found = new ArrayList<>();
        String dir = OneLine.class.getPackageName().replace('.', '/') + "/";
        for (String resource : resources(OneLine.class, dir)) {
            String rest = resource.substring(dir.length());
            if (!rest.endsWith(".class") || rest.contains("/") || rest.contains("$")) {
                continue;
            }
            String name =
                    resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> c = Class.forName(name);
                if (c.isAnnotation() && c.isAnnotationPresent(Constraint.class)) {
                    found.add((Class<? extends Annotation>) c);
                }
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(found).as("constraints of the model").isNotEmpty();
        return found;
    }

    /** The names of the resources under a folder of the directory or jar a class was loaded from. */
    static List<String> resources(Class<?> anchor, String under) throws IOException, URISyntaxException {
        Path root = Path.of(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> n.startsWith(under))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (!e.isDirectory() && e.getName().startsWith(under)) {
                        names.add(e.getName());
                    }
                }
            }
        }
        return names;
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RoadmapValidator.class.getClassLoader().getResourceAsStream(resource);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> arguments(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyBundleHasAnEnglishBaseAndARussianCompanion() throws Exception {
        Map<String, Properties[]> bundles = bundlesOnDisk();
        assertThat(bundles).containsKeys(Messages.ENGINE_BUNDLE, Messages.CONTRIBUTOR_BUNDLE);
        bundles.forEach((base, pair) -> {
            assertThat(pair[0]).as(base + ".properties (English)").isNotNull();
            assertThat(pair[1]).as(base + "_ru.properties (Russian)").isNotNull();
        });
    }

    @Test
    void everyUsedKeyResolvesInBothLanguagesAndNoKeyIsUnused() throws Exception {
        Map<String, Properties[]> bundles = bundlesOnDisk();
        Map<String, Set<String>> used = usedKeys();
        assertThat(bundles.keySet()).as("bundles nobody uses").containsAll(used.keySet());
        for (Map.Entry<String, Properties[]> e : bundles.entrySet()) {
            Set<String> expected = used.getOrDefault(e.getKey(), Set.of());
            assertThat(keys(e.getValue()[0])).as(e.getKey() + " (English)").isEqualTo(expected);
            assertThat(keys(e.getValue()[1])).as(e.getKey() + " (Russian)").isEqualTo(expected);
        }
    }

    @Test
    void bothLanguagesSpeakOfTheSameArguments() throws Exception {
        for (Map.Entry<String, Properties[]> e : bundlesOnDisk().entrySet()) {
            for (String key : keys(e.getValue()[0])) {
                String en = e.getValue()[0].getProperty(key);
                String ru = e.getValue()[1].getProperty(key, "");
                assertThat(arguments(ru)).as(e.getKey() + " " + key).isEqualTo(arguments(en));
                assertThat(en.strip()).as(e.getKey() + " " + key + " (English)").isNotEmpty();
                assertThat(ru.strip()).as(e.getKey() + " " + key + " (Russian)").isNotEmpty();
            }
        }
    }

    @Test
    void theRussianMessagesAreRussian() throws Exception {
        for (Map.Entry<String, Properties[]> e : bundlesOnDisk().entrySet()) {
            for (String key : keys(e.getValue()[1])) {
                assertThat(e.getValue()[1].getProperty(key))
                        .as(e.getKey() + " " + key)
                        .containsPattern("\\p{IsCyrillic}");
            }
        }
    }

    @Nested
    class Constraints {
        @Test
        void everyConstraintOfTheModelHasItsOwnCodeAndItsDefaultMessageKey() throws Exception {
            for (Class<? extends Annotation> c : modelConstraints()) {
                assertThat(BeanValidation.code(c)).as(c.getName()).isNotEqualTo(BeanValidation.OTHER);
                assertThat(c.getMethod("message").getDefaultValue()).isEqualTo("{" + c.getName() + ".message}");
            }
        }

        @Test
        void haveHibernateValidatorsShape() throws Exception {
            for (Class<? extends Annotation> c : modelConstraints()) {
                assertThat(c.isAnnotationPresent(java.lang.annotation.Documented.class))
                        .as(c.getName())
                        .isTrue();
                assertThat(c.getAnnotation(java.lang.annotation.Retention.class).value())
                        .isEqualTo(java.lang.annotation.RetentionPolicy.RUNTIME);
                java.lang.annotation.Repeatable repeatable = c.getAnnotation(java.lang.annotation.Repeatable.class);
                assertThat(repeatable).as(c.getName() + " is @Repeatable").isNotNull();
                assertThat(repeatable.value().getName()).isEqualTo(c.getName() + "$List");
                assertThat(c.getMethod("groups").getDefaultValue()).isEqualTo(new Class<?>[0]);
                assertThat(c.getMethod("payload").getDefaultValue()).isEqualTo(new Class<?>[0]);
            }
        }

        @Test
        void theServiceFileNamesEveryValidatorOfTheModule() throws Exception {
            String services;
            try (InputStream in = RoadmapValidator.class
                    .getClassLoader()
                    .getResourceAsStream("META-INF/services/jakarta.validation.ConstraintValidator")) {
                services = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Set<String> listed = services.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> validators = new TreeSet<>();
            String dir = "io/github/eduroadmap/validation/internal/constraints/";
            for (String r : resources(RoadmapValidator.class, dir)) {
                if (r.endsWith("Validator.class") && !r.contains("$")) {
                    validators.add(
                            r.substring(0, r.length() - ".class".length()).replace('/', '.'));
                }
            }
            assertThat(listed).isEqualTo(validators).isNotEmpty();
        }
    }
}
