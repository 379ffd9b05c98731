package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary a document builds: organisations and terms defined by "(далее – X)" (also "(далее - X, Y
 * соответственно)"), by a bare abbreviation in brackets whose letters are the initials of the words before it
 * ("региональной экспертной комиссии ... (РЭК)"), and organisations named in full without an abbreviation
 * ("Отдел образования", "МУ «Методический центр»").
 *
 * <p>A definition is an organisation when its words name one ({@link #kindOf(String)}), and a term otherwise; a
 * category of schools by their results or conditions ("общеобразовательные организации с низкими результатами
 * обучения") is a term. The words a definition stands for are, in a table cell, the whole cell part before
 * "(далее"; in running text, the words from the one the short form repeats ("План мероприятий (...) ... (далее -
 * План мероприятий)"), or whose initials spell it ("рискованных профилей школы (далее – РПШ)"), or from the last
 * head noun with its adjectives ("краевого проекта ... (далее – Проект)").
 */
public final class Glossary {

    /** An entry of the glossary, with the source row that defined it. */
    public static final class Entry {
        final Optional<String> abbreviation;
        final String name;
        final Optional<OrganisationKind> kind;
        final int row;

        Entry(Optional<String> abbreviation, String name, Optional<OrganisationKind> kind, int row) {
            this.abbreviation = abbreviation;
            this.name = name;
            this.kind = kind;
            this.row = row;
        }

        /**
         * Tells whether the entry is an organisation.
         *
         * @return true for an organisation, false for a term
         */
        public boolean isOrganisation() {
            return kind.isPresent();
        }

        /**
         * Returns the key executors use: the abbreviation, or the name.
         *
         * @return the key
         */
        public String key() {
            return abbreviation.orElse(name);
        }

        /**
         * Returns the abbreviation.
         *
         * @return the abbreviation, if any
         */
        public Optional<String> abbreviation() {
            return abbreviation;
        }
    }

    /** "(далее – МОУО)", "(далее - ШНОР, ШНСУ соответственно)", "(далее Проект)". */
    static final Pattern DEFINITION =
            Pattern.compile("\\(\\s*далее\\s*[-–—:]?\\s*(?:[-–—]\\s*)?([^()]+?)\\s*\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern BARE = Pattern.compile("\\((\\p{Lu}{2,7})\\)");
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:Министерств\\p{L}*|Департамент\\p{L}*|Отдел\\p{L}* образования|Управлени\\p{L}* образовани\\p{L}*"
                    + "|Комитет\\p{L}* по образованию|Орган\\p{L}* местного самоуправления|Администраци\\p{L}*"
                    + "|Правительств\\p{L}*|Ассоциаци\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEGAL_FORM_AND_NAME =
            Pattern.compile("^\\p{Lu}{2,6}(?:\\s+\\p{Lu}{2,4})*(?:\\s+[^«\"]+?)?\\s*[«\"][^»\"]+[»\"]$");
    private static final Set<String> FUNCTION_WORDS =
            Set.of("и", "или", "с", "со", "в", "во", "по", "на", "для", "к", "о", "об", "от", "из", "при", "за");
    private static final List<String> HEAD_NOUNS = List.of(
            "организац",
            "учрежден",
            "орган",
            "министерств",
            "комитет",
            "отдел",
            "управлени",
            "центр",
            "кабинет",
            "институт",
            "комисси",
            "школ",
            "проект",
            "план",
            "программ");
    private static final Pattern ADJECTIVE =
            Pattern.compile(".*(?:ого|его|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ому|ему|ую|юю|ыми|ими)$");

    private final List<Entry> entries = new ArrayList<>();

    /** Creates an empty glossary. */
    public Glossary() {}

    /**
     * Finds the definitions in a text and adds them.
     *
     * @param text the text
     * @param row its source row
     * @param cellPart whether the text is one executor's words, so that a definition stands for all words before it
     * @return the abbreviations defined, in order
     */
    public List<String> collect(String text, int row, boolean cellPart) {
        List<String> defined = collectFollowing(text, row, cellPart);
        defined.addAll(collectBracketed(text, row));
        return defined;
    }

    /**
     * Finds the "(далее – X)" definitions in a text and adds them.
     *
     * @param text the text
     * @param row its source row
     * @param cellPart whether the text is one executor's words
     * @return the abbreviations defined, in order
     */
    public List<String> collectFollowing(String text, int row, boolean cellPart) {
        List<String> defined = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            boolean respectively = inner.toLowerCase(Locale.ROOT).endsWith("соответственно");
            if (respectively) {
                inner = inner.substring(0, inner.length() - "соответственно".length())
                        .strip();
            }
            List<String> abbreviations = new ArrayList<>();
            for (String a : respectively ? inner.split("\\s*[,;]\\s*|\\s+и\\s+") : new String[] {inner}) {
                String s = a.strip();
                if (!s.isEmpty()) {
                    abbreviations.add(s);
                }
            }
            String prefix = text.substring(0, m.start());
            if (abbreviations.size() == 1) {
                String meaning = cellPart ? lastPart(prefix) : meaning(prefix, abbreviations.get(0));
                if (!meaning.isBlank()) {
                    define(abbreviations.get(0), meaning, row);
                    defined.add(abbreviations.get(0));
                }
            } else if (!abbreviations.isEmpty()) {
                String phrase = cellPart ? lastPart(prefix) : headPhrase(sentence(prefix));
                String[] parts = phrase.split("\\s+и\\s*\\(или\\)\\s+|\\s+и/или\\s+|\\s+или\\s+|\\s+и\\s+");
                for (int i = 0; i < abbreviations.size(); i++) {
                    String meaning = i < parts.length ? parts[i].strip() : phrase;
                    if (i == abbreviations.size() - 1 && parts.length > abbreviations.size()) {
                        meaning = String.join(" ", List.of(parts).subList(i, parts.length));
                    }
                    define(abbreviations.get(i), meaning, row);
                    defined.add(abbreviations.get(i));
                }
            }
        }
        return defined;
    }

    /**
     * Finds the bare abbreviations in brackets whose letters are the initials of the words before them, "(РЭК)", and
     * adds them.
     *
     * @param text the text
     * @param row its source row
     * @return the abbreviations defined, in order
     */
    public List<String> collectBracketed(String text, int row) {
        List<String> defined = new ArrayList<>();
        Matcher b = BARE.matcher(text);
        while (b.find()) {
            String abbreviation = b.group(1);
            if (byAbbreviation(abbreviation).isPresent()) {
                continue;
            }
            String meaning = initials(sentence(text.substring(0, b.start())), abbreviation);
            if (!meaning.isEmpty()) {
                define(abbreviation, meaning, row);
                defined.add(abbreviation);
            }
        }
        return defined;
    }

    private static String lastPart(String prefix) {
        return CellText.strip(prefix.replace('\n', ' '));
    }

    /** The words of the sentence a definition closes: after the last ". X" or ";" before it. */
    private static String sentence(String prefix) {
        String p = prefix.replace('\n', ' ');
        int start = 0;
        Matcher m = Pattern.compile("[.;!?]\\s+(?=[\\p{Lu}«\"])|;\\s*").matcher(p);
        while (m.find()) {
            start = m.end();
        }
        return p.substring(start).strip();
    }

    private static String meaning(String prefix, String abbreviation) {
        String sentence = sentence(prefix);
        String[] tokens = sentence.split("\\s+");
        List<String> abbrWords = CellText.words(abbreviation);
        boolean isWord = abbreviation.length() > 0
                && !abbreviation.equals(abbreviation.toUpperCase(Locale.ROOT))
                && !abbrWords.isEmpty();
        if (isWord) {
            for (int i = tokens.length - 1; i >= 0; i--) {
                List<String> w = CellText.words(tokens[i]);
                if (!w.isEmpty() && CellText.sameStem(w.get(0), abbrWords.get(0))) {
                    int start = Character.isUpperCase(tokens[i].codePointAt(0)) ? i : extendOverAdjectives(tokens, i);
                    return String.join(" ", List.of(tokens).subList(start, tokens.length))
                            .strip();
                }
            }
        } else {
            String byInitials = initials(sentence, abbreviation);
            if (!byInitials.isEmpty()) {
                return byInitials;
            }
        }
        return headPhrase(sentence);
    }

    private static int extendOverAdjectives(String[] tokens, int i) {
        int start = i;
        while (start > 0) {
            List<String> w = CellText.words(tokens[start - 1]);
            if (w.size() == 1
                    && ADJECTIVE.matcher(w.get(0)).matches()
                    && w.get(0).length() > 3) {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    /** From the last head noun outside quotes, with its adjectives, to the end. */
    private static String headPhrase(String sentence) {
        String[] tokens = sentence.split("\\s+");
        int quotes = 0;
        int head = -1;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean inQuotes = quotes > 0 || t.startsWith("«") || t.startsWith("\"");
            List<String> w = CellText.words(t);
            if (!inQuotes && !w.isEmpty()) {
                for (String h : HEAD_NOUNS) {
                    if (w.get(0).startsWith(h)) {
                        head = i;
                        break;
                    }
                }
            }
            quotes += count(t, '«') - count(t, '»');
        }
        if (head < 0) {
            int comma = sentence.lastIndexOf(", ");
            return comma >= 0 ? sentence.substring(comma + 2).strip() : sentence.strip();
        }
        int start = extendOverAdjectives(tokens, head);
        return String.join(" ", List.of(tokens).subList(start, tokens.length)).strip();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** The rightmost run of words whose initials spell the abbreviation, with the words after it. */
    static String initials(String sentence, String abbreviation) {
        String letters = abbreviation.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2) {
            return "";
        }
        String[] tokens = sentence.split("\\s+");
        for (int start = tokens.length - 1; start >= 0; start--) {
            int k = 0;
            int i = start;
            while (i < tokens.length && k < letters.length()) {
                List<String> w = CellText.words(tokens[i]);
                if (w.isEmpty()) {
                    i++;
                    continue;
                }
                String word = w.get(0);
                if (word.charAt(0) == letters.charAt(k)) {
                    k++;
                    i++;
                } else if (FUNCTION_WORDS.contains(word) && k > 0) {
                    i++;
                } else {
                    break;
                }
            }
            if (k == letters.length()) {
                List<String> first = CellText.words(tokens[start]);
                if (!first.isEmpty() && first.get(0).charAt(0) == letters.charAt(0)) {
                    return String.join(" ", List.of(tokens).subList(start, tokens.length))
                            .strip();
                }
            }
        }
        return "";
    }

    /**
     * Adds a definition, unless the abbreviation is already defined.
     *
     * @param abbreviation the short form
     * @param meaning the words it stands for
     * @param row the source row
     */
    public void define(String abbreviation, String meaning, int row) {
        if (byAbbreviation(abbreviation).isPresent()) {
            return;
        }
        String m = CellText.strip(meaning.replaceAll("\\s*\\n\\s*", " "));
        entries.add(new Entry(Optional.of(abbreviation), m, isCategory(m) ? Optional.empty() : kindOf(m), row));
    }

    /**
     * Adds an organisation named in full, unless it is there already.
     *
     * @param name the name as printed
     * @param row the source row
     * @return the entry
     */
    public Entry named(String name, int row) {
        return named(name, row, false);
    }

    /**
     * Adds an organisation named in full, unless it is there already; a name printed in the instrumental case after
     * "совместно с" ("Ассоциацией молодых педагогов ...") is entered with its first word in the nominative
     * ("Ассоциация молодых педагогов ...").
     *
     * @param name the name as printed
     * @param row the source row
     * @param instrumental whether the name follows "совместно с"
     * @return the entry
     */
    public Entry named(String name, int row, boolean instrumental) {
        if (instrumental) {
            name = nominative(name);
        }
        Optional<Entry> existing = byName(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Entry e = new Entry(Optional.empty(), name, Optional.of(kindOf(name).orElse(OrganisationKind.OTHER)), row);
        entries.add(e);
        return e;
    }

    private static final String[][] INSTRUMENTAL = {
        {"ией", "ия"}, {"ством", "ство"}, {"ием", "ие"}, {"ой", "а"}, {"ом", ""}, {"ами", "ы"}
    };

    static String nominative(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String rest = space < 0 ? "" : name.substring(space);
        if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0))) {
            for (String[] e : INSTRUMENTAL) {
                if (first.endsWith(e[0]) && first.length() > e[0].length() + 2) {
                    return first.substring(0, first.length() - e[0].length()) + e[1] + rest;
                }
            }
        }
        return name;
    }

    /**
     * Finds an entry by its abbreviation, exactly.
     *
     * @param abbreviation the short form
     * @return the entry
     */
    public Optional<Entry> byAbbreviation(String abbreviation) {
        String a = abbreviation.strip();
        return entries.stream()
                .filter(e -> e.abbreviation.map(a::equals).orElse(false))
                .findFirst();
    }

    /**
     * Finds an organisation by its full name, in any case and inflection.
     *
     * @param words the words
     * @return the organisation's entry
     */
    public Optional<Entry> byName(String words) {
        String w = words.strip();
        for (Entry e : entries) {
            if (e.isOrganisation() && (e.name.equalsIgnoreCase(w) || CellText.samePhrase(e.name, w))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the abbreviations and names that executors may use, longest first.
     *
     * @return the keys of organisations and the abbreviations of terms
     */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Returns the organisations, in the order they were defined.
     *
     * @return the organisations
     */
    public List<Organisation> organisations() {
        List<Organisation> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.isOrganisation()) {
                Organisation.Builder b = Organisation.builder().name(e.name).kind(e.kind.get());
                e.abbreviation.ifPresent(b::abbreviation);
                out.add(b.build());
            }
        }
        return out;
    }

    /**
     * Returns the terms, in the order they were defined.
     *
     * @return the terms
     */
    public List<Term> terms() {
        List<Term> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.isOrganisation()) {
                out.add(new Term(e.abbreviation.get(), e.name));
            }
        }
        return out;
    }

    /**
     * Tells whether words name an organisation in full by their form: an authority ("Министерство образования ...",
     * "Отдел образования", "Комитет по образованию ...", "Органы местного самоуправления, ...") or a legal form with
     * a name in quotes ("МУ «Методический центр»", "ГАОУ ВО города Москвы «...»").
     *
     * @param words the words
     * @return true when they name an organisation
     */
    public static boolean isNamedOrganisation(String words) {
        String w = CellText.strip(words);
        return AUTHORITY.matcher(w).find() || LEGAL_FORM_AND_NAME.matcher(w).matches();
    }

    private static boolean isCategory(String meaning) {
        String n = meaning.toLowerCase(Locale.ROOT);
        return n.contains("с низким")
                || n.contains("низкие")
                || n.contains("функционирующ")
                || n.contains("неблагоприятн")
                || n.startsWith("план")
                || n.startsWith("проект")
                || n.contains(" проект")
                || n.startsWith("программ")
                || n.startsWith("рискован");
    }

    /**
     * Tells what kind of organisation a name is, by its words.
     *
     * @param name the name
     * @return the kind, or empty when the words name no organisation
     */
    public static Optional<OrganisationKind> kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (n.contains("федеральн")
                || n.startsWith("фгбу")
                || n.startsWith("фгаоу")
                || n.contains("российской федерации")
                || n.contains("минпросвещения")
                || n.contains("рособрнадзор")) {
            return Optional.of(OrganisationKind.FEDERAL_BODY);
        }
        if (n.contains("министерств") || n.contains("правительств") || n.contains("департамент")) {
            return Optional.of(OrganisationKind.REGIONAL_AUTHORITY);
        }
        if (n.contains("орган") && n.contains("управлени") && n.contains("образован")
                || n.contains("отдел образования")
                || n.contains("управление образован")
                || n.contains("комитет по образованию")
                || n.contains("управления образованием")) {
            return Optional.of(OrganisationKind.MUNICIPAL_AUTHORITY);
        }
        if (n.contains("местного самоуправления") || n.contains("администрац")) {
            return Optional.of(OrganisationKind.LOCAL_GOVERNMENT);
        }
        if (n.contains("институт развития образования")
                || n.contains("повышения квалификации")
                || n.contains("дополнительного профессионального образования")
                || n.matches("(?s).*\\bиро\\b.*")
                || n.contains(" дпо ")
                || n.startsWith("гау дпо")) {
            return Optional.of(OrganisationKind.TEACHER_INSTITUTE);
        }
        if (n.contains("методическ") && (n.contains("кабинет") || n.contains("центр") || n.contains("служб"))
                || n.contains("цнппм")
                || n.contains("непрерывного повышения")) {
            return Optional.of(OrganisationKind.METHODOLOGICAL_CENTRE);
        }
        if (n.contains("оценки качества") && n.contains("центр") || n.contains("рцоко")) {
            return Optional.of(OrganisationKind.ASSESSMENT_CENTRE);
        }
        if (n.contains("университет")
                || n.contains("колледж")
                || n.contains("академи")
                || n.contains("высшего образования")
                || n.matches("(?s)^\\p{L}+ во\\b.*")) {
            return Optional.of(OrganisationKind.UNIVERSITY);
        }
        if (n.contains("школ")
                || n.contains("сош")
                || n.contains("лицей")
                || n.contains("гимнази")
                || n.contains("образовательн") && (n.contains("организаци") || n.contains("учреждени"))) {
            return Optional.of(OrganisationKind.SCHOOL);
        }
        if (n.contains("ассоциац") || n.contains("клуб") || n.contains("союз") || n.contains("общественн")) {
            return Optional.of(OrganisationKind.ASSOCIATION);
        }
        if (n.contains("комисси")
                || n.contains("совет")
                || n.contains("учреждени")
                || n.contains("организаци")
                || n.contains("центр")
                || n.contains("комитет")
                || n.contains("отдел")
                || n.contains("кабинет")
                || n.contains("служб")) {
            return Optional.of(OrganisationKind.OTHER);
        }
        return Optional.empty();
    }
}
