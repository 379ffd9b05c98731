package io.github.eduroadmap.io.internal;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/** Turns what goes wrong while reading into problems that say where. */
public final class Failures {

    private Failures() {}

    /**
     * Converts a problem found while reading.
     *
     * @param e the problem: a {@link ReadFailure}, a {@link LimitExceeded} or another Jackson exception
     * @param p the parser that was reading, for the pointer and location
     * @param input the bytes read, to count lines and characters, or null when the parser's own count must do
     * @param engine the parsers, to find a value by its pointer in {@code input}; null when there is no input
     * @return the problem with its place
     */
    public static Located convert(RuntimeException e, JsonParser p, Input input, Engine engine) {
        boolean yaml = p instanceof YAMLParser;
        if (e instanceof ReadFailure) {
            ReadFailure f = (ReadFailure) e;
            int[] lc;
            if (f.locatedByPointer()) {
                TokenStreamLocation at = input == null || engine == null
                        ? p.currentTokenLocation()
                        : find(engine, yaml, input, f.pointer);
                lc = position(at, p, input);
            } else {
                lc = f.location != null ? position(f.location, p, input) : new int[] {f.line, f.column};
            }
            String pointer = f.pointer != null ? f.pointer : pointer(p);
            return new Located(lc[0], lc[1], pointer, f.problem, f.expected);
        }
        if (e instanceof LimitExceeded) {
            LimitExceeded l = (LimitExceeded) e;
            TokenStreamLocation at = l.getLocation() != null ? l.getLocation() : p.currentLocation();
            int[] lc = position(at, p, input);
            String pointer = pointer(p);
            if (l.name && pointer.lastIndexOf('/') >= 0) {
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            }
            return new Located(lc[0], lc[1], pointer, l.problem, l.expected);
        }
        if (e instanceof JacksonException) {
            JacksonException j = (JacksonException) e;
            Throwable cause = j.getCause();
            if (cause instanceof MarkedYamlEngineException) {
                MarkedYamlEngineException m = (MarkedYamlEngineException) cause;
                int[] lc = m.getProblemMark()
                        .map(mark -> new int[] {mark.getLine() + 1, mark.getColumn() + 1})
                        .orElseGet(() -> position(j.getLocation(), p, input));
                String context = m.getContext();
                String problem = "malformed YAML: " + firstLine(m.getProblem());
                if (context != null && !context.isEmpty()) {
                    problem +=
                            " (" + firstLine(context) + where(m.getContextMark().orElse(null)) + ")";
                }
                return new Located(lc[0], lc[1], pointer(p), problem, "well-formed YAML 1.2");
            }
            TokenStreamLocation at = j.getLocation() != null ? j.getLocation() : p.currentLocation();
            int[] lc = position(at, p, input);
            String message = firstLine(j.getOriginalMessage());
            if (yaml) {
                return new Located(lc[0], lc[1], pointer(p), "malformed YAML: " + message, "well-formed YAML 1.2");
            }
            if (input != null && at.getByteOffset() >= 0 && at.getByteOffset() < input.bytes.length) {
                byte c = input.bytes[(int) at.getByteOffset()];
                if (c == '/' || c == '#') {
                    return new Located(lc[0], lc[1], pointer(p), "a comment", "JSON without comments (RFC 8259)");
                }
            }
            return new Located(lc[0], lc[1], pointer(p), "malformed JSON: " + message, "well-formed JSON (RFC 8259)");
        }
        throw e;
    }

    /**
     * Finds where the value at a pointer starts by reading the document again: reading keeps no locations, so that
     * only a document with a problem pays for them.
     */
    private static TokenStreamLocation find(Engine engine, boolean yaml, Input input, String pointer) {
        try (JsonParser q = engine.parser(yaml, input.bytes)) {
            JsonToken t;
            while ((t = q.nextToken()) != null) {
                if (t != JsonToken.PROPERTY_NAME
                        && !t.isStructEnd()
                        && q.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return q.currentTokenLocation();
                }
            }
        } catch (RuntimeException e) {
            // the document was read this far once already; a failure here cannot come before the value
        }
        return null;
    }

    private static String where(Mark m) {
        return m == null ? "" : " at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static int[] position(TokenStreamLocation at, JsonParser p, Input input) {
        if (at == null) {
            return new int[] {1, 1};
        }
        if (input != null && at.getByteOffset() >= 0 && !(p instanceof YAMLParser)) {
            return input.lineColumn((int) Math.min(Integer.MAX_VALUE, at.getByteOffset()));
        }
        return new int[] {Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())};
    }

    private static String pointer(JsonParser p) {
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
