package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Violation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small roadmaps built in code, and a validator that runs one rule, for the tests of the structure rules. */
final class Fixtures {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale EN = Locale.ENGLISH;
    static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    private Fixtures() {}

    /** A roadmap builder with its required fields set. */
    static Roadmap.Builder roadmap() {
        return Roadmap.builder()
                .id(RoadmapId.of("test"))
                .title("Дорожная карта 2022")
                .level(Level.MUNICIPAL);
    }

    /** A roadmap of the given sections. */
    static Roadmap of(Section... sections) {
        return roadmap().addSections(sections).build();
    }

    /** A section with a number (null for none) and activities. */
    static Section section(String number, Activity... activities) {
        Section.Builder b = Section.builder().title("Раздел").addActivities(activities);
        if (number != null) {
            b.number(number);
        }
        return b.build();
    }

    /** A complete activity with a number (null for none): a title, a deadline, an executor and a result. */
    static Activity activity(String number) {
        return activity(number, "Проведение семинара");
    }

    /** A complete activity with a number (null for none) and a title. */
    static Activity activity(String number, String title) {
        Activity.Builder b = Activity.builder()
                .title(title)
                .deadline(Deadline.parse("Август 2022"))
                .addExecutors(new RoleExecutor("муниципальный координатор"))
                .addResults(ExpectedResult.ofText("Проведён семинар"));
        if (number != null) {
            b.number(number);
        }
        return b.build();
    }

    /** Activities numbered as given (null for an unnumbered row). */
    static Activity[] numbered(String... numbers) {
        if (numbers == null) {
            return new Activity[] {activity(null)};
        }
        return Arrays.stream(numbers).map(Fixtures::activity).toArray(Activity[]::new);
    }

    /** Runs one rule over a roadmap and returns its violations as lines of text: pointer, code, severity, message. */
    static List<String> run(String code, Locale locale, Roadmap roadmap) {
        return validator(code, locale).validate(roadmap).violations().stream()
                .map(Violation::toString)
                .collect(Collectors.toList());
    }

    /** Runs one rule over a roadmap and returns its violations. */
    static List<Violation> violations(String code, Roadmap roadmap) {
        return validator(code, RU).validate(roadmap).violations();
    }

    static RoadmapValidator validator(String code, Locale locale) {
        return RoadmapValidator.builder()
                .only(code)
                .asOf(AS_OF)
                .locale(locale)
                .discoverRules(false)
                .build();
    }
}
