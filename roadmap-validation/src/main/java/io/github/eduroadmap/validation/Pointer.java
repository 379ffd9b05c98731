package io.github.eduroadmap.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A JSON Pointer (RFC 6901) into a document as serialized by eduroadmap's file format: {@code
 * /sections/1/activities/4/deadline}. Immutable.
 *
 * <p>Pointers order by document position: segment by segment, numbers numerically, a pointer before everything
 * below it.
 */
public final class Pointer implements Comparable<Pointer> {

    private static final Pointer ROOT = new Pointer(List.of());

    private final List<String> segments;

    private Pointer(List<String> segments) {
        this.segments = segments;
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
        return ROOT.add("sections").add(section);
    }

    /**
     * Returns the pointer to an activity, {@code /sections/<section>/activities/<activity>}.
     *
     * @param section the section's index
     * @param activity the activity's index within the section
     * @return the pointer
     */
    public static Pointer activity(int section, int activity) {
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
        List<String> parts = new ArrayList<>();
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
            parts.add(s.toString());
        }
        return new Pointer(Collections.unmodifiableList(parts));
    }

    /**
     * Returns the pointer to a member of the value this pointer points to.
     *
     * @param name the member's name
     * @return the longer pointer
     */
    public Pointer add(String name) {
        Objects.requireNonNull(name, "name");
        List<String> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(name);
        return new Pointer(Collections.unmodifiableList(longer));
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
        return add(Integer.toString(index));
    }

    /**
     * Returns the pointer to the value that holds the value this pointer points to.
     *
     * @return the pointer one segment shorter; the root for the root
     */
    public Pointer parent() {
        return segments.isEmpty() ? this : new Pointer(segments.subList(0, segments.size() - 1));
    }

    /**
     * Returns the unescaped segments.
     *
     * @return the segments, empty for the root
     */
    public List<String> segments() {
        return segments;
    }

    @Override
    public int compareTo(Pointer other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            String a = segments.get(i);
            String b = other.segments.get(i);
            if (a.equals(b)) {
                continue;
            }
            boolean an = isIndex(a);
            boolean bn = isIndex(b);
            if (an && bn) {
                int c = a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
                if (c != 0) {
                    return c;
                }
            } else {
                return a.compareTo(b);
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
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
        return o instanceof Pointer && ((Pointer) o).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * Returns the pointer as RFC 6901 text, with {@code ~} and {@code /} escaped.
     *
     * @return e.g. {@code /sections/1/activities/4/deadline}
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (String segment : segments) {
            s.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
