package io.github.eduroadmap.examples;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Territory;

/**
 * Builds a small roadmap in code with builders, changes it with copy methods (the original stays as it was) and
 * writes it as YAML.
 */
public final class BuildInCode {

    private BuildInCode() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Activity seminar = Activity.builder()
                .number("2.")
                .title("Межмуниципальные семинары для управленческих команд по обмену опытом")
                .deadline(Deadline.parse("Сентябрь - октябрь"))
                .addExecutors(OrganisationExecutor.of("ИРО"), new RoleExecutor("Муниципальные кураторы ШНОР"))
                .addResults(ExpectedResult.parse("не менее 80% управленческих команд ШНОР приняли участие"))
                .build();
        Roadmap roadmap = Roadmap.builder()
                .id(RoadmapId.of("example-2022"))
                .title("Дорожная карта по работе со школами с низкими результатами обучения на 2022 год")
                .level(Level.REGIONAL)
                .territory(Territory.region("Приморский край"))
                .period(DateRange.ofYear(2022))
                .addOrganisations(Organisation.builder()
                        .abbreviation("ИРО")
                        .name("Институт развития образования")
                        .kind(OrganisationKind.TEACHER_INSTITUTE)
                        .build())
                .addSections(Section.builder()
                        .number("Задача 1.")
                        .title("Информационно-методическая поддержка")
                        .addActivities(seminar)
                        .build())
                .build();

        Roadmap later = roadmap.withTitle(roadmap.title() + " (в новой редакции)");
        System.out.println("unchanged original: " + !roadmap.equals(later) + ", " + roadmap.title());
        System.out.print(RoadmapMapper.yaml().writeToString(later));
    }
}
