package io.github.eduroadmap.validation;

import java.util.List;
import java.util.Objects;

/**
 * A JSON Pointer (RFC 6901) into a document as serialized by eduroadmap's file format: {@code
 * /sections/1/activities/4/deadline}. Immutable.
 *
 * <p>Pointers order by document position: segment by segment, a pointer before everything below it. Segments of one
 * to nine digits (list indices) order by their numbers and come before all other segments (member names), which order
 * by their chars; so the order stays total where the two meet, as they may among the keys of one object.
 */
public final class Pointer implements Comparable<Pointer> {

    private static final Pointer ROOT = new Pointer(null, null, false);

    /** The text of the small list indices, made once: a pointer to an element needs no number formatting. */
    private static final String[] INDICES = new String[1024];

    /** {@code /sections}, shared by every pointer into the sections. */
    private static final Pointer SECTIONS;

    /** {@code /sections/<s>/activities} for the first sections, shared by every pointer into their activities. */
    private static final Pointer[] ACTIVITIES = new Pointer[64];

    static {
        for (int i = 0; i < INDICES.length; i++) {
            INDICES[i] = Integer.toString(i);
        }
        SECTIONS = ROOT.add("sections");
        SECTIONS.toString();
        for (int s = 0; s < ACTIVITIES.length; s++) {
            ACTIVITIES[s] = SECTIONS.add(s).add("activities");
            // made now, so that the text of a pointer to an activity is one concatenation
            ACTIVITIES[s].toString();
        }
    }

    // A pointer is its parent and its last segment: a rule that reports at many places below one activity shares
    // the activity's pointer, and each step costs one small object instead of a copy of every segment.
    private final Pointer parent;
    private final String segment;
    private final int size;
    private final boolean index;
    private final int hash;

    /** The segments, made on first request; an immutable list, so safe to publish through a data race. */
    private List<String> segments;

    /** The text, made on first request. */
    private String text;

    private Pointer(Pointer parent, String segment, boolean index) {
        this.parent = parent;
        this.segment = segment;
        this.size = parent == null ? 0 : parent.size + 1;
        this.index = index;
        this.hash = parent == null ? 1 : 31 * parent.hash + segment.hashCode();
    }

    /**
     * Returns the pointer to the whole document, {@code ""}.
     *
     * @return the root pointer
     */
    public static Pointer root() {
        return ROOT;
    }

    /**
     * Returns the pointer to a section, {@code /sections/<section>}.
     *
     * @param section the section's index
     * @return the pointer
     */
    public static Pointer section(int section) {
        return SECTIONS.add(section);
    }

    /**
     * Returns the pointer to an activity, {@code /sections/<section>/activities/<activity>}.
     *
     * @param section the section's index
     * @param activity the activity's index within the section
     * @return the pointer
     */
    public static Pointer activity(int section, int activity) {
        if (section >= 0 && section < ACTIVITIES.length) {
            return ACTIVITIES[section].add(activity);
        }
        return section(section).add("activities").add(activity);
    }

    /**
     * Reads a pointer.
     *
     * @param text a JSON Pointer such as {@code /sections/0/title}, or {@code ""} for the root
     * @return the pointer
     * @throws IllegalArgumentException if {@code text} is not a JSON Pointer
     */
    public static Pointer parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/', got \"" + text + "\"");
        }
        Pointer p = ROOT;
        for (String raw : text.substring(1).split("/", -1)) {
            StringBuilder s = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '~') {
                    char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
                    if (next == '0') {
                        s.append('~');
                    } else if (next == '1') {
                        s.append('/');
                    } else {
                        throw new IllegalArgumentException("'~' must be followed by 0 or 1 in \"" + text + "\"");
                    }
                    i++;
                } else {
                    s.append(c);
                }
            }
            p = p.add(s.toString());
        }
        return p;
    }

    /**
     * Returns the pointer to a member of the value this pointer points to.
     *
     * @param name the member's name
     * @return the longer pointer
     */
    public Pointer add(String name) {
        return new Pointer(this, Objects.requireNonNull(name, "name"), isIndex(name));
    }

    /**
     * Returns the pointer to an element of the list this pointer points to.
     *
     * @param index the element's index
     * @return the longer pointer
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Pointer add(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a list index is not negative, got " + index);
        }
        return new Pointer(this, index < INDICES.length ? INDICES[index] : Integer.toString(index), index <= MAX_INDEX);
    }

    /** The largest index whose text {@link #isIndex(String)} takes for an index: at most nine digits. */
    private static final int MAX_INDEX = 999_999_999;

    /**
     * Returns the pointer to the value that holds the value this pointer points to.
     *
     * @return the pointer one segment shorter; the root for the root
     */
    public Pointer parent() {
        return parent == null ? this : parent;
    }

    /**
     * Returns the unescaped segments.
     *
     * @return the segments, empty for the root
     */
    public List<String> segments() {
        List<String> s = segments;
        if (s == null) {
            String[] all = new String[size];
            for (Pointer p = this; p.parent != null; p = p.parent) {
                all[p.size - 1] = p.segment;
            }
            s = List.of(all);
            segments = s;
        }
        return s;
    }

    @Override
    public int compareTo(Pointer other) {
        if (this == other) {
            return 0;
        }
        Pointer a = this;
        Pointer b = other;
        while (a.size > b.size) {
            a = a.parent;
        }
        while (b.size > a.size) {
            b = b.parent;
        }
        int c = compareSameLength(a, b);
        return c != 0 ? c : Integer.compare(size, other.size);
    }

    /**
     * Compares pointers of the same length segment by segment from the first: in one walk up from the last segments
     * to the pointer both share (the root at least), the segments nearest the root that differ decide.
     */
    private static int compareSameLength(Pointer a, Pointer b) {
        int c = 0;
        while (a != b) {
            int here = compareSegments(a, b);
            if (here != 0) {
                c = here;
            }
            a = a.parent;
            b = b.parent;
        }
        return c;
    }

    private static int compareSegments(Pointer x, Pointer y) {
        String a = x.segment;
        String b = y.segment;
        if (a.equals(b)) {
            return 0;
        }
        if (x.index != y.index) {
            // by kind, so that the order stays transitive: were "2" and "10" compared as numbers and each of them
            // by its chars with "1a", then "2" < "10" < "1a" < "2"
            return x.index ? -1 : 1;
        }
        if (x.index) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    /** What {@link #place()} returns for a pointer it cannot place. */
    static final long UNPLACED = -1;

    /**
     * Returns where this pointer sorts among the sections and their activities, for sorting many pointers by numbers
     * first: a pointer whose place is smaller sorts before one whose place is larger, while pointers of equal places
     * may sort either way, and only {@link #compareTo} can tell.
     *
     * <p>The place is three numbers in one {@code long}: the zone in bits 61 and 62 (0 before the sections, 1 among
     * them, 2 after them), the section's index in bits 31 to 60, and in bits 0 to 30 the place below the section (0
     * the section itself and what sorts before its activities, 1 {@code activities}, 2 + the index of an activity and
     * what is below it, {@link Integer#MAX_VALUE} what sorts after the activities). Indices are compared as numbers;
     * an index with a leading zero (which does not order as its number) or a name where the format has an index makes
     * the pointer {@link #UNPLACED}.
     *
     * @return the place, or {@link #UNPLACED}
     */
    long place() {
        if (parent == null) {
            return 0;
        }
        Pointer p = this;
        while (p.size > 4) {
            p = p.parent;
        }
        Pointer fourth = null;
        Pointer third = null;
        Pointer second = null;
        if (p.size == 4) {
            fourth = p;
            p = p.parent;
        }
        if (p.size == 3) {
            third = p;
            p = p.parent;
        }
        if (p.size == 2) {
            second = p;
            p = p.parent;
        }
        int first = againstName(p, "sections");
        if (first < 0 || first == 0 && second == null) {
            return 0;
        }
        if (first > 0) {
            return 2L << 61;
        }
        long section = second.placedIndex();
        if (section < 0) {
            return UNPLACED;
        }
        long below;
        if (third == null) {
            below = 0;
        } else {
            int c = againstName(third, "activities");
            if (c != 0) {
                below = c < 0 ? 0 : Integer.MAX_VALUE;
            } else if (fourth == null) {
                below = 1;
            } else {
                long activity = fourth.placedIndex();
                if (activity < 0) {
                    return UNPLACED;
                }
                below = 2 + activity;
            }
        }
        return 1L << 61 | section << 31 | below;
    }

    /** Compares the last segment of {@code x} with a name as {@link #compareSegments} would: an index comes first. */
    private static int againstName(Pointer x, String name) {
        return x.index ? -1 : x.segment.compareTo(name);
    }

    /**
     * Returns the last segment as a number, below 2<sup>30</sup> (an index has at most nine digits), when it is an index
     * that orders as its number (no leading zero); -1 otherwise.
     */
    private long placedIndex() {
        if (!index || segment.length() > 1 && segment.charAt(0) == '0') {
            return -1;
        }
        return Integer.parseInt(segment);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Pointer)) {
            return false;
        }
        Pointer a = this;
        Pointer b = (Pointer) o;
        if (a.size != b.size || a.hash != b.hash) {
            return false;
        }
        while (a != b) {
            if (!a.segment.equals(b.segment)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    /** Returns the hash code of the {@link #segments() segments}, as a list's. */
    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * Returns the pointer as RFC 6901 text, with {@code ~} and {@code /} escaped.
     *
     * @return e.g. {@code /sections/1/activities/4/deadline}
     */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = parent == null ? "" : textBelow();
            text = t;
        }
        return t;
    }

    /**
     * Returns the text of a pointer below the root: the text of the nearest pointer above it whose text is known
     * (the root's at least, and those of the lists the rules report in), then the segments below it, joined by "/"
     * in one copy into a string of the right size.
     */
    private String textBelow() {
        Pointer known = parent;
        // each text read once: it may be published by a race, and is either unset or final
        String above = knownText(known);
        while (above == null) {
            known = known.parent;
            above = knownText(known);
        }
        if (known == parent) {
            return above + "/" + escaped();
        }
        String[] parts = new String[size - known.size + 1];
        parts[0] = above;
        for (Pointer p = this; p != known; p = p.parent) {
            parts[p.size - known.size] = p.escaped();
        }
        return String.join("/", parts);
    }

    /** Returns the text of a pointer if it is known, "" for the root; null when it is yet to be made. */
    private static String knownText(Pointer p) {
        return p.parent == null ? "" : p.text;
    }

    /** Returns the last segment as RFC 6901 writes it. */
    private String escaped() {
        return index ? segment : escape(segment);
    }

    /** Escapes {@code ~} and {@code /} in a segment as RFC 6901 says. */
    private static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
