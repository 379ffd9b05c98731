package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.validation.Rule;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The messages of rules: looked up by key in the rule's bundle, English in the base bundle and Russian in the
 * {@code _ru} bundle, with named arguments in braces ({@code {number}}). No expression language.
 */
public final class Messages {

    /** The bundle of the engine's own messages. */
    public static final String ENGINE_BUNDLE = "io.github.eduroadmap.validation.internal.EngineMessages";

    /**
     * The bundle of the messages of the model's constraints, which Hibernate Validator reads from every jar that has
     * one (it is the libraries' counterpart of the application's {@code ValidationMessages}).
     */
    public static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";

    private static final Map<Locale, Properties> CONTRIBUTED = new ConcurrentHashMap<>();

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Messages() {}

    /**
     * Checks that a rule's bundle has its messages in English and Russian.
     *
     * @param rule the rule
     * @param keys the keys of its messages: its code, and {@code <code>.<variant>} for each variant
     * @throws IllegalArgumentException if a message is missing, naming the rule, the key, the bundle and the language
     */
    public static void check(Rule rule, List<String> keys) {
        for (Locale l : new Locale[] {Locale.ROOT, RUSSIAN}) {
            ResourceBundle b = bundle(rule, rule.messageBundle(), l);
            boolean inLanguage = b != null && b.getLocale().getLanguage().equals(l.getLanguage());
            for (String key : keys) {
                if (!inLanguage || !hasOwn(b, key)) {
                    throw new IllegalArgumentException(
                            "rule " + rule.code() + " (" + rule.getClass().getName()
                                    + ") has no message " + key + " in bundle " + rule.messageBundle() + " for "
                                    + (l == Locale.ROOT ? "English (the base bundle)" : "Russian (_ru)"));
                }
            }
        }
    }

    /**
     * Tells whether a bundle has a key of its own, not inherited from its parent (the Russian bundle inherits the
     * English one's keys).
     */
    private static boolean hasOwn(ResourceBundle b, String key) {
        if (b instanceof PropertyResourceBundle) {
            return ((PropertyResourceBundle) b).handleGetObject(key) != null;
        }
        if (b instanceof ListResourceBundle) {
            return ((ListResourceBundle) b).handleGetObject(key) != null;
        }
        return b.containsKey(key);
    }

    /**
     * Returns a rule's message with its arguments.
     *
     * @param rule the rule
     * @param key the message key
     * @param locale the language
     * @param args the arguments by name
     * @return the message; the key and arguments when the bundle has no such key
     */
    public static String format(Rule rule, String key, Locale locale, Map<String, Object> args) {
        return format(bundle(rule, locale), key, locale, args);
    }

    /**
     * Returns a message of a bundle with its arguments.
     *
     * @param bundle the bundle, from {@link #bundle(Rule, Locale)}; may be null
     * @param key the message key
     * @param locale the language
     * @param args the arguments by name
     * @return the message; the key and arguments when the bundle has no such key
     */
    public static String format(ResourceBundle bundle, String key, Locale locale, Map<String, Object> args) {
        return render(bundle, key, locale, args);
    }

    /**
     * Returns the bundle of a rule's messages in a language, to look messages up in without searching again.
     *
     * @param rule the rule
     * @param locale the language
     * @return the bundle, or null when the rule has none
     */
    public static ResourceBundle bundle(Rule rule, Locale locale) {
        return bundle(rule, rule.messageBundle(), bundleLocale(locale));
    }

    /**
     * Returns one of the engine's own messages.
     *
     * @param key the message key
     * @param locale the language
     * @param args the arguments by name
     * @return the message
     */
    public static String internal(String key, Locale locale, Map<String, Object> args) {
        return render(ResourceBundle.getBundle(ENGINE_BUNDLE, bundleLocale(locale)), key, locale, args);
    }

    /**
     * Returns a message of the {@link #CONTRIBUTOR_BUNDLE} with its arguments, rendered like the rules' messages
     * (dates as dd.MM.yyyy in Russian).
     *
     * @param key the message key
     * @param locale the language
     * @param args the arguments by name
     * @return the message, if some {@code ContributorValidationMessages} on the class path has the key
     */
    public static Optional<String> contributed(String key, Locale locale, Map<String, Object> args) {
        Properties p = contributed(bundleLocale(locale));
        String template = p.getProperty(key);
        return template == null ? Optional.empty() : Optional.of(render(template, locale, args));
    }

    /**
     * Returns the messages of every {@code ContributorValidationMessages} on the class path for a language, the
     * first jar's message winning for a key several define.
     *
     * @param bundleLocale {@code ru} or {@link Locale#ROOT}
     * @return the messages
     */
    public static Properties contributed(Locale bundleLocale) {
        return CONTRIBUTED.computeIfAbsent(bundleLocale, l -> {
            String name = CONTRIBUTOR_BUNDLE + (l.getLanguage().isEmpty() ? "" : "_" + l.getLanguage()) + ".properties";
            Properties all = new Properties();
            try {
                ClassLoader loader = Messages.class.getClassLoader();
                for (URL url : Collections.list(loader.getResources(name))) {
                    Properties one = new Properties();
                    try (Reader r = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                        one.load(r);
                    }
                    one.forEach(all::putIfAbsent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            return all;
        });
    }

    /**
     * Returns the locale a bundle is asked for: Russian, or the base bundle (English) for anything else, so that
     * the JVM's default locale never leaks in.
     *
     * @param locale the requested language
     * @return {@code ru} or {@link Locale#ROOT}
     */
    public static Locale bundleLocale(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RUSSIAN : Locale.ROOT;
    }

    private static ResourceBundle bundle(Rule rule, String base, Locale locale) {
        try {
            Module module = rule.getClass().getModule();
            if (module.isNamed() && module != Messages.class.getModule()) {
                return ResourceBundle.getBundle(base, locale, module);
            }
            if (module.isNamed()) {
                return ResourceBundle.getBundle(base, locale);
            }
            return ResourceBundle.getBundle(base, locale, rule.getClass().getClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String render(ResourceBundle bundle, String key, Locale locale, Map<String, Object> args) {
        if (bundle == null || !bundle.containsKey(key)) {
            return key + " " + args;
        }
        return render(bundle.getString(key), locale, args);
    }

    private static String render(String template, Locale locale, Map<String, Object> args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > i + 1) {
                String name = template.substring(i + 1, close);
                if (args.containsKey(name)) {
                    out.append(text(args.get(name), locale));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Returns an argument as message text: dates as dd.MM.yyyy in Russian and ISO in English, numbers plainly,
     * lists joined by commas.
     *
     * @param value the argument
     * @param locale the language
     * @return the text
     */
    public static String text(Object value, Locale locale) {
        if (value instanceof LocalDate) {
            return "ru".equals(locale.getLanguage()) ? RU_DATE.format((LocalDate) value) : value.toString();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).stream().map(v -> text(v, locale)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
