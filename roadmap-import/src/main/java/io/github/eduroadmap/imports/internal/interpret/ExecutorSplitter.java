package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.RoleExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an executor cell into executors and reads each against the glossary.
 *
 * <p>Separators: line breaks (a line in lower case, in brackets or after an open bracket continues the line before;
 * so does a line whose first word is an adjective in an oblique case, "Надеждинского"), ";" and "," outside
 * brackets and quotes (but a comma before a participle, "Органы местного самоуправления, осуществляющие ...", joins),
 * and "совместно с" / "при участии" (which stay in the words of the executor they introduce). Executors run together
 * without a separator are split too, and reported: after a "(далее – X)" definition; between two glossary
 * abbreviations or names ("Министерство ПК ИРО", "ОМСУ ПК ИРО", "МОУО ИРО"); after a chain of capital-letter
 * abbreviations before a capitalised word ("ГАУ ДПО ПК ИРО Муниципальные кураторы ШНОР"); after an organisation's
 * name in quotes before more words ("МУ «Методический центр» муниципальный координатор"); and between people named
 * by their initials ("Н.Е. Байрачный К.А. Федоренко").
 *
 * <p>Each executor is then an organisation when its words define one ("... (далее – МОУО)"), are an abbreviation or
 * name of the glossary (also after "совместно с", inflected, or followed by a remark in brackets: "ОМСУ (г.
 * Владивосток)"), or name one in full by their form (a new glossary entry); a person when they are a surname with
 * initials (with a position before it); a role otherwise. The words are always kept as the executor's text.
 */
final class ExecutorSplitter {

    /** The executors' words of one cell, and whether some were run together without a separator. */
    record Split(List<String> parts, List<String> runTogether) {}

    private static final Pattern PARTICIPLE = Pattern.compile(
            "^\\p{Ll}+(?:ющие|ющий|ющая|ющее|ющих|ящие|ящий|ящих|ащие|ащий|ащих|ущие|ущий|ущих|вшие|вший|вших|шие|ший)\\b");
    private static final Pattern TOGETHER_WITH = Pattern.compile("\\s+(?=(?:совместно с|при участии)\\s)");
    private static final Pattern OBLIQUE_ADJECTIVE =
            Pattern.compile("^\\p{Lu}\\p{Ll}+(?:ого|его|ой|ых|их|ому|ему)(?:\\s|$)");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?:\\s|^)(?:и|в|с|по|для|на|к|о|при|из|от|за|-|–)$");
    private static final Pattern KEY_WITH_REMARK = Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)$");
    private static final Pattern LEADING_WITH = Pattern.compile("^(?:совместно с|при участии)\\s+");

    private final Glossary glossary;

    ExecutorSplitter(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * Splits a cell into executors' words.
     *
     * @param cell the cell's text
     * @return the parts and the run-together pieces split
     */
    Split split(String cell) {
        List<String> parts = new ArrayList<>();
        List<String> together = new ArrayList<>();
        for (String piece : pieces(cell)) {
            for (String segment : segments(piece)) {
                List<String> split = runTogether(segment);
                if (split.size() > 1) {
                    together.add(segment);
                }
                parts.addAll(split);
            }
        }
        parts.removeIf(String::isBlank);
        return new Split(List.copyOf(parts), List.copyOf(together));
    }

    private List<String> pieces(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : CellText.lines(cell)) {
            if (out.isEmpty()) {
                out.add(line);
                continue;
            }
            String before = out.get(out.size() - 1);
            boolean continues = CellText.startsLowerCase(line)
                    || line.startsWith("(")
                    || CellText.isOpen(before)
                    || OBLIQUE_ADJECTIVE.matcher(line).find() && !startsWithKey(line)
                    || CONNECTOR_END.matcher(before).find();
            if (continues) {
                out.set(out.size() - 1, CellText.join(before, line));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private boolean startsWithKey(String line) {
        for (Glossary.Entry e : glossary.entries()) {
            if (e.abbreviation.isPresent()
                    && (line.equals(e.abbreviation.get()) || line.startsWith(e.abbreviation.get() + " "))) {
                return true;
            }
        }
        return false;
    }

    /** Splits at top-level ";" and "," (a participle after a comma joins) and before "совместно с". */
    private static List<String> segments(String piece) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inQuotes = false;
        int start = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '(' || c == '«') {
                depth++;
            } else if ((c == ')' || c == '»') && depth > 0) {
                depth--;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if ((c == ',' || c == ';') && depth == 0 && !inQuotes) {
                String rest = piece.substring(i + 1).strip();
                if (c == ',' && PARTICIPLE.matcher(rest).find()) {
                    continue;
                }
                out.add(piece.substring(start, i));
                start = i + 1;
            }
        }
        out.add(piece.substring(start));
        List<String> result = new ArrayList<>();
        for (String s : out) {
            for (String t : TOGETHER_WITH.split(CellText.strip(s))) {
                if (!t.isBlank()) {
                    result.add(CellText.strip(t));
                }
            }
        }
        return result;
    }

    /** Token kinds for splitting words run together. */
    private enum Kind {
        CAPS,
        TITLE,
        LOWER,
        QUOTE,
        PAREN,
        OTHER
    }

    private List<String> runTogether(String segment) {
        Matcher def = Glossary.DEFINITION.matcher(segment);
        if (def.find()) {
            String head = segment.substring(0, def.end()).strip();
            String rest = segment.substring(def.end()).strip();
            List<String> out = new ArrayList<>();
            out.add(head);
            if (!rest.isEmpty()) {
                out.addAll(runTogether(rest));
            }
            return out;
        }
        List<String> persons = persons(segment);
        if (persons.size() > 1) {
            return persons;
        }
        List<String> tokens = tokens(segment);
        int n = tokens.size();
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = kind(tokens.get(i));
        }
        int[] keyEnd = new int[n];
        for (int i = 0; i < n; i++) {
            keyEnd[i] = -1;
            for (int j = n; j > i; j--) {
                String words = String.join(" ", tokens.subList(i, j));
                if (glossary.byAbbreviation(words).isPresent()) {
                    keyEnd[i] = j;
                    break;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>();
        int start = 0;
        int lastKeyEnd = -1;
        for (int i = 0; i < n; i++) {
            boolean cut = false;
            if (i > start) {
                if (keyEnd[i] > 0 && lastKeyEnd == i) {
                    cut = true;
                } else if (lastKeyEnd == i && (kinds[i] == Kind.CAPS || kinds[i] == Kind.TITLE)) {
                    cut = true;
                } else if (kinds[i] == Kind.TITLE
                        && i - start >= 2
                        && kinds[i - 1] == Kind.CAPS
                        && kinds[i - 2] == Kind.CAPS) {
                    cut = true;
                } else if (kinds[i - 1] == Kind.QUOTE
                        && (kinds[i] == Kind.LOWER || kinds[i] == Kind.TITLE)
                        && Glossary.isNamedOrganisation(String.join(" ", tokens.subList(start, i)))) {
                    cut = true;
                }
            }
            if (cut) {
                cuts.add(i);
                start = i;
            }
            if (keyEnd[i] > 0 && (i == start || lastKeyEnd == i)) {
                lastKeyEnd = keyEnd[i];
                i = keyEnd[i] - 1;
            }
        }
        if (cuts.isEmpty()) {
            return List.of(segment);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            out.add(String.join(" ", tokens.subList(from, c)));
            from = c;
        }
        out.add(String.join(" ", tokens.subList(from, n)));
        return out;
    }

    private static List<String> persons(String segment) {
        Matcher m = Executor.PERSON.matcher(segment);
        List<String> found = new ArrayList<>();
        int covered = 0;
        int last = 0;
        while (m.find()) {
            String between = segment.substring(last, m.start());
            if (!between.replaceAll("[\\s,;]", "").isEmpty()) {
                return List.of(segment);
            }
            found.add(m.group().strip());
            covered += m.end() - m.start();
            last = m.end();
        }
        if (found.size() < 2
                || !segment.substring(last).replaceAll("[\\s,;.]", "").isEmpty()) {
            return List.of(segment);
        }
        return found;
    }

    private static List<String> tokens(String segment) {
        List<String> out = new ArrayList<>();
        StringBuilder group = null;
        char close = 0;
        for (String t : segment.strip().split("\\s+")) {
            if (group != null) {
                group.append(' ').append(t);
                if (t.indexOf(close) >= 0) {
                    out.add(group.toString());
                    group = null;
                }
                continue;
            }
            if (t.startsWith("«") && t.indexOf('»') < 0) {
                group = new StringBuilder(t);
                close = '»';
            } else if (t.startsWith("(") && t.indexOf(')') < 0) {
                group = new StringBuilder(t);
                close = ')';
            } else {
                out.add(t);
            }
        }
        if (group != null) {
            out.add(group.toString());
        }
        return out;
    }

    private static Kind kind(String token) {
        if (token.startsWith("«") || token.startsWith("\"")) {
            return Kind.QUOTE;
        }
        if (token.startsWith("(")) {
            return Kind.PAREN;
        }
        String letters = token.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return Kind.OTHER;
        }
        if (letters.length() >= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) {
            return Kind.CAPS;
        }
        if (Character.isUpperCase(letters.codePointAt(0))) {
            return Kind.TITLE;
        }
        return Kind.LOWER;
    }

    /**
     * Reads one executor's words.
     *
     * @param words the words, as split
     * @param row the source row, for organisations first named here
     * @return the executor, keeping the words as its text
     */
    Executor resolve(String words, int row) {
        String text = CellText.strip(words);
        Matcher def = Glossary.DEFINITION.matcher(text);
        if (def.find()) {
            String inner = def.group(1).strip();
            Optional<Glossary.Entry> e = glossary.byAbbreviation(inner);
            if (e.isPresent() && e.get().isOrganisation()) {
                return new OrganisationExecutor(e.get().key(), text);
            }
            return new RoleExecutor(text);
        }
        String core = LEADING_WITH.matcher(text).replaceFirst("");
        Optional<Glossary.Entry> byKey = glossary.byAbbreviation(core);
        if (byKey.isPresent()) {
            return byKey.get().isOrganisation()
                    ? new OrganisationExecutor(byKey.get().key(), text)
                    : new RoleExecutor(text);
        }
        Matcher remark = KEY_WITH_REMARK.matcher(core);
        if (remark.matches()) {
            Optional<Glossary.Entry> e = glossary.byAbbreviation(remark.group(1));
            if (e.isPresent() && e.get().isOrganisation()) {
                return new OrganisationExecutor(e.get().key(), text);
            }
        }
        Optional<Glossary.Entry> byName = glossary.byName(core);
        if (byName.isPresent()) {
            return new OrganisationExecutor(byName.get().key(), text);
        }
        if (Glossary.isNamedOrganisation(core)) {
            return new OrganisationExecutor(
                    glossary.named(core, row, !core.equals(text)).key(), text);
        }
        if (Executor.PERSON.matcher(core).matches()) {
            return new PersonExecutor(core, Optional.empty(), text);
        }
        Matcher person = Pattern.compile("^(.*\\S)\\s+(" + Executor.PERSON.pattern() + ")$")
                .matcher(core);
        if (person.matches() && !person.group(1).isBlank()) {
            return new PersonExecutor(
                    person.group(2), Optional.of(person.group(1).strip()), text);
        }
        return new RoleExecutor(text);
    }

    /**
     * Finds the definitions in an executor cell, each part on its own, and adds them to the glossary.
     *
     * @param cell the cell's text
     * @param row its source row
     */
    void define(String cell, int row) {
        for (String part : split(cell).parts()) {
            Matcher def = Glossary.DEFINITION.matcher(part);
            if (def.find()) {
                glossary.collectFollowing(part.substring(0, def.end()), row, true);
            }
        }
    }
}
