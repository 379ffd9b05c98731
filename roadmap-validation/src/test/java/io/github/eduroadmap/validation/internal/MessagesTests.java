package io.github.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Rendering messages: named arguments in braces, the rest as written. */
class MessagesTests {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "после № {before} идёт № {after}|после № 5 идёт № 7",
                "{before}{after}|57",
                "нет {missing} аргумента|нет {missing} аргумента",
                "{}|{}",
                "{|{",
                "}{before}|}5",
                "{a{before}}|{a5}",
                "{before|{before",
                "без скобок|без скобок"
            })
    void rendersEveryPlaceholderItHasAnArgumentFor(String template, String expected) {
        Map<String, Object> args = Map.of("before", 5, "after", 7);

        assertThat(Messages.render(template, RU, args)).isEqualTo(expected);
    }

    @Test
    void rendersDatesNumbersAndListsByLanguage() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("due", LocalDate.of(2022, 1, 10));
        args.put("value", new BigDecimal("52.80"));
        args.put("codes", List.of("ШНОР", "ШНСУ"));

        assertThat(Messages.render("{due}: {value} ({codes})", RU, args)).isEqualTo("10.01.2022: 52.80 (ШНОР, ШНСУ)");
        assertThat(Messages.render("{due}: {value}", Locale.ROOT, args)).isEqualTo("2022-01-10: 52.80");
    }

    static List<LocalDate> datesOfEveryKindOfYear() {
        return List.of(
                LocalDate.of(1, 1, 1),
                LocalDate.of(999, 12, 31),
                LocalDate.of(2022, 1, 10),
                LocalDate.of(9999, 12, 31),
                LocalDate.of(0, 6, 15),
                LocalDate.of(-5, 2, 28),
                LocalDate.of(10000, 1, 1),
                LocalDate.of(999_999, 3, 4));
    }

    @ParameterizedTest
    @MethodSource("datesOfEveryKindOfYear")
    void writesDatesAsTheFormattersDoInEveryYear(LocalDate date) {
        Map<String, Object> args = Map.of("due", date);

        assertThat(Messages.render("срок {due}", RU, args))
                .isEqualTo("срок " + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date));
        assertThat(Messages.render("due {due}", Locale.ROOT, args)).isEqualTo("due " + date);
        assertThat(Messages.text(List.of(date, 5L), RU))
                .isEqualTo(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date) + ", 5");
    }

    @Test
    void agreesWithRenderingCharByCharOverRandomTemplates() {
        String[] parts = {"{", "}", "a", "b", "ab", "{a}", "{b}", "{ab}", "{c}", " ", "№", "{{", "}}"};
        SplittableRandom random = new SplittableRandom(193L);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(0, 10);
            for (int i = 0; i < n; i++) {
                t.append(parts[random.nextInt(parts.length)]);
            }
            Map<String, Object> args = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                args.put("a", "A");
            }
            if (random.nextBoolean()) {
                args.put("ab", 12);
            }
            String template = t.toString();

            assertThat(Messages.render(template, RU, args))
                    .as("[%s] with %s", template, args)
                    .isEqualTo(Messages.renderSlowly(template, RU, args));
        }
    }
}
