package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.Section;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a roadmap together from its concerns. Each concern draws from its own random stream, derived from the
 * roadmap's seed and the concern's place (the front matter, the glossary, section 3, activity 3/7 and its deadline),
 * so one concern can be changed or perturbed without moving the others.
 */
public final class RoadmapAssembler {

    /** Concerns, the second key of {@link Rng#derive(long, long, long, long)}. */
    private static final long FRONT = 1;

    private static final long GLOSSARY = 2;
    private static final long SHAPE = 3;
    private static final long SECTION = 4;
    private static final long ACTIVITY = 5;
    private static final long DEADLINE = 6;
    private static final long EXECUTORS = 7;
    private static final long RESULTS = 8;
    private static final long TEXT = 9;
    private static final long STYLE = 10;
    private static final long OBJECTIVES = 11;

    private static final double EXTENSIONS = 0.03;
    private static final double FRONT_EXTENSIONS = 0.12;

    private static final List<String> ZONES =
            List.of("Asia/Vladivostok", "Asia/Vladivostok", "Europe/Moscow", "Asia/Yakutsk", "Asia/Yekaterinburg");

    private final Settings settings;

    /**
     * Creates an assembler.
     *
     * @param settings the configuration
     */
    public RoadmapAssembler(Settings settings) {
        this.settings = settings;
    }

    /**
     * Returns the roadmap of a seed.
     *
     * @param seed the seed
     * @return the roadmap
     */
    public Roadmap roadmap(long seed) {
        Rng front = Rng.derive(seed, FRONT, 0, 0);
        Level level = front.pick(Level.values());
        var period = FrontMatterGen.period(front);

        List<Vocabulary.Org> glossary = OrganisationGen.choose(Rng.derive(seed, GLOSSARY, 0, 0));
        int[] counts = sectionSizes(Rng.derive(seed, SHAPE, 0, 0));
        int nonEmpty = 0;
        for (int c : counts) {
            nonEmpty += c > 0 ? 1 : 0;
        }

        Rng objectiveRng = Rng.derive(seed, OBJECTIVES, 0, 0);
        int objectiveCount =
                nonEmpty == 0 || objectiveRng.chance(0.25) ? 0 : objectiveRng.between(1, Math.min(nonEmpty, 6));
        String idPrefix = objectiveRng.pick("", "", "", "z", "задача-");
        List<Objective> objectives = new ArrayList<>(objectiveCount);
        List<String> objectiveIds = new ArrayList<>(objectiveCount);
        List<String> sectionTitles = OrganisationGen.sample(objectiveRng, Vocabulary.SECTION_TITLES, objectiveCount);
        for (int i = 0; i < objectiveCount; i++) {
            String id = idPrefix + (i + 1);
            objectiveIds.add(id);
            Objective.Builder o = Objective.builder().id(id).title(Words.capitalize(sectionTitles.get(i)));
            if (objectiveRng.chance(0.8)) {
                o.number((i + 1) + ".");
            }
            objectives.add(o.build());
        }

        Scene scene = new Scene(period, glossary, objectiveIds, settings.stress());

        Roadmap.Builder b = Roadmap.builder()
                .id(RoadmapId.of(front.pick("gen-", "primorsky-", "дк-", "ulchi-2022/") + Long.toHexString(seed)))
                .title(scene.text(front, FrontMatterGen.title(front, level, period)))
                .level(level)
                .territory(FrontMatterGen.territory(front, level))
                .period(period)
                .objectives(objectives);
        if (front.chance(0.75)) {
            b.programme(front.pick(Vocabulary.PROGRAMMES));
        }
        if (front.chance(0.7)) {
            b.timeZone(ZoneId.of(front.pick(ZONES)));
        }
        if (front.chance(0.8)) {
            b.approval(FrontMatterGen.approval(front, period, FRONT_EXTENSIONS));
        }
        for (String goal : OrganisationGen.sample(front, Vocabulary.GOALS, front.between(0, 2))) {
            b.addGoals(scene.text(front, Words.capitalize(goal)));
        }
        for (Vocabulary.Org org : glossary) {
            Organisation o = OrganisationGen.organisation(front, org, FRONT_EXTENSIONS);
            b.addOrganisations(o);
        }
        b.terms(OrganisationGen.terms(front));
        b.participants(FrontMatterGen.participants(front, scene));
        int reporting = front.chance(0.3) ? 0 : front.between(1, 2);
        for (int i = 0; i < reporting; i++) {
            b.addReporting(DeadlineGen.requirement(front, scene));
        }
        int facts = front.chance(0.4) ? 0 : front.between(1, 3);
        for (int i = 0; i < facts; i++) {
            b.addContext(FrontMatterGen.contextFact(front, scene));
        }
        if (front.chance(0.7)) {
            b.columns(front.pick(Vocabulary.COLUMNS));
        }
        int notes = front.chance(0.6) ? 0 : front.between(1, 2);
        for (int i = 0; i < notes; i++) {
            b.addNotes(scene.text(front, TextGen.note(front)));
        }
        if (front.chance(0.2)) {
            b.extensions(ExtensionGen.extensions(front));
        }

        b.sections(sections(seed, counts, objectives, scene));
        return b.build();
    }

    private int[] sectionSizes(Rng rng) {
        int sections = rng.between(settings.minSections(), settings.maxSections());
        int exact = settings.activities();
        if (exact < 0) {
            int[] counts = new int[sections];
            for (int i = 0; i < sections; i++) {
                counts[i] = rng.between(settings.minActivities(), settings.maxActivities());
            }
            return counts;
        }
        int perSection = Math.max(1, settings.maxActivities());
        if (exact > 0) {
            sections = Math.max(Math.max(sections, 1), (int) ((exact + (long) perSection - 1) / perSection));
        }
        int[] counts = new int[sections];
        int base = sections == 0 ? 0 : exact / sections;
        int rest = sections == 0 ? 0 : exact % sections;
        for (int i = 0; i < sections; i++) {
            counts[i] = base + (i < rest ? 1 : 0);
        }
        for (int i = sections - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = counts[i];
            counts[i] = counts[j];
            counts[j] = t;
        }
        return counts;
    }

    private List<Section> sections(long seed, int[] counts, List<Objective> objectives, Scene scene) {
        Rng style = Rng.derive(seed, STYLE, 0, 0);
        Numbering numbering = new Numbering(style);
        double withIds = style.pick(0.0, 0.0, 1.0, 0.5);
        String idPrefix = style.pick("a", "м", "act", "мер");
        List<Section> sections = new ArrayList<>(counts.length);
        int overall = 0;
        int nonEmpty = 0;
        for (int s = 0; s < counts.length; s++) {
            Rng rng = Rng.derive(seed, SECTION, s, 0);
            Optional<Objective> objective = Optional.empty();
            if (!objectives.isEmpty()) {
                if (counts[s] > 0) {
                    if (nonEmpty < objectives.size() || rng.chance(0.7)) {
                        objective = Optional.of(objectives.get(nonEmpty % objectives.size()));
                    }
                } else if (rng.chance(0.5)) {
                    objective = Optional.of(rng.pick(objectives));
                }
            }
            if (counts[s] > 0) {
                nonEmpty++;
            }
            Section.Builder section = Section.builder();
            numbering.section(s).ifPresent(section::number);
            String title = objective.isPresent() && rng.chance(0.4)
                    ? objective.get().title()
                    : rng.pick(Vocabulary.SECTION_TITLES);
            section.title(scene.text(rng, title));
            objective.ifPresent(o -> section.objective(o.id()));
            if (rng.chance(0.05)) {
                section.addNotes(scene.text(rng, TextGen.note(rng)));
            }
            if (rng.chance(EXTENSIONS)) {
                section.extensions(ExtensionGen.extensions(rng));
            }
            List<Activity> activities = new ArrayList<>(counts[s]);
            for (int a = 0; a < counts[s]; a++) {
                Activity.Builder activity = activity(seed, s, a, scene);
                numbering.activity(s, a, overall).ifPresent(activity::number);
                if (withIds > 0 && (withIds >= 1 || rng.chance(withIds))) {
                    activity.id(idPrefix + "-" + (s + 1) + "-" + (a + 1));
                }
                if (objectives.size() > 1) {
                    if (objective.isEmpty() && rng.chance(0.2)) {
                        activity.objective(rng.pick(objectives).id());
                    } else if (objective.isPresent() && a > 0 && rng.chance(0.05)) {
                        activity.objective(rng.pick(objectives).id());
                    }
                }
                activities.add(activity.build());
                overall++;
            }
            sections.add(section.activities(activities).build());
        }
        return sections;
    }

    private Activity.Builder activity(long seed, int s, int a, Scene scene) {
        long key = Rng.key(seed, ACTIVITY, s, a);
        Rng rng = Rng.derive(key, TEXT, 0, 0);
        Activity.Builder b = Activity.builder().title(scene.text(rng, TextGen.activityTitle(rng)));
        Rng deadline = Rng.derive(key, DEADLINE, 0, 0);
        if (!deadline.chance(0.05)) {
            b.deadline(DeadlineGen.deadline(deadline, scene));
        }
        Rng executors = Rng.derive(key, EXECUTORS, 0, 0);
        b.executors(ExecutorGen.executors(
                executors, scene, executors.between(settings.minExecutors(), settings.maxExecutors())));
        Rng results = Rng.derive(key, RESULTS, 0, 0);
        b.results(ResultGen.results(results, scene, results.between(settings.minResults(), settings.maxResults())));
        if (rng.chance(0.03)) {
            b.addNotes(scene.text(rng, TextGen.note(rng)));
        }
        if (rng.chance(EXTENSIONS)) {
            b.extensions(ExtensionGen.extensions(rng));
        }
        return b;
    }
}
