package io.github.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** JSON Pointers: building, text, order and equality, checked against the plain list of their segments. */
class PointerTests {

    /** The order of the format's documents, segment by segment: indexes by value before names, names by their chars. */
    static final Comparator<List<String>> BY_SEGMENTS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) {
                continue;
            }
            boolean xIndex = x.matches("[0-9]{1,9}");
            boolean yIndex = y.matches("[0-9]{1,9}");
            if (xIndex != yIndex) {
                return xIndex ? -1 : 1;
            }
            if (xIndex) {
                return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
            }
            return x.compareTo(y);
        }
        return Integer.compare(a.size(), b.size());
    };

    private static final String[] SEGMENTS = {
        "sections",
        "activities",
        "results",
        "0",
        "1",
        "2",
        "9",
        "10",
        "11",
        "100",
        "01",
        "1234567890",
        "a/b",
        "~",
        "~1",
        "",
        "deadline",
        "Раздел",
        "1a",
        "-1",
        "2"
    };

    private static List<String> randomSegments(SplittableRandom r) {
        List<String> s = new ArrayList<>();
        int n = r.nextInt(0, 6);
        for (int i = 0; i < n; i++) {
            s.add(SEGMENTS[r.nextInt(SEGMENTS.length)]);
        }
        return s;
    }

    private static Pointer of(List<String> segments) {
        Pointer p = Pointer.root();
        for (String s : segments) {
            p = p.add(s);
        }
        return p;
    }

    @Nested
    class OverRandomPointers {

        @Test
        void orderEqualityHashAndTextAgreeWithTheSegments() {
            SplittableRandom random = new SplittableRandom(6901L);
            for (int run = 0; run < 20_000; run++) {
                List<String> a = randomSegments(random);
                List<String> b = random.nextInt(4) == 0 ? new ArrayList<>(a) : randomSegments(random);
                Pointer pa = of(a);
                Pointer pb = of(b);
                String what = a + " and " + b;

                assertThat(Integer.signum(pa.compareTo(pb)))
                        .as(what)
                        .isEqualTo(Integer.signum(BY_SEGMENTS.compare(a, b)));
                assertThat(pa.equals(pb)).as(what).isEqualTo(a.equals(b));
                assertThat(pa.hashCode()).as(what).isEqualTo(a.hashCode());
                assertThat(pa.segments()).as(what).isEqualTo(a);
                assertThat(Pointer.parse(pa.toString())).as(what).isEqualTo(pa);
                assertThat(Pointer.parse(pa.toString()).segments()).as(what).isEqualTo(a);
            }
        }
    }

    @Nested
    class SharingTheirBeginnings {

        /** The text RFC 6901 gives the segments: each after a "/", "~" and "/" escaped. */
        private String textOf(List<String> segments) {
            StringBuilder s = new StringBuilder();
            for (String segment : segments) {
                s.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            }
            return s.toString();
        }

        @Test
        void textAndOrderDoNotDependOnWhichTextsWereMadeFirst() {
            SplittableRandom random = new SplittableRandom(2026L);
            for (int run = 0; run < 500; run++) {
                // a tree of pointers, each below one made before it (the activities' lists among them)
                List<Pointer> pointers = new ArrayList<>(List.of(Pointer.root(), Pointer.activity(1, 2)));
                List<List<String>> segments =
                        new ArrayList<>(List.of(List.of(), List.of("sections", "1", "activities", "2")));
                for (int i = 0; i < 12; i++) {
                    int from = random.nextInt(pointers.size());
                    String segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
                    pointers.add(pointers.get(from).add(segment));
                    List<String> below = new ArrayList<>(segments.get(from));
                    below.add(segment);
                    segments.add(below);
                }
                // texts asked for in a random order: some made below a known text, some not
                for (int i = 0; i < pointers.size(); i++) {
                    int at = random.nextInt(pointers.size());
                    assertThat(pointers.get(at).toString()).isEqualTo(textOf(segments.get(at)));
                }
                for (int i = 0; i < pointers.size(); i++) {
                    for (int j = 0; j < pointers.size(); j++) {
                        String what = segments.get(i) + " and " + segments.get(j);
                        assertThat(Integer.signum(pointers.get(i).compareTo(pointers.get(j))))
                                .as(what)
                                .isEqualTo(Integer.signum(BY_SEGMENTS.compare(segments.get(i), segments.get(j))));
                    }
                    assertThat(pointers.get(i).toString()).isEqualTo(textOf(segments.get(i)));
                }
            }
        }
    }

    @Test
    void ordersIndexesByValueAndAPointerBeforeWhatIsBelowIt() {
        List<Pointer> sorted = new ArrayList<>(List.of(
                Pointer.activity(1, 10),
                Pointer.activity(1, 2).add("title"),
                Pointer.activity(1, 2),
                Pointer.section(0),
                Pointer.root().add("id"),
                Pointer.root()));
        sorted.sort(null);

        assertThat(sorted)
                .extracting(Pointer::toString)
                .containsExactly(
                        "",
                        "/id",
                        "/sections/0",
                        "/sections/1/activities/2",
                        "/sections/1/activities/2/title",
                        "/sections/1/activities/10");
    }

    @Test
    void ordersIndexesBeforeNamesSoThatTheOrderIsTransitive() {
        // "2" < "10" as numbers; were "10" and "1a" compared by their chars, "10" < "1a" < "2": a cycle, and a sort
        // of such pointers could fail with "Comparison method violates its general contract"
        Pointer two = Pointer.root().add(2);
        Pointer ten = Pointer.root().add(10);
        Pointer name = Pointer.root().add("1a");
        Pointer tenDigits = Pointer.root().add("1073741824");

        assertThat(two).isLessThan(ten);
        assertThat(ten).isLessThan(name);
        assertThat(two).isLessThan(name);
        assertThat(ten).isLessThan(tenDigits);
        SplittableRandom random = new SplittableRandom(3L);
        for (int run = 0; run < 100_000; run++) {
            Pointer a = of(randomSegments(random));
            Pointer b = of(randomSegments(random));
            Pointer c = of(randomSegments(random));
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).as("%s, %s, %s", a, b, c).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void pointersBuiltFromIndexesAreThoseBuiltFromTheirDigits() {
        SplittableRandom random = new SplittableRandom(193L);
        int[] edges = {0, 1, 63, 64, 65, 1023, 1024, 1025, 999_999_999, Integer.MAX_VALUE};
        for (int run = 0; run < 5_000; run++) {
            int s = run < edges.length ? edges[run] : random.nextInt(0, 2_000);
            int a = run < edges.length ? edges[edges.length - 1 - run] : random.nextInt(0, 2_000);
            Pointer built = Pointer.activity(s, a).add(a);
            Pointer fromText = Pointer.root()
                    .add("sections")
                    .add(Integer.toString(s))
                    .add("activities")
                    .add(Integer.toString(a))
                    .add(Integer.toString(a));
            Pointer other = Pointer.section(a).add("activities").add(s).add(s);
            List<String> otherSegments = List.of("sections", "" + a, "activities", "" + s, "" + s);

            assertThat(built).isEqualTo(fromText).hasSameHashCodeAs(fromText).hasToString(fromText.toString());
            assertThat(built.toString()).isEqualTo("/sections/" + s + "/activities/" + a + "/" + a);
            assertThat(Integer.signum(built.compareTo(other)))
                    .as("%s and %s", built, other)
                    .isEqualTo(Integer.signum(BY_SEGMENTS.compare(built.segments(), otherSegments)))
                    .isEqualTo(Integer.signum(fromText.compareTo(Pointer.parse(other.toString()))));
        }
    }

    @Test
    void escapesTildeAndSlashInItsText() {
        Pointer p = Pointer.root().add("a/b").add("~c");

        assertThat(p).hasToString("/a~1b/~0c");
        assertThat(Pointer.parse("/a~1b/~0c")).isEqualTo(p);
    }

    @Test
    void refusesWhatIsNoPointer() {
        assertThatThrownBy(() -> Pointer.parse("sections")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pointer.parse("/a~2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pointer.root().add(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
