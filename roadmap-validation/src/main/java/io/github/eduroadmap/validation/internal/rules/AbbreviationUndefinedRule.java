package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code abbreviation.undefined}: an abbreviation used in a text of the roadmap (titles, results, executors, notes,
 * goals, the approval document, context ...) that the roadmap does not define and that is not among the
 * {@link RuleContext#knownAbbreviations() known abbreviations}. Each undefined abbreviation is reported once, at its
 * first place in the document, with the number of its other places.
 *
 * <p>Defined are the abbreviations of the glossary of organisations, of the terms, and those a text defines itself
 * ("(далее – РПШ)", "(ШНОР)"). A run of abbreviations is read left to right: the longest defined abbreviation at each
 * point is taken; what remains is undefined unless it is made of known abbreviations, and an undefined remainder is
 * reported whole ("ГАУ ДПО ПК ИРО" when only "ГАУ ДПО" is known, "ИС МЭДК" when only "ИС" is).
 *
 * <p>Variants: {@code part} when the abbreviation is a piece of a defined one ("ПК ИРО" where "ГАУ ДПО ПК ИРО" is
 * defined); {@code suggestion} when a defined or known abbreviation is one edit away ("ШНРО" for "ШНОР", a
 * transposition; "ГАУ ДПО Ж ИРО" for "ГАУ ДПО ПК ИРО", one word misread; "АУ ДПО" for "ГАУ ДПО", a letter lost).
 * Abbreviations are compared with those of as many words: a single abbreviation of four letters or more letter by
 * letter; in a run, one word of three letters or more letter by letter, the others equal; in a run of three words or
 * more, also word by word (one word replaced, or two swapped). Two letters ("ОО", "МО") are too few to guess from.
 */
public final class AbbreviationUndefinedRule extends BuiltInRule {

    /** Shortest abbreviation compared letter by letter for a suggestion. */
    private static final int SHORTEST_COMPARED = 4;

    /** Shortest word of a run of abbreviations compared letter by letter for a suggestion. */
    private static final int SHORTEST_WORD_COMPARED = 3;

    /** Most words of one abbreviation. */
    private static final int LONGEST_WORDS = 8;

    /** Fewest words of a run compared word by word for a suggestion. */
    private static final int FEWEST_WORDS_COMPARED = 3;

    /** Creates the rule. */
    public AbbreviationUndefinedRule() {
        super(
                "abbreviation.undefined",
                Severity.WARNING,
                StructureRules.BUNDLE,
                "suggestion",
                "part",
                "once",
                "suggestion.once",
                "part.once");
    }

    /** An undefined abbreviation: where it is first used and how many other places use it. */
    private static final class Undefined {
        final List<String> tokens;
        final Pointer first;
        int places;
        int lastPlace;

        Undefined(List<String> tokens, Pointer first) {
            this.tokens = tokens;
            this.first = first;
        }
    }

    /** A text that holds abbreviations, read once however often it is printed. */
    private static final class Read {
        final List<Abbreviations.Use> uses;
        /** The undefined abbreviations of its uses, in order, known once its first place is counted. */
        Undefined[] units;

        Read(List<Abbreviations.Use> uses) {
            this.uses = uses;
        }
    }

    @Override
    public void check(RuleContext context) {
        Roadmap r = context.roadmap();
        Map<String, List<String>> defined = new LinkedHashMap<>();
        for (Organisation o : r.organisations()) {
            o.abbreviation().ifPresent(a -> define(defined, a));
        }
        for (Term t : r.terms()) {
            define(defined, t.abbreviation());
        }
        RoadmapTexts texts = RoadmapTexts.of(context, RoadmapTexts.Check.ABBREVIATIONS);
        // the places whose texts use abbreviations: at each index of the texts, the text read, or null
        Read[] places = new Read[texts.size()];
        // most texts hold no abbreviation and are passed over at a glance; the others repeat (executors above all)
        // and are read once each
        Map<String, Read> read = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            if (!texts.passes(t, RoadmapTexts.Check.ABBREVIATIONS)) {
                continue;
            }
            String text = texts.text(t);
            Read found = read.get(text);
            if (found == null) {
                Abbreviations.Found f = Abbreviations.in(text);
                // a text defines its abbreviations at its first place; its other places add nothing
                for (Abbreviations.Use d : f.definitions()) {
                    defined.putIfAbsent(d.text(), d.tokens());
                }
                found = new Read(f.uses());
                read.put(text, found);
            }
            if (!found.uses.isEmpty()) {
                places[t] = found;
            }
        }
        Set<String> known = new HashSet<>();
        for (String k : context.knownAbbreviations()) {
            known.add(Texts.spaced(k));
        }
        Map<List<String>, Undefined> undefined = new LinkedHashMap<>();
        Map<String, List<List<String>>> parts = new HashMap<>();
        int placeNumber = 0;
        for (int t = 0; t < places.length; t++) {
            Read text = places[t];
            if (text == null) {
                continue;
            }
            placeNumber++;
            if (text.units == null) {
                text.units = units(text.uses, texts, t, undefined, parts, defined, known);
            }
            for (Undefined u : text.units) {
                if (u.lastPlace != placeNumber) {
                    u.places++;
                    u.lastPlace = placeNumber;
                }
            }
        }
        if (undefined.isEmpty()) {
            return;
        }
        Candidates definedCandidates = new Candidates(defined.keySet());
        Candidates knownCandidates = new Candidates(new TreeSet<>(known));
        for (Undefined u : undefined.values()) {
            report(context, String.join(" ", u.tokens), u, defined, definedCandidates, knownCandidates);
        }
    }

    /**
     * Returns the undefined abbreviations of the uses of a text at its first place (the text of that index), each
     * found in or added to {@code undefined} (first at that place).
     */
    private static Undefined[] units(
            List<Abbreviations.Use> uses,
            RoadmapTexts texts,
            int text,
            Map<List<String>, Undefined> undefined,
            Map<String, List<List<String>>> parts,
            Map<String, List<String>> defined,
            Set<String> known) {
        List<Undefined> units = new ArrayList<>();
        for (Abbreviations.Use use : uses) {
            List<List<String>> pieces = parts.get(use.text());
            if (pieces == null) {
                pieces = undefinedParts(use.tokens(), defined, known);
                parts.put(use.text(), pieces);
            }
            for (List<String> unit : pieces) {
                Undefined u = undefined.get(unit);
                if (u == null) {
                    u = new Undefined(unit, texts.where(text));
                    undefined.put(unit, u);
                }
                units.add(u);
            }
        }
        return units.toArray(new Undefined[0]);
    }

    private static void define(Map<String, List<String>> defined, String abbreviation) {
        String s = Texts.spaced(abbreviation);
        if (!s.isEmpty()) {
            defined.putIfAbsent(s, Arrays.asList(s.split(" ")));
        }
    }

    /** Returns the undefined pieces of a run of abbreviations, each a list of its words. */
    static List<List<String>> undefinedParts(
            List<String> tokens, Map<String, List<String>> defined, Set<String> known) {
        List<List<String>> parts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = longest(tokens, i, defined.keySet());
            if (end > i) {
                flush(rest, known, parts);
                i = end;
            } else {
                rest.add(tokens.get(i));
                i++;
            }
        }
        flush(rest, known, parts);
        return parts;
    }

    private static void flush(List<String> rest, Set<String> known, List<List<String>> parts) {
        if (rest.isEmpty()) {
            return;
        }
        int i = 0;
        while (i < rest.size()) {
            int end = longest(rest, i, known);
            if (end == i) {
                parts.add(List.copyOf(rest));
                break;
            }
            i = end;
        }
        rest.clear();
    }

    /** Returns the end of the longest run of words from {@code from} that is one of {@code set}, or {@code from}. */
    private static int longest(List<String> tokens, int from, Set<String> set) {
        StringBuilder b = new StringBuilder();
        int best = from;
        for (int j = from; j < tokens.size() && j < from + LONGEST_WORDS; j++) {
            if (j > from) {
                b.append(' ');
            }
            b.append(tokens.get(j));
            if (set.contains(b.toString())) {
                best = j + 1;
            }
        }
        return best;
    }

    private void report(
            RuleContext context,
            String abbreviation,
            Undefined u,
            Map<String, List<String>> defined,
            Candidates definedCandidates,
            Candidates knownCandidates) {
        int others = u.places - 1;
        // an abbreviation used in one place only gets the message without the count of other places
        String once = others == 0 ? ".once" : "";
        for (Map.Entry<String, List<String>> d : defined.entrySet()) {
            List<String> full = d.getValue();
            if (full.size() > u.tokens.size() && contains(full, u.tokens)) {
                context.report(
                        u.first,
                        "part" + once,
                        Args.of("abbreviation", abbreviation, "full", d.getKey(), "others", others));
                return;
            }
        }
        String suggestion = definedCandidates.nearest(u.tokens);
        if (suggestion == null) {
            suggestion = knownCandidates.nearest(u.tokens);
        }
        if (suggestion != null) {
            context.report(
                    u.first,
                    "suggestion" + once,
                    Args.of("abbreviation", abbreviation, "suggestion", suggestion, "others", others));
        } else if (others == 0) {
            context.report(u.first, "once", Args.of("abbreviation", abbreviation, "others", others));
        } else {
            context.report(u.first, Args.of("abbreviation", abbreviation, "others", others));
        }
    }

    private static boolean contains(List<String> full, List<String> piece) {
        for (int i = 0; i + piece.size() <= full.size(); i++) {
            if (full.subList(i, i + piece.size()).equals(piece)) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviations a suggestion is taken from, in order, each split into its words once. */
    private static final class Candidates {
        private final List<String> names;
        private final List<List<String>> words;

        Candidates(Set<String> names) {
            this.names = new ArrayList<>(names);
            this.words = new ArrayList<>(names.size());
            for (String c : names) {
                words.add(Arrays.asList(c.split(" ")));
            }
        }

        /**
         * Returns the first candidate one edit away, or null: for one word, one letter edit in a word of four letters
         * or more; for several words, one letter edit in one word of three letters or more, the other words the
         * same; for three words or more, also one word replaced or two words swapped.
         */
        String nearest(List<String> tokens) {
            for (int i = 0; i < names.size(); i++) {
                List<String> other = words.get(i);
                if (other.size() == tokens.size() && !other.equals(tokens) && isNear(tokens, other)) {
                    return names.get(i);
                }
            }
            return null;
        }
    }

    private static boolean isNear(List<String> tokens, List<String> other) {
        if (tokens.size() == 1) {
            String a = tokens.get(0);
            String b = other.get(0);
            return Math.min(a.length(), b.length()) >= SHORTEST_COMPARED && EditDistance.between(a, b, 1) <= 1;
        }
        if (tokens.size() >= FEWEST_WORDS_COMPARED && EditDistance.between(tokens, other, 1) <= 1) {
            return true;
        }
        int differing = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(other.get(i))) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        String a = tokens.get(differing);
        String b = other.get(differing);
        return Math.max(a.length(), b.length()) >= SHORTEST_WORD_COMPARED && EditDistance.between(a, b, 1) <= 1;
    }
}
