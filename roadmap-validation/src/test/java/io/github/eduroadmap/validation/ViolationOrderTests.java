package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Sorting violations by the places of their pointers first: the same order as a stable sort by {@code compareTo},
 * down to which of two equal violations comes first.
 */
class ViolationOrderTests {

    /** Names and indices, some of which sort as names among indices, or as indices with a leading zero. */
    private static final String[] SEGMENTS = {
        "sections", "activities", "results", "title", "number", "deadline", "a", "", "~", "a/b", "Раздел", "0", "1",
        "2", "7", "9", "10", "11", "100", "007", "00", "1073741823", "1073741824", "999999999", "1234567890", "-1"
    };

    private static final String[] CODES = {"numbering.gap", "activity.overdue", "deadline.unparsed"};

    private static final String[] MESSAGES = {"a", "b", "Срок"};

    /** A pointer of random segments, mostly of the shapes the rules report at. */
    private static Pointer randomPointer(SplittableRandom r, boolean placed) {
        Pointer p;
        int shape = r.nextInt(10);
        if (shape < 6) {
            p = Pointer.activity(r.nextInt(placed ? 90 : 3), r.nextInt(placed ? 15 : 3));
        } else if (shape < 8) {
            p = Pointer.section(r.nextInt(placed ? 90 : 3));
        } else {
            p = Pointer.root();
        }
        int below = r.nextInt(4);
        for (int i = 0; i < below; i++) {
            p = r.nextBoolean() ? p.add(SEGMENTS[r.nextInt(SEGMENTS.length)]) : p.add(r.nextInt(12));
        }
        return p;
    }

    /** Violations of few codes and messages, so that many compare equal, each told apart by its arguments. */
    private static List<Violation> randomViolations(SplittableRandom r, int n, boolean placed) {
        List<Violation> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Violation(
                    CODES[r.nextInt(CODES.length)],
                    Severity.values()[r.nextInt(Severity.values().length)],
                    r.nextInt(5) == 0 ? Document.MONITORING : Document.ROADMAP,
                    randomPointer(r, placed),
                    MESSAGES[r.nextInt(MESSAGES.length)],
                    Map.of("i", i)));
        }
        return all;
    }

    /**
     * Sorts both ways and compares the lists element by element, by identity.
     *
     * @return whether the violations were sorted by their places
     */
    private static boolean assertSortsAsAStableSort(List<Violation> violations) {
        List<Violation> expected = new ArrayList<>(violations);
        expected.sort(null);
        List<Violation> actual = new ArrayList<>(violations);
        boolean byPlaces = ViolationOrder.sort(actual);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i))
                    .as("violation %d of %d", i, expected.size())
                    .isSameAs(expected.get(i));
        }
        return byPlaces;
    }

    @Nested
    class OverRandomViolations {

        @Test
        void ofPlacedPointersSortAsAStableSortByTheirPlaces() {
            SplittableRandom random = new SplittableRandom(20261123L);
            for (int run = 0; run < 300; run++) {
                List<Violation> placed = randomViolations(random, random.nextInt(0, 3000), true);
                // no pointer without a place, nor one whose index would take 30 bits
                placed.removeIf(v -> v.pointer().place() == Pointer.UNPLACED
                        || v.pointer().toString().contains("999999999"));
                assertThat(assertSortsAsAStableSort(placed))
                        .as("sorted by places")
                        .isEqualTo(placed.size() >= 64);
            }
        }

        @Test
        void withUnplacedPointersAmongThemSortAsAStableSort() {
            SplittableRandom random = new SplittableRandom(20261124L);
            for (int run = 0; run < 100; run++) {
                List<Violation> mixed = randomViolations(random, random.nextInt(64, 3000), true);
                Pointer unplaced =
                        Pointer.section(random.nextInt(90)).add("activities").add("a");
                mixed.add(
                        random.nextInt(mixed.size() + 1), new Violation("a.b", Severity.INFO, unplaced, "m", Map.of()));
                assertThat(assertSortsAsAStableSort(mixed))
                        .as("sorted by places")
                        .isFalse();
            }
        }

        @Test
        void ofALargeRoadmapSortByTheirPlaces() {
            // 10,000 sections of 12 activities with violations at sections, activities and below: 14 + 4 bits of
            // places, 17 of positions; a place after the activities must not take 31 bits
            SplittableRandom random = new SplittableRandom(100_000L);
            List<Violation> all = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                int s = random.nextInt(10_000);
                Pointer p = random.nextInt(10) == 0
                        ? Pointer.section(s).add(random.nextBoolean() ? "title" : "number")
                        : Pointer.activity(s, random.nextInt(12)).add("deadline");
                all.add(new Violation(CODES[random.nextInt(CODES.length)], Severity.WARNING, p, "m", Map.of()));
            }
            all.add(new Violation("a.b", Severity.ERROR, Pointer.parse("/title"), "m", Map.of()));
            all.add(new Violation("a.b", Severity.ERROR, Document.MONITORING, Pointer.root(), "m", Map.of()));

            assertThat(assertSortsAsAStableSort(all)).as("sorted by places").isTrue();
        }

        @Test
        void crowdedIntoFewPlacesSortAsAStableSort() {
            SplittableRandom random = new SplittableRandom(7L);
            for (int run = 0; run < 300; run++) {
                assertSortsAsAStableSort(randomViolations(random, random.nextInt(0, 500), false));
            }
        }

        @Test
        void ofEveryPointerOfTwoSegmentsAndAFewMoreSortAsAStableSort() {
            // every pair of segments below the root, below /sections and below an activity, twice each
            List<Pointer> pointers = new ArrayList<>();
            for (Pointer start : List.of(Pointer.root(), Pointer.root().add("sections"), Pointer.activity(3, 4))) {
                for (String a : SEGMENTS) {
                    pointers.add(start.add(a));
                    for (String b : SEGMENTS) {
                        pointers.add(start.add(a).add(b));
                    }
                }
            }
            List<Violation> all = new ArrayList<>();
            for (Pointer p : pointers) {
                all.add(new Violation("a.b", Severity.ERROR, p, "m", Map.of("n", 1)));
                all.add(new Violation("a.b", Severity.INFO, p, "m", Map.of("n", 2)));
            }
            Collections.shuffle(all, new java.util.Random(1));
            assertSortsAsAStableSort(all);
        }
    }

    @Nested
    class Places {

        @Test
        void orderPointersAsCompareToWheneverTheyDiffer() {
            SplittableRandom random = new SplittableRandom(61L);
            for (int run = 0; run < 200_000; run++) {
                Pointer a = randomPointer(random, random.nextBoolean());
                Pointer b = randomPointer(random, random.nextBoolean());
                long pa = a.place();
                long pb = b.place();
                if (pa == Pointer.UNPLACED || pb == Pointer.UNPLACED || pa == pb) {
                    continue;
                }
                assertThat(Integer.signum(a.compareTo(b)))
                        .as("%s (%x) and %s (%x)", a, pa, b, pb)
                        .isEqualTo(Long.signum(pa - pb));
            }
        }

        @Test
        void placeTheShapesTheRulesReportAt() {
            assertThat(Pointer.root().place()).isZero();
            assertThat(Pointer.parse("/period/start").place()).isZero();
            assertThat(Pointer.parse("/objectives/0").place()).isZero();
            assertThat(Pointer.parse("/sections").place()).isZero();
            assertThat(Pointer.parse("/0/sections").place()).isZero();
            assertThat(Pointer.parse("/title").place()).isEqualTo(2L << 61);
            assertThat(Pointer.parse("/targets/0").place()).isEqualTo(2L << 61);
            assertThat(Pointer.section(5).place()).isEqualTo(1L << 61 | 5L << 31);
            assertThat(Pointer.section(5).add("title").place()).isEqualTo(1L << 61 | 5L << 31 | Integer.MAX_VALUE);
            assertThat(Pointer.section(5).add("activities").place()).isEqualTo(1L << 61 | 5L << 31 | 1);
            assertThat(Pointer.activity(5, 0).place()).isEqualTo(1L << 61 | 5L << 31 | 2);
            assertThat(Pointer.activity(5, 9).add("results").add(2).place()).isEqualTo(1L << 61 | 5L << 31 | 11);
            assertThat(Pointer.activity(999_999_999, 999_999_999).place())
                    .isEqualTo(1L << 61 | 999_999_999L << 31 | 999_999_999L + 2);
        }

        @Test
        void leaveUnplacedWhatTheirNumbersCannotOrder() {
            assertThat(Pointer.parse("/sections/a").place()).isEqualTo(Pointer.UNPLACED);
            assertThat(Pointer.parse("/sections/007/title").place()).isEqualTo(Pointer.UNPLACED);
            assertThat(Pointer.parse("/sections/1/activities/01").place()).isEqualTo(Pointer.UNPLACED);
            assertThat(Pointer.parse("/sections/1/activities/x/title").place()).isEqualTo(Pointer.UNPLACED);
            assertThat(Pointer.section(1_000_000_000).place()).isEqualTo(Pointer.UNPLACED);
            assertThat(Pointer.parse("/sections/1234567890").place()).isEqualTo(Pointer.UNPLACED);
        }
    }
}
