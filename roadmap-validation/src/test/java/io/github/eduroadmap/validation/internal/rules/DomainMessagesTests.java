package io.github.eduroadmap.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.validation.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The messages of the deadline, coverage and reporting rules: every key in both languages, none unused. */
class DomainMessagesTests {

    static Stream<String> bundles() {
        return Stream.of(DeadlineRules.BUNDLE, CoverageRules.BUNDLE, ReportingRules.BUNDLE);
    }

    static List<BuiltInRule> rulesOf(String bundle) {
        List<Rule> all = new ArrayList<>();
        all.addAll(DeadlineRules.all());
        all.addAll(CoverageRules.all());
        all.addAll(ReportingRules.all());
        List<BuiltInRule> of = new ArrayList<>();
        for (Rule r : all) {
            if (r.messageBundle().equals(bundle)) {
                of.add((BuiltInRule) r);
            }
        }
        return of;
    }

    static Set<String> keys(BuiltInRule rule) {
        Set<String> keys = new HashSet<>();
        keys.add(rule.code());
        rule.variants().forEach(v -> keys.add(rule.code() + "." + v));
        return keys;
    }

    static Set<String> arguments(String message) {
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void haveEveryMessageInBothLanguagesWithTheSameArgumentsAndNoOther(String bundle) {
        ResourceBundle en = ResourceBundle.getBundle(bundle, Locale.ROOT);
        ResourceBundle ru = ResourceBundle.getBundle(bundle, Locale.forLanguageTag("ru"));
        Set<String> expected = new HashSet<>();
        rulesOf(bundle).forEach(r -> expected.addAll(keys(r)));
        assertThat(expected).isNotEmpty();
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ru.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String key : expected) {
            assertThat(arguments(ru.getString(key)))
                    .as(key)
                    .isEqualTo(arguments(en.getString(key)))
                    .isNotEmpty();
            assertThat(ru.getString(key)).as(key).doesNotContain("\"").matches(".*[а-яё].*");
            assertThat(en.getString(key)).as(key).doesNotContain("«");
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void belongToRulesOfTheirGroup(String bundle) {
        String group = bundle.substring(bundle.lastIndexOf('.') + 1).replace("Messages", "Rules");
        assertThat(rulesOf(bundle))
                .as(group)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getClass().getModifiers() & java.lang.reflect.Modifier.FINAL)
                        .isNotZero());
    }
}
