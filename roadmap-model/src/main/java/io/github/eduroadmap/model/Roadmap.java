package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import io.github.eduroadmap.model.constraints.UniqueIds;
import io.github.eduroadmap.model.constraints.WellOrdered;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A roadmap ("дорожная карта", "план-график", "план мероприятий"): its table of sections and activities and
 * everything printed around it.
 *
 * <pre>{@code
 * Roadmap r = Roadmap.builder()
 *     .id(RoadmapId.of("primorsky-2022-weakly-involved"))
 *     .title("«Дорожная карта» по организации работы с общеобразовательными организациями ...")
 *     .level(Level.REGIONAL)
 *     .territory(Territory.region("Приморский край"))
 *     .period(DateRange.ofYear(2022))
 *     .addSections(section)
 *     .build();
 * Roadmap renamed = r.withTitle("...");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; equal roadmaps have equal fields.
 */
@Value.Immutable
@UniqueIds
public abstract class Roadmap implements Extensible, WithRoadmap {

    Roadmap() {}

    /**
     * Returns the identifier by which monitoring documents refer to this roadmap.
     *
     * @return the id
     */
    public abstract RoadmapId id();

    /**
     * Returns the title, as printed.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Returns the level of government the roadmap belongs to.
     *
     * @return the level
     */
    public abstract Level level();

    /**
     * Returns where the roadmap applies.
     *
     * @return the territory; {@link Territory#NONE} unless set
     */
    @Value.Default
    public Territory territory() {
        return Territory.NONE;
    }

    /**
     * Returns the programme the roadmap implements, e.g. "500+", "Эффективная школа".
     *
     * @return the programme, if any
     */
    public abstract Optional<String> programme();

    /**
     * Returns the period the roadmap covers, e.g. 2022-01-01/2022-12-31.
     *
     * @return the period, if known
     */
    public abstract Optional<DateRange> period();

    /**
     * Returns the time zone of the roadmap's territory, in which its deadlines end at midnight (Civil Code art. 194).
     *
     * @return e.g. Asia/Vladivostok
     */
    public abstract Optional<ZoneId> timeZone();

    /**
     * Returns the order or letter that approves or sends the roadmap.
     *
     * @return the approval document, if printed
     */
    public abstract Optional<ApprovalDocument> approval();

    /**
     * Returns the goals ("Цель: ..."), as printed.
     *
     * @return the goals in order
     */
    public abstract List<String> goals();

    /**
     * Returns the objectives ("Задачи: ...").
     *
     * @return the objectives in order
     */
    public abstract List<Objective> objectives();

    /**
     * Returns the glossary of organisations, usually built from "(далее – X)" definitions.
     *
     * @return the organisations in order
     */
    public abstract List<Organisation> organisations();

    /**
     * Returns the other short forms the roadmap defines: "(далее – ШНОР)", "(далее – Проект)".
     *
     * @return the terms in order
     */
    public abstract List<Term> terms();

    /**
     * Returns the participants named: schools with their heads, curators, coordinators.
     *
     * @return the participants in order
     */
    public abstract List<Participant> participants();

    /**
     * Returns the reporting duties the roadmap imposes.
     *
     * @return the reporting requirements in order
     */
    public abstract List<ReportingRequirement> reporting();

    /**
     * Returns the facts stated about the situation, with their numbers.
     *
     * @return the context facts in order
     */
    public abstract List<ContextFact> context();

    /**
     * Returns the column headings of the roadmap's table, as printed.
     *
     * @return e.g. ["№", "Срок исполнения", "Событие", "Ответственный исполнитель", "Ожидаемый результат/показатель"]
     */
    public abstract List<String> columns();

    /**
     * Returns the sections of the table with their activities, in order.
     *
     * @return the sections
     */
    public abstract List<Section> sections();

    /**
     * Returns printed words of the document that belong to no other field.
     *
     * @return the notes in order
     */
    public abstract List<String> notes();

    /**
     * Returns every activity of every section, in document order.
     *
     * @return the activities
     */
    public final List<Activity> activities() {
        List<Activity> all = new ArrayList<>();
        for (Section s : sections()) {
            all.addAll(s.activities());
        }
        return List.copyOf(all);
    }

    /**
     * Finds an organisation of the glossary by its {@link Organisation#key() key}.
     *
     * @param key an abbreviation or, for an organisation without one, a full name
     * @return the organisation
     */
    public final Optional<Organisation> organisation(String key) {
        return organisations().stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /**
     * Finds an objective by its id.
     *
     * @param id the objective's id
     * @return the objective
     */
    public final Optional<Objective> objective(String id) {
        return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * Finds an activity by a reference: its {@link Activity#id() id}, or a JSON Pointer
     * {@code /sections/<i>/activities/<j>} into the serialized roadmap.
     *
     * @param reference an activity id or pointer
     * @return the activity
     */
    public final Optional<Activity> activity(String reference) {
        if (reference.startsWith("/sections/")) {
            String[] parts = reference.split("/", -1);
            if (parts.length == 5 && parts[3].equals("activities")) {
                try {
                    int s = Integer.parseInt(parts[2]);
                    int a = Integer.parseInt(parts[4]);
                    if (s >= 0
                            && s < sections().size()
                            && a >= 0
                            && a < sections().get(s).activities().size()) {
                        return Optional.of(sections().get(s).activities().get(a));
                    }
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        return activities().stream()
                .filter(a -> a.id().map(reference::equals).orElse(false))
                .findFirst();
    }

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    @NotBlank
    private String getTitle() {
        return title();
    }

    private Optional<@OneLine String> getProgramme() {
        return programme();
    }

    private Optional<@WellOrdered DateRange> getPeriod() {
        return period();
    }

    private Optional<@Valid ApprovalDocument> getApproval() {
        return approval();
    }

    private List<@Valid Objective> getObjectives() {
        return objectives();
    }

    private List<@Valid Organisation> getOrganisations() {
        return organisations();
    }

    private List<@Valid Term> getTerms() {
        return terms();
    }

    private List<@Valid Participant> getParticipants() {
        return participants();
    }

    private List<@Valid ContextFact> getContext() {
        return context();
    }

    @NotEmpty(message = "{io.github.eduroadmap.model.Roadmap.sections.empty}")
    private List<@Valid Section> getSections() {
        return sections();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds roadmaps. */
    public static final class Builder extends ImmutableRoadmap.Builder {
        Builder() {}
    }
}
