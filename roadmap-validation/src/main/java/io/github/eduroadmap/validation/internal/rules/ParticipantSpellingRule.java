package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code participant.spelling}: the same school spelled differently in different places ("МОУ «Нижнеильиновская
 * СОШ»" in the list of participants, "МОУ «Нижеильиновская СОШ»" in an activity).
 *
 * <p>The names compared are the participant schools' names and the school names quoted in any text of the roadmap
 * (see {@link SchoolNames}). Two names are the same school spelled differently when they are one edit apart
 * (Damerau-Levenshtein, letter case and "ё" aside), have six letters or more and the same digits ("СОШ № 1" and
 * "СОШ № 2" are two schools). The participants' spelling is the reference; without participants, the first spelling
 * in the document is. Each variant spelling is reported once, at its first place.
 *
 * <p>Names are looked up by their one-letter deletions, so that the work grows with the number of names, not with
 * its square.
 */
public final class ParticipantSpellingRule extends BuiltInRule {

    private static final int SHORTEST = 6;

    /** Longest text taken for the name of a school. */
    private static final int LONGEST = 100;

    /** Creates the rule. */
    public ParticipantSpellingRule() {
        super("participant.spelling", Severity.WARNING, StructureRules.BUNDLE);
    }

    /** A spelling taken as the reference. */
    private record Reference(String name, String key, Pointer where) {}

    /** The references, findable by their one-letter deletions. */
    private static final class Index {
        final Map<String, Reference> exact = new HashMap<>();
        final Map<String, List<Reference>> byDeletion = new HashMap<>();

        void add(Reference r) {
            exact.put(r.key(), r);
            for (String d : deletions(r.key())) {
                byDeletion.computeIfAbsent(d, k -> new ArrayList<>(1)).add(r);
            }
        }

        Reference near(String key) {
            Reference best = null;
            for (String d : deletions(key)) {
                for (Reference r : byDeletion.getOrDefault(d, List.of())) {
                    if (isVariant(key, r.key()) && (best == null || r.where().compareTo(best.where()) < 0)) {
                        best = r;
                    }
                }
            }
            return best;
        }
    }

    @Override
    public void check(RuleContext context) {
        Roadmap r = context.roadmap();
        Index index = new Index();
        Set<String> reported = new HashSet<>();
        List<Participant> participants = r.participants();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (p.kind() != ParticipantKind.SCHOOL) {
                continue;
            }
            List<String> names = SchoolNames.in(p.name());
            if (names.isEmpty()) {
                names = List.of(Texts.spaced(p.name()));
            }
            Pointer where = Pointer.root().add("participants").add(i).add("name");
            for (String name : names) {
                see(context, index, reported, name, where);
            }
        }
        // a text seen again names the same schools again, each already a reference or reported: nothing to do
        Set<String> texts = new HashSet<>();
        RoadmapTexts all = RoadmapTexts.of(context, RoadmapTexts.Check.SCHOOL_NAMES);
        for (int t = 0; t < all.size(); t++) {
            if (!all.passes(t, RoadmapTexts.Check.SCHOOL_NAMES)
                    || all.field(t) == RoadmapTexts.Field.PARTICIPANT
                    || !texts.add(all.text(t))) {
                continue;
            }
            String text = all.text(t);
            List<String> names = SchoolNames.in(text);
            if (names.isEmpty()) {
                continue;
            }
            Pointer at = all.where(t);
            for (String name : names) {
                see(context, index, reported, name, at);
            }
        }
    }

    private void see(RuleContext context, Index index, Set<String> reported, String name, Pointer where) {
        String key = Texts.comparable(name);
        if (key.length() > LONGEST || index.exact.containsKey(key) || reported.contains(key)) {
            return;
        }
        Reference near = index.near(key);
        if (near != null) {
            reported.add(key);
            context.report(
                    where,
                    Args.of(
                            "name",
                            name,
                            "other",
                            near.name(),
                            "where",
                            near.where().toString()));
        } else {
            index.add(new Reference(name, key, where));
        }
    }

    /** Returns a text and every text one letter shorter. */
    private static List<String> deletions(String key) {
        List<String> all = new ArrayList<>(key.length() + 1);
        all.add(key);
        for (int i = 0; i < key.length(); i++) {
            all.add(key.substring(0, i) + key.substring(i + 1));
        }
        return all;
    }

    private static boolean isVariant(String a, String b) {
        return !a.equals(b)
                && letters(a) >= SHORTEST
                && letters(b) >= SHORTEST
                && digits(a).equals(digits(b))
                && EditDistance.between(a, b, 1) <= 1;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
