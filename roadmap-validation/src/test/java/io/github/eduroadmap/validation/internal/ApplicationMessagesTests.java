package io.github.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Violation;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's own {@code ValidationMessages} overrides the messages of the standard constraints for the
 * structure checker as it did for Hibernate Validator, and not those of the model's own constraints, which the
 * validator renders from its {@code ContributorValidationMessages}.
 */
class ApplicationMessagesTests {

    @TempDir
    Path dir;

    @Test
    void overrideTheStandardMessagesAsForHibernateValidator() throws IOException {
        Files.writeString(
                dir.resolve("ValidationMessages.properties"),
                "jakarta.validation.constraints.NotBlank.message=required here\n"
                        + "io.github.eduroadmap.model.Roadmap.sections.empty=no sections at all\n"
                        + "io.github.eduroadmap.model.constraints.OneLine.message=one line, please\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("ValidationMessages_ru.properties"),
                "jakarta.validation.constraints.NotBlank.message=обязательное поле\n",
                StandardCharsets.UTF_8);
        Roadmap broken = Roadmap.builder()
                .id(RoadmapId.of("r"))
                .title(" ")
                .level(io.github.eduroadmap.model.Level.REGIONAL)
                .programme("500+\nшкола")
                .build();
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(loader);
            for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                List<Violation> checked = new ArrayList<>();
                List<Violation> expected = new ArrayList<>();
                new BeanValidation(l).validate(broken, Document.ROADMAP, BeanValidation.CODES, checked);
                new HibernateValidatorOracle(l).validate(broken, Document.ROADMAP, BeanValidation.CODES, expected);
                checked.sort(Comparator.naturalOrder());
                expected.sort(Comparator.naturalOrder());
                assertThat(checked).as(l.toString()).isEqualTo(expected);
                assertThat(checked.stream().map(Violation::message).collect(Collectors.toList()))
                        .as(l.toString())
                        .containsExactlyElementsOf(
                                l.getLanguage().equals("ru")
                                        ? List.of(
                                                "no sections at all",
                                                "должно быть записано в одну строку, без переносов",
                                                "обязательное поле")
                                        : List.of(
                                                "no sections at all",
                                                "must be one line of text, without line breaks",
                                                "required here"));
            }
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
