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
import java.util.ArrayList;
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

    static String render(String template, Locale locale, Map<String, ?> args) {
        return template(template).render(template, locale, args);
    }

    /** Returns a template split at its placeholders, from the bounded table of those seen. */
    private static Template template(String template) {
        Template t = TEMPLATES.get(template);
        if (t == null) {
            t = Template.of(template);
            if (TEMPLATES.size() < MAX_TEMPLATES) {
                TEMPLATES.put(template, t);
            }
        }
        return t;
    }

    /** The templates seen, split into text and placeholders once; as many as the bundles hold, but bounded. */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private static final int MAX_TEMPLATES = 4096;

    /**
     * The messages of one rule in one language, each looked up in the bundle and split into text and placeholders
     * on first use, so that a violation's message is rendered without a lookup by its words or a copy of its
     * arguments. Thread-safe.
     */
    public static final class RuleMessages {
        private final ResourceBundle bundle;
        private final String code;
        private final Locale locale;
        private final Message plain;
        private final Map<String, Message> variants = new ConcurrentHashMap<>();

        /**
         * Prepares the messages of a rule.
         *
         * @param bundle the rule's bundle in the language, from {@link #bundle(Rule, Locale)}; may be null
         * @param code the rule's code, the key of its plain message
         * @param locale the language
         */
        public RuleMessages(ResourceBundle bundle, String code, Locale locale) {
            this.bundle = bundle;
            this.code = code;
            this.locale = locale;
            this.plain = message(code);
        }

        /**
         * Returns the rule's plain message, {@code <code>}, with its arguments.
         *
         * @param args the arguments by name
         * @return the message, as {@link Messages#format(ResourceBundle, String, Locale, Map)} renders it
         */
        public String format(Map<String, Object> args) {
            return plain.render(locale, args);
        }

        /**
         * Returns a variant of the rule's message, {@code <code>.<variant>}, with its arguments.
         *
         * @param variant the variant
         * @param args the arguments by name
         * @return the message, as {@link Messages#format(ResourceBundle, String, Locale, Map)} renders it
         */
        public String format(String variant, Map<String, Object> args) {
            Message m = variants.get(variant);
            if (m == null) {
                m = message(code + "." + variant);
                if (variants.size() < MAX_TEMPLATES) {
                    variants.put(variant, m);
                }
            }
            return m.render(locale, args);
        }

        private Message message(String key) {
            if (bundle == null || !bundle.containsKey(key)) {
                return new Message(key, null, null);
            }
            String template = bundle.getString(key);
            return new Message(key, template, Template.of(template));
        }
    }

    /** A message of a bundle: its key, its words and their split, or no words when the bundle lacks the key. */
    private static final class Message {
        private final String key;
        private final String template;
        private final Template split;

        Message(String key, String template, Template split) {
            this.key = key;
            this.template = template;
            this.split = split;
        }

        String render(Locale locale, Map<String, Object> args) {
            return template == null ? key + " " + args : split.render(template, locale, args);
        }
    }

    /**
     * A template split at its placeholders: {@code texts[0] {names[0]} texts[1] ... texts[n]}. A template whose
     * braces are not all simple placeholders ("{", "{}", "{a{b}") has no split and is rendered char by char.
     */
    private static final class Template {
        private final String[] texts;
        private final String[] names;

        private Template(String[] texts, String[] names) {
            this.texts = texts;
            this.names = names;
        }

        static Template of(String template) {
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            int open;
            while ((open = template.indexOf('{', from)) >= 0) {
                int close = template.indexOf('}', open + 1);
                if (close <= open + 1 || template.lastIndexOf('{', close) != open) {
                    return new Template(null, null);
                }
                texts.add(template.substring(from, open));
                // interned, as the names rules give are: the arguments are found by identity first
                names.add(template.substring(open + 1, close).intern());
                from = close + 1;
            }
            texts.add(template.substring(from));
            return new Template(texts.toArray(new String[0]), names.toArray(new String[0]));
        }

        /** Renders the template, char by char when it has no split or an argument is missing. */
        String render(String template, Locale locale, Map<String, ?> args) {
            if (texts == null) {
                return renderSlowly(template, locale, args);
            }
            boolean russian = isRussian(locale);
            // the texts and the arguments' texts, joined by one copy into a string of the right size and coding
            String[] parts = new String[2 * names.length + 1];
            parts[0] = texts[0];
            for (int i = 0; i < names.length; i++) {
                Object value = args.get(names[i]);
                if (value == null) {
                    return renderSlowly(template, locale, args);
                }
                parts[2 * i + 1] = value instanceof String ? (String) value : text(value, russian);
                parts[2 * i + 2] = texts[i + 1];
            }
            return String.join("", parts);
        }
    }

    static String renderSlowly(String template, Locale locale, Map<String, ?> args) {
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
        if (value instanceof String) {
            return (String) value;
        }
        return text(value, isRussian(locale));
    }

    private static String text(Object value, boolean russian) {
        if (value instanceof String) {
            return (String) value;
        }
        // a single value is its text made directly, without a builder copied into it
        if (value instanceof Integer) {
            return Integer.toString((Integer) value);
        }
        if (value instanceof LocalDate) {
            return dateText((LocalDate) value, russian);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Long) {
            return Long.toString((Long) value);
        }
        StringBuilder out = new StringBuilder(16);
        append(out, value, russian);
        return out.toString();
    }

    private static boolean isRussian(Locale locale) {
        return "ru".equals(locale.getLanguage());
    }

    /** Appends an argument as {@link #text(Object, Locale)} returns it. */
    private static void append(StringBuilder out, Object value, boolean russian) {
        if (value instanceof String) {
            out.append((String) value);
        } else if (value instanceof LocalDate) {
            out.append(dateText((LocalDate) value, russian));
        } else if (value instanceof Integer) {
            out.append(((Integer) value).intValue());
        } else if (value instanceof Long) {
            out.append(((Long) value).longValue());
        } else if (value instanceof BigDecimal) {
            out.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Collection) {
            boolean first = true;
            for (Object v : (Collection<?>) value) {
                if (!first) {
                    out.append(", ");
                }
                append(out, v, russian);
                first = false;
            }
        } else {
            out.append(String.valueOf(value));
        }
    }

    /**
     * Returns a date as dd.MM.yyyy in Russian and as ISO in English: one concatenation of two-digit texts for the
     * years 1 to 9999 (where both patterns write four digits), by the formatter otherwise.
     */
    private static String dateText(LocalDate date, boolean russian) {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            return russian ? RU_DATE.format(date) : date.toString();
        }
        String day = TWO_DIGITS[date.getDayOfMonth()];
        String month = TWO_DIGITS[date.getMonthValue()];
        String century = TWO_DIGITS[year / 100];
        String rest = TWO_DIGITS[year % 100];
        return russian ? day + "." + month + "." + century + rest : century + rest + "-" + month + "-" + day;
    }

    /** "00" to "99". */
    private static final String[] TWO_DIGITS = new String[100];

    static {
        for (int i = 0; i < TWO_DIGITS.length; i++) {
            TWO_DIGITS[i] = String.valueOf((char) ('0' + i / 10)) + (char) ('0' + i % 10);
        }
    }
}
