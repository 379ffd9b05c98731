package io.github.eduroadmap.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import io.github.eduroadmap.validation.internal.rules.ActivityFacts.Fact;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The activities of a roadmap as the small activity rules read them: each activity with its section and index, and
 * its facts equal to the rules' predicates, whichever rules the memo knows to run.
 */
class ActivityFactsTests {

    private static final RoadmapMapper YAML = RoadmapMapper.yaml().lenient();

    private static final int SEEDS = 300;

    /** Deadline words read on first use: parsed, a span that ends before it starts, unparsed, blank, combined. */
    private static final String[] WORDS = {
        "Август 2022",
        "Сентябрь - октябрь",
        "31.05.2021-01.04.2021",
        "Октябрь 2023 - май 2022",
        "О 1 А О О Л Л 1",
        "",
        "   ",
        "ежемесячно",
        "до 1 мая 2022 года",
        "Август 2022, 31.05.2021-01.04.2021",
        "Сентябрь 2022, О 1 А",
        "ноябрь - февраль"
    };

    private static final String[] TEXTS = {"", "  ", "\u00a0", "Проведён семинар", "МОУО"};

    /**
     * The predicates of the rules as they were written in each rule before the facts, the oracle the facts are checked
     * against.
     */
    private static final Map<Fact, Function<Activity, Boolean>> ORACLE = new EnumMap<>(Fact.class);

    static {
        ORACLE.put(Fact.NO_RESULT, a -> a.results().stream().allMatch(r -> Texts.isBlank(r.text())));
        ORACLE.put(Fact.NO_EXECUTOR, a -> a.executors().stream().allMatch(e -> Texts.isBlank(e.text())));
        ORACLE.put(Fact.NO_DEADLINE, a -> {
            Deadline d = a.deadline().orElse(null);
            return d == null || d instanceof Deadline.Unparsed && d.text().isBlank();
        });
        ORACLE.put(Fact.UNPARSED, a -> {
            Deadline d = a.deadline().orElse(null);
            return d != null
                    && !d.isParsed()
                    && !(d instanceof Deadline.Unparsed && d.text().isBlank());
        });
        ORACLE.put(Fact.ILL_ORDERED, a -> {
            Deadline d = a.deadline().orElse(null);
            return d != null && !d.isWellOrdered();
        });
    }

    /** A seeded roadmap whose activities lack results, executors and deadlines, or have odd ones, at random. */
    static Roadmap roadmap(SplittableRandom rng) {
        Roadmap.Builder b = Fixtures.roadmap();
        for (int s = rng.nextInt(6); s > 0; s--) {
            Section.Builder section = Section.builder().title("Раздел");
            // some sections have no activities, so that the index in the section and the section itself both matter
            for (int a = rng.nextInt(3) == 0 ? 0 : rng.nextInt(9); a > 0; a--) {
                Activity.Builder activity = Activity.builder().title("Мероприятие " + a);
                switch (rng.nextInt(4)) {
                    case 0:
                        break;
                    case 1:
                        activity.deadline(DomainRulesRandomTests.deadline(rng, 0));
                        break;
                    default:
                        activity.deadlineWords(WORDS[rng.nextInt(WORDS.length)]);
                        break;
                }
                for (int e = rng.nextInt(3); e > 0; e--) {
                    activity.addExecutors(new RoleExecutor(TEXTS[rng.nextInt(TEXTS.length)]));
                }
                for (int r = rng.nextInt(3); r > 0; r--) {
                    activity.addResults(ExpectedResult.ofText(TEXTS[rng.nextInt(TEXTS.length)]));
                }
                section.addActivities(activity.build());
            }
            b.addSections(section.build());
        }
        return b.build();
    }

    /** The seeded roadmaps and the examples. */
    static List<Roadmap> roadmaps() throws IOException {
        List<Roadmap> all = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            all.add(roadmap(new SplittableRandom(seed)));
        }
        for (Path document : RoadmapTextsTests.documents().toList()) {
            all.add(YAML.read(document));
        }
        return all;
    }

    /** The facts of a subset of the rules, a different one for each seed. */
    static Set<Fact> some(long seed) {
        Set<Fact> some = new HashSet<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (Fact f : Fact.values()) {
            if (rng.nextBoolean()) {
                some.add(f);
            }
        }
        return some;
    }

    static Set<String> codes(Set<Fact> facts) {
        Set<String> codes = new HashSet<>();
        for (Fact f : facts) {
            codes.add(f.rule);
        }
        // a rule the facts do not serve, which changes nothing
        codes.add("text.unbalanced-quotes");
        return codes;
    }

    /** The activities of a roadmap in document order. */
    static List<Activity> activities(Roadmap roadmap) {
        List<Activity> all = new ArrayList<>();
        roadmap.sections().forEach(s -> all.addAll(s.activities()));
        return all;
    }

    /** Checks that the facts hold the activities of the roadmap, in document order, at their section and index. */
    static void assertPlaces(ActivityFacts facts, Roadmap roadmap) {
        assertThat(facts.size()).isEqualTo(activities(roadmap).size());
        int i = 0;
        for (int s = 0; s < roadmap.sections().size(); s++) {
            List<Activity> inSection = roadmap.sections().get(s).activities();
            for (int a = 0; a < inSection.size(); a++, i++) {
                assertThat(facts.section(i)).isEqualTo(s);
                assertThat(facts.index(i)).isEqualTo(a);
                assertThat(facts.activity(i)).isSameAs(inSection.get(a));
                assertThat(facts.activity(i))
                        .isSameAs(roadmap.sections()
                                .get(facts.section(i))
                                .activities()
                                .get(facts.index(i)));
            }
        }
        assertThat(i).isEqualTo(facts.size());
    }

    /** Checks the facts against the oracle: those given equal it, the others are not set. */
    static void assertFacts(ActivityFacts facts, Set<Fact> found, String as) {
        for (int i = 0; i < facts.size(); i++) {
            for (Fact f : Fact.values()) {
                boolean expected = found.contains(f) && ORACLE.get(f).apply(facts.activity(i));
                assertThat(facts.holds(i, f))
                        .as("%s, activity %d (%d, %d), %s", as, i, facts.section(i), facts.index(i), f)
                        .isEqualTo(expected);
            }
        }
    }

    @Nested
    class Places {

        @Test
        void areTheActivitiesOfEachSectionInDocumentOrder() throws IOException {
            for (Roadmap roadmap : roadmaps()) {
                assertPlaces(ActivityFacts.of(new MemoContext(roadmap, new Memo())), roadmap);
                assertPlaces(ActivityFacts.of(plain(roadmap), Fact.ILL_ORDERED), roadmap);
            }
        }

        @Test
        void skipSectionsWithoutActivities() {
            Roadmap r = Fixtures.of(
                    Fixtures.section("1."),
                    Fixtures.section("2.", Fixtures.activity("2.1"), Fixtures.activity("2.2")),
                    Fixtures.section("3."),
                    Fixtures.section("4.", Fixtures.activity("4.1")),
                    Fixtures.section("5."));
            ActivityFacts facts = ActivityFacts.of(new MemoContext(r, new Memo()));
            List<String> places = new ArrayList<>();
            for (int i = 0; i < facts.size(); i++) {
                places.add(facts.section(i) + "/" + facts.index(i) + " "
                        + facts.activity(i).number().orElseThrow());
            }
            assertThat(places).containsExactly("1/0 2.1", "1/1 2.2", "3/0 4.1");
        }
    }

    @Nested
    class Facts {

        @Test
        void areThePredicatesOfTheRulesWhenTheMemoKnowsAllTheRules() throws IOException {
            Set<Fact> all = Set.of(Fact.values());
            for (Roadmap roadmap : roadmaps()) {
                ActivityFacts facts = ActivityFacts.of(new MemoContext(roadmap, new Memo(codes(all))));
                assertFacts(facts, all, "all known");
                assertPlaces(facts, roadmap);
            }
        }

        @Test
        void areFoundOnlyForTheRulesTheMemoKnowsAndForTheOthersWhenTheyAsk() throws IOException {
            long seed = 0;
            for (Roadmap roadmap : roadmaps()) {
                Set<Fact> known = some(++seed);
                Memo memo = new Memo(codes(known));
                ActivityFacts facts = ActivityFacts.of(new MemoContext(roadmap, memo));
                assertFacts(facts, known, "known " + known);
                Set<Fact> found = new HashSet<>(known);
                for (Fact f : Fact.values()) {
                    assertThat(ActivityFacts.of(new MemoContext(roadmap, memo), f))
                            .isSameAs(facts);
                    found.add(f);
                    assertFacts(facts, found, "known " + known + ", asked up to " + f);
                }
            }
        }

        @Test
        void areFoundWhenAskedForInAContextWithoutAMemo() throws IOException {
            for (Roadmap roadmap : roadmaps()) {
                RuleContext context = plain(roadmap);
                assertFacts(ActivityFacts.of(context), Set.of(), "no memo");
                for (Fact f : Fact.values()) {
                    // a fresh memo each time: only the fact asked for is found
                    ActivityFacts facts = ActivityFacts.of(context, f);
                    assertFacts(facts, Set.of(f), "no memo, " + f);
                    assertPlaces(facts, roadmap);
                }
            }
        }

        @Test
        void areFoundOnceForAMemoThatKnowsNoRules() throws IOException {
            for (Roadmap roadmap : roadmaps()) {
                Memo memo = new Memo();
                ActivityFacts facts = ActivityFacts.of(new MemoContext(roadmap, memo), Fact.UNPARSED);
                assertFacts(facts, Set.of(Fact.UNPARSED), "unknown rules");
                assertThat(ActivityFacts.of(new MemoContext(roadmap, memo), Fact.NO_RESULT))
                        .isSameAs(facts);
                assertFacts(facts, Set.of(Fact.UNPARSED, Fact.NO_RESULT), "unknown rules");
            }
        }

        @Test
        void tellEachFactFromEveryOtherOnTheRoadmaps() throws IOException {
            // so that the tests above would fail if two facts were swapped or one were always set or never
            Map<Fact, Integer> holds = new EnumMap<>(Fact.class);
            Set<String> differ = new HashSet<>();
            int activities = 0;
            for (Roadmap roadmap : roadmaps()) {
                for (Activity a : activities(roadmap)) {
                    activities++;
                    for (Fact f : Fact.values()) {
                        boolean fHolds = ORACLE.get(f).apply(a);
                        if (fHolds) {
                            holds.merge(f, 1, Integer::sum);
                        }
                        for (Fact g : Fact.values()) {
                            if (fHolds != ORACLE.get(g).apply(a)) {
                                differ.add(f + " " + g);
                            }
                        }
                    }
                }
            }
            assertThat(activities).isGreaterThan(1000);
            for (Fact f : Fact.values()) {
                assertThat(holds.getOrDefault(f, 0)).as(f.name()).isBetween(20, activities - 20);
            }
            assertThat(differ).hasSize(Fact.values().length * (Fact.values().length - 1));
        }
    }

    /** A rule's context that keeps no memo: a rule run on its own. Only the roadmap is asked for. */
    static RuleContext plain(Roadmap roadmap) {
        return (RuleContext) Proxy.newProxyInstance(
                RuleContext.class.getClassLoader(), new Class<?>[] {RuleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("roadmap")) {
                        return roadmap;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
