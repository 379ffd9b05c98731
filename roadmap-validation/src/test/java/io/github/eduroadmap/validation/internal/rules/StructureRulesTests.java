package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.Fixtures.AS_OF;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Rule;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The structure group as a whole: its messages, its robustness on any text, and its cost on a large roadmap. */
class StructureRulesTests {

    static String[] codes() {
        return StructureRules.all().stream().map(Rule::code).toArray(String[]::new);
    }

    @Nested
    class Messages {

        @Test
        void everyMessageOfEveryRuleIsInBothLanguagesAndNoOtherIs() {
            Set<String> keys = new HashSet<>();
            for (Rule r : StructureRules.all()) {
                BuiltInRule rule = (BuiltInRule) r;
                assertThat(rule.messageBundle()).isEqualTo(StructureRules.BUNDLE);
                keys.add(rule.code());
                rule.variants().forEach(v -> keys.add(rule.code() + "." + v));
            }
            for (Locale l : new Locale[] {Locale.ROOT, RU}) {
                ResourceBundle b = ResourceBundle.getBundle(
                        StructureRules.BUNDLE,
                        l,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                assertThat(b.keySet()).as("keys of %s", l).containsExactlyInAnyOrderElementsOf(keys);
            }
        }

        @Test
        void haveTheirCodesOnce() {
            assertThat(codes()).doesNotHaveDuplicates().hasSize(14);
        }
    }

    @Nested
    class OnAnyText {

        private static final String PIECES = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                + "IVXLCDMjTqU0123456789 .,;:-–—«»\"'()/\\_№%£?\n\t";

        private String text(SplittableRandom random) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(0, 40);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(6) == 0) {
                    b.append(random.nextBoolean() ? "ГАУ ДПО ПК ИРО " : "МОУ «Нижнеильиновская СОШ» ");
                } else {
                    b.append(PIECES.charAt(random.nextInt(PIECES.length())));
                }
            }
            return b.toString();
        }

        private String number(SplittableRandom random) {
            switch (random.nextInt(6)) {
                case 0:
                    return text(random);
                case 1:
                    return random.nextInt(0, 30) + ".";
                case 2:
                    return PrintedNumber.toRoman(random.nextInt(1, 30)) + ".";
                case 3:
                    return random.nextInt(1, 5) + "." + random.nextInt(0, 12);
                case 4:
                    return "Задача " + random.nextInt(1, 6) + ".";
                default:
                    return Integer.toString(random.nextInt(Integer.MAX_VALUE));
            }
        }

        private Roadmap roadmapOf(SplittableRandom random) {
            Roadmap.Builder b =
                    roadmap().title(text(random)).addGoals(text(random)).addNotes(text(random));
            b.approval(ApprovalDocument.builder()
                    .kind(ApprovalKind.ORDER)
                    .number(text(random))
                    .dateText(text(random))
                    .addBody(text(random))
                    .build());
            b.addObjectives(Objective.builder().id("1").title(text(random)).build());
            b.addOrganisations(Organisation.builder()
                    .abbreviation(text(random))
                    .name(text(random))
                    .build());
            b.addTerms(new Term(text(random), text(random)));
            b.addParticipants(Participant.builder()
                    .kind(ParticipantKind.SCHOOL)
                    .name(text(random))
                    .build());
            int sections = random.nextInt(0, 5);
            for (int s = 0; s < sections; s++) {
                Section.Builder section = Section.builder().title(text(random));
                if (random.nextBoolean()) {
                    section.number(number(random));
                }
                if (random.nextBoolean()) {
                    section.objective(random.nextBoolean() ? "1" : text(random));
                }
                int activities = random.nextInt(0, 6);
                for (int a = 0; a < activities; a++) {
                    Activity.Builder activity = Activity.builder().title(text(random));
                    if (random.nextBoolean()) {
                        activity.number(number(random));
                    }
                    if (random.nextBoolean()) {
                        activity.deadline(Deadline.parse(text(random)));
                    }
                    int executors = random.nextInt(0, 3);
                    for (int e = 0; e < executors; e++) {
                        activity.addExecutors(
                                random.nextBoolean()
                                        ? new RoleExecutor(text(random))
                                        : new OrganisationExecutor(text(random), text(random)));
                    }
                    int results = random.nextInt(0, 3);
                    for (int r = 0; r < results; r++) {
                        activity.addResults(ExpectedResult.ofText(text(random)));
                    }
                    activity.addNotes(text(random));
                    section.addActivities(activity.build());
                }
                b.addSections(section.build());
            }
            return b.build();
        }

        @Test
        void theRulesNeverFail() {
            RoadmapValidator v = RoadmapValidator.builder()
                    .only(codes())
                    .asOf(AS_OF)
                    .locale(RU)
                    .discoverRules(false)
                    .build();
            SplittableRandom random = new SplittableRandom(500);
            int found = 0;
            for (int n = 0; n < 1500; n++) {
                Roadmap r = roadmapOf(random);
                ValidationReport report = v.validate(r);
                assertThat(report.violations())
                        .as("roadmap %d", n)
                        .noneMatch(x -> x.code().equals("validator.rule-failed"));
                found += report.violations().size();
            }
            assertThat(found).isPositive();
        }
    }

    @Nested
    class Cost {

        /** A roadmap of 1,000 sections of 100 activities each, numbered, with abbreviations, schools and quotes. */
        private Roadmap large() {
            List<Section> sections = new ArrayList<>();
            for (int s = 0; s < 1000; s++) {
                List<Activity> activities = new ArrayList<>();
                for (int a = 0; a < 100; a++) {
                    int n = a < 50 ? a + 1 : a + 2;
                    activities.add(Activity.builder()
                            .number((s + 1) + "." + n + ".")
                            .title("Семинар «Внутренняя система оценки качества образования ОО» для ШНОР и ШНРО "
                                    + " в МОУ «Нижеильиновская СОШ № " + (a % 7) + "» по итогам ЕГЭ " + s)
                            .deadline(Deadline.parse("Август 2022"))
                            .addExecutors(OrganisationExecutor.of("ГАУ ДПО ПК ИРО"), new RoleExecutor("МОУО ИРО"))
                            .addResults(ExpectedResult.ofText("Проведено не менее 10 семинаров ЦНППМ" + a))
                            .build());
                }
                sections.add(Section.builder()
                        .number((s + 1) + ".")
                        .title("Раздел " + s)
                        .objective("1")
                        .addAllActivities(activities)
                        .build());
            }
            return roadmap()
                    .addObjectives(Objective.builder().id("1").title("задача").build())
                    .addOrganisations(Organisation.builder()
                            .abbreviation("ГАУ ДПО ПК ИРО")
                            .name("институт")
                            .build())
                    .addTerms(new Term("ШНОР", "школы с низкими результатами"))
                    .addParticipants(Participant.builder()
                            .kind(ParticipantKind.SCHOOL)
                            .name("МОУ «Нижнеильиновская СОШ № 1»")
                            .build())
                    .addAllSections(sections)
                    .build();
        }

        @Test
        void growsLinearlyWithTheRoadmap() {
            Roadmap r = large();
            RoadmapValidator v = RoadmapValidator.builder()
                    .only(codes())
                    .asOf(AS_OF)
                    .locale(RU)
                    .discoverRules(false)
                    .build();
            long millis = Long.MAX_VALUE;
            ValidationReport report = null;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                report = v.validate(r);
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            System.out.println("structure rules over 100,000 activities: " + millis + " ms, "
                    + report.violations().size() + " violations");
            // one gap per section; each undefined abbreviation once; one misspelt school
            assertThat(report.violations().stream()
                            .collect(Collectors.groupingBy(Violation::code, Collectors.counting())))
                    .containsEntry("numbering.gap", 1000L)
                    .containsEntry("participant.spelling", 1L);
            // about a second of processor time on a quiet machine; the bound leaves room for a busy one, and a step
            // that compares all activities with all others (10^10 comparisons) would take far longer
            assertThat(millis).as("milliseconds for 100,000 activities").isLessThan(60_000);
        }
    }
}
