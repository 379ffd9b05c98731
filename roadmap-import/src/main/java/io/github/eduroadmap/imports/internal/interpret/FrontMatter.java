package io.github.eduroadmap.imports.internal.interpret;

import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Share;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text around a roadmap's table: the approving order or covering letter, the title, goals, objectives, facts
 * about the situation, and notes.
 *
 * <p>The paragraphs before the table are read in this order. The roadmap's <b>title</b> is the last paragraph before
 * the goal, the objectives or the table that names a roadmap or plan ("«Дорожная карта» по ...", "план мероприятий
 * ...", "ДОРОЖНАЯ КАРТА ..."), other than an order's own title ("Об утверждении ...") or an item of it. Everything
 * before the title is the <b>approval</b> document, when it has the marks of one: "ПРИКАЗ" (also letter-spaced) or
 * "приказываю" for an order, "ПОСТАНОВЛЕНИЕ", "РАСПОРЯЖЕНИЕ" for a decree, "ПРОТОКОЛ" for minutes, and "направляет",
 * "На № ... от ...", "Приложение: на N л." or a registration line "29.06.2022 № 23/6045" for a letter. When no
 * paragraph is a title, the approval ends with its signature (and the contact line after it) and the title is taken
 * from the letter's words ("направляет ... региональный план мероприятий по ... ."). In the approval: the first
 * paragraph in capitals or naming an authority is the issuer; "с. Поярково", "г. Владивосток" the place; a date and
 * "№ N" (together or apart, or "от ... № ..." in an annex line) the date and number; "Об утверждении ..." the title; in
 * a letter, a paragraph naming an organisation before the date the addressee; a line ending in a name with initials
 * ("М.В. Шкуратская") the signatory, with the words before it on its lines, or the paragraph before it, as the
 * position (noise around a signature, words with Latin letters or stray signs, stays in the body); every other
 * paragraph is a body paragraph, split into lines where its lines end in ";", where a line is an address or contact
 * ("Телефон:", "E-mail:"), and where a sentence ends at the end of a line; a paragraph beginning in lower case
 * continues the one before. Items of an order name participants ("Муниципальному координатору Проекта ФИО,
 * должность ...", "МОАУ «...» - ФИО;", "возложить на должность И.О. Фамилия") and reporting duties ("предоставлять в
 * X информацию о ..., ежемесячно в срок до 10 числа месяца, следующего за отчетным").
 *
 * <p>After the title: "Цель: ..." is a goal (the label is dropped; a longer label such as "Цель Проекта:" is kept
 * with the words); a paragraph ending in "задачи:" (or "Задачи:") introduces the objectives, numbered ("1. ...;") or
 * bulleted ("· ...;"), each without its list punctuation, numbered by its printed number or by its place; a sentence
 * that follows the last objective on its line is a note. Every other paragraph is a context fact (a bulleted list:
 * one fact per item, its introduction a note), with its numbers: a total ("16 общеобразовательных организаций") and
 * shares ("75% - городские округа", "ШНОР – 36% (176)"), a partition when the shares follow "из них".
 */
final class FrontMatter {

    /** A paragraph with its source row. */
    record Para(int row, String text) {
        String folded() {
            return CellText.fold(text.replace('\t', ' '));
        }

        List<String> lines() {
            return CellText.lines(text);
        }
    }

    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?iu)(дорожн\\p{L}*\\s*(?:»|\")?\\s*карт|план\\p{L}*\\s+мероприяти|план-график|комплекс\\p{L}*\\s+мер"
                    + "|план\\p{L}*\\s+работы|программ\\p{L}*\\s+повышени)");
    private static final Pattern GOAL = Pattern.compile("^(Цел[ьи])(\\s+[^:]{1,40})?\\s*:\\s*", Pattern.DOTALL);
    private static final Pattern OBJECTIVES_INTRO = Pattern.compile("(?iu)(^задачи\\s*:\\s*$|задачи\\s*:\\s*$)");
    private static final Pattern NUMBERED_ITEM =
            Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*\\.|\\d{1,2}(?=\\s))\\s*(\\S.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DATE_ONLY = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*(?:г\\.?)?$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^№\\s*(\\S+)$");
    private static final Pattern DATE_AND_NUMBER =
            Pattern.compile("^(?:от\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*(?:г\\.?)?\\s*(?:№\\s*)?(\\S+)$");
    private static final Pattern ANNEX_LINE = Pattern.compile("(?s)\\bот\\s+(.+?)\\s+№\\s*(\\S+)\\s*$");
    private static final Pattern PLACE = Pattern.compile("^(?:г|с|п|пос|пгт|д|ст|х)\\.\\s*\\p{Lu}[\\p{L}-]+$");
    private static final Pattern PLACE_INSIDE = Pattern.compile("\\b((?:г|с|пгт)\\.\\s*\\p{Lu}[\\p{L}-]+)");
    private static final Pattern SIGNATURE =
            Pattern.compile("^(.*?)\\s*(\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}ё]+(?:-\\p{Lu}?[\\p{Ll}ё]+)?)$");
    private static final Pattern CONTACT = Pattern.compile(
            "(?iu)(телефон|тел\\.|факс|e-mail|email|@|^ул\\.|\\b\\d{6}\\b|\\d{3}[ -]\\d{2}[ -]\\d{2}|\\d \\d{3} \\d{3})");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern SENTENCE_TAIL = Pattern.compile("^(.*?[.;])\\s+(\\p{Lu}[^.]*:)\\s*$", Pattern.DOTALL);
    private static final Pattern LETTER_OBJECT = Pattern.compile(
            "(?iu)направляет\\s+(?:для\\s+[^,]*?\\s+в\\s+работе\\s+)?(.*?(?:план\\p{L}*\\s+мероприяти|дорожн\\p{L}*\\s+карт)"
                    + "[^.]*?)\\.?$");
    private static final Pattern TOTAL = Pattern.compile(
            "(?<![\\d.,%])(\\d+)\\s+((?:\\p{Ll}+(?:ых|их|ий|ей|ов|ев|ек|ок|ах)(?![\\p{L}]))(?:\\s+\\p{Ll}+(?:ых|их|ий|ей|ов|ев|ек|ок)(?![\\p{L}]))*)");
    private static final Pattern SHARE_AFTER = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%\\s*[-–—]\\s*([^,;)]+)");
    private static final Pattern SHARE_BEFORE = Pattern.compile(
            "([^,;:]+?)\\s*(?:[-–—]|составля\\p{L}*|составил\\p{L}*)\\s*(\\d+(?:[.,]\\d+)?)\\s*%(?:\\s*\\((\\d+)\\))?");
    private static final Pattern SHARE_OF = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%\\s+((?:\\p{L}[^,;)]*))");
    private static final Pattern COORDINATOR = Pattern.compile(
            "(?iu)((?:муниципальн|регионал|школьн)\\p{L}*)\\s+координатор\\p{L}*\\s+(?:\\p{Ll}*проекта\\s+|Проекта\\s+)?"
                    + "(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)(?:,\\s*(.+?)(?=\\s+\\p{Ll}+(?:ть|ти)\\b|[,.;]|$))?");
    private static final Pattern SCHOOL_HEAD =
            Pattern.compile("^(.*?«[^»]+»)\\s*[-–—]\\s*(\\p{Lu}[\\p{Ll}ё]+(?:\\s+\\p{Lu}[\\p{Ll}ё]+){1,2})\\s*[;.]?$");
    private static final Pattern CONTROL =
            Pattern.compile("(?u)возложить\\s+на\\s+(.+?)\\s+(\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}ё]+)\\.?$");
    private static final Pattern REPORTING = Pattern.compile(
            "(?iu)(?:пред|на)?ставлять\\s+в\\s+(.+?)\\s+(информаци\\p{L}*\\s.+?),\\s*((?:ежемесячно|ежеквартально|ежегодно"
                    + "|по\\s+полугодиям)\\b.*?)\\.?$",
            Pattern.DOTALL);

    // results
    Optional<String> title = Optional.empty();
    int titleRow = -1;
    Optional<ApprovalDocument> approval = Optional.empty();
    final List<String> goals = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<ContextFact> context = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final List<ReportingRequirement> reporting = new ArrayList<>();

    private final Glossary glossary;
    private final Warnings warnings;

    FrontMatter(Glossary glossary, Warnings warnings) {
        this.glossary = glossary;
        this.warnings = warnings;
    }

    void read(List<Para> before, List<Para> after) {
        int goalAt = before.size();
        for (int i = 0; i < before.size(); i++) {
            if (isGoal(before.get(i)) || isObjectivesIntro(before.get(i))) {
                goalAt = i;
                break;
            }
        }
        int titleAt = -1;
        for (int i = goalAt - 1; i >= 0; i--) {
            if (isTitle(before.get(i).folded())) {
                titleAt = i;
                break;
            }
        }
        int approvalEnd;
        if (titleAt >= 0) {
            approvalEnd = titleAt;
        } else {
            approvalEnd = 0;
            for (int i = 0; i < goalAt; i++) {
                if (hasSignature(before.get(i))) {
                    approvalEnd = i + 1;
                    while (approvalEnd < goalAt
                            && isContact(before.get(approvalEnd).folded())) {
                        approvalEnd++;
                    }
                    break;
                }
            }
        }
        List<Para> approvalParas = new ArrayList<>(before.subList(0, approvalEnd));
        List<Para> rest = new ArrayList<>(before.subList(titleAt >= 0 ? titleAt + 1 : approvalEnd, before.size()));
        if (titleAt >= 0) {
            title = Optional.of(before.get(titleAt).folded());
            titleRow = before.get(titleAt).row();
        }
        if (!approvalParas.isEmpty() && isApproval(approvalParas, after)) {
            readApproval(approvalParas, after);
        } else {
            for (Para p : approvalParas) {
                notes.add(p.folded());
                warnings.add(p.row(), "import.unknown-row", "a paragraph before the title was kept as a note");
            }
            for (Para p : after) {
                notes.add(p.folded());
                warnings.add(p.row(), "import.unknown-row", "a paragraph after the table was kept as a note");
            }
        }
        if (title.isEmpty() && approval.isPresent()) {
            for (String b : approval.get().body()) {
                Matcher m = LETTER_OBJECT.matcher(b.split("(?<=\\.)\\s+(?=\\p{Lu})")[0]);
                if (m.find()) {
                    title = Optional.of(m.group(1).strip());
                    break;
                }
            }
        }
        readRoadmapPart(rest);
    }

    // ------------------------------------------------------------------ classification

    private static boolean isGoal(Para p) {
        return GOAL.matcher(CellText.strip(p.text())).lookingAt();
    }

    private static boolean isObjectivesIntro(Para p) {
        List<String> lines = p.lines();
        return !lines.isEmpty() && OBJECTIVES_INTRO.matcher(lines.get(0)).find();
    }

    static boolean isTitle(String folded) {
        String lower = folded.toLowerCase(Locale.ROOT);
        return TITLE_WORDS.matcher(folded).find()
                && folded.length() < 500
                && !Character.isDigit(folded.isEmpty() ? 'x' : folded.charAt(0))
                && !folded.startsWith("Об ")
                && !folded.startsWith("О ")
                && !lower.startsWith("приложение")
                && !lower.contains("направляет")
                && !lower.contains("утвердить")
                && !lower.contains("приказыва")
                && !lower.startsWith("в целях");
    }

    private static boolean hasSignature(Para p) {
        for (String line : p.lines()) {
            String l = line.replace('\t', ' ');
            Matcher m = SIGNATURE.matcher(l);
            if (m.matches() && m.group(1).split("\\s+").length <= 12) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContact(String folded) {
        return CONTACT.matcher(folded).find() && folded.length() < 120;
    }

    private static Optional<ApprovalKind> kindMark(String folded) {
        String squeezed = folded.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (squeezed.equals("приказ") || squeezed.startsWith("приказываю")) {
            return Optional.of(ApprovalKind.ORDER);
        }
        if (squeezed.equals("постановление") || squeezed.equals("распоряжение")) {
            return Optional.of(ApprovalKind.DECREE);
        }
        if (squeezed.startsWith("протокол")) {
            return Optional.of(ApprovalKind.MINUTES);
        }
        return Optional.empty();
    }

    private static boolean isApproval(List<Para> paras, List<Para> after) {
        for (Para p : paras) {
            String f = p.folded();
            String lower = f.toLowerCase(Locale.ROOT);
            if (kindMark(f).isPresent()
                    || lower.contains("направляет")
                    || lower.startsWith("на №")
                    || lower.startsWith("приложение")
                    || DATE_AND_NUMBER.matcher(f).matches()
                    || hasSignature(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIssuer(String folded) {
        String letters = folded.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty()
                && folded.length() < 200
                && !folded.matches(".*\\d.*")
                && (letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.length() > 6
                        || Glossary.isNamedOrganisation(folded));
    }

    // ------------------------------------------------------------------ approval

    private void readApproval(List<Para> paras, List<Para> after) {
        ApprovalDocument.Builder b = ApprovalDocument.builder();
        ApprovalKind kind = null;
        boolean letterMark = false;
        String number = null;
        LocalDate date = null;
        String dateText = null;
        String issuer = null;
        String place = null;
        String docTitle = null;
        String addressee = null;
        Person signatory = null;
        boolean dated = false;
        boolean titleOpen = false;
        List<String> body = new ArrayList<>();
        List<Integer> bodyParas = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.folded();
            String lower = f.toLowerCase(Locale.ROOT);
            Optional<ApprovalKind> mark = kindMark(f);
            if (mark.isPresent()) {
                if (kind == null) {
                    kind = mark.get();
                }
                body.add(f);
                bodyParas.add(i);
                continue;
            }
            if (i == 0 && isIssuer(f)) {
                issuer = f;
                continue;
            }
            if (PLACE.matcher(f).matches() && place == null) {
                place = f;
                continue;
            }
            Matcher dm = DATE_ONLY.matcher(f);
            if (dm.matches() && date == null) {
                date = date(dm.group(1)).orElse(null);
                dated = true;
                continue;
            }
            Matcher nm = NUMBER_ONLY.matcher(f);
            if (nm.matches() && number == null) {
                number = nm.group(1);
                dated = true;
                continue;
            }
            Matcher dn = DATE_AND_NUMBER.matcher(f);
            if (dn.matches() && number == null && date == null) {
                date = date(dn.group(1)).orElse(null);
                number = dn.group(2);
                dated = true;
                letterMark = true;
                continue;
            }
            if (docTitle == null && (f.startsWith("Об ") || f.startsWith("О ")) && kind != null && signatory == null) {
                docTitle = f;
                titleOpen = true;
                continue;
            }
            if (titleOpen && CellText.startsLowerCase(f)) {
                docTitle = docTitle + " " + f;
                continue;
            }
            titleOpen = false;
            if (addressee == null
                    && kind == null
                    && !dated
                    && issuer != null
                    && !isContact(f)
                    && (f.contains("«") || f.matches("^\\p{Lu}{3,}\\s.*") || f.startsWith("Руководител"))) {
                addressee = f;
                continue;
            }
            if (signatory == null && hasSignature(p)) {
                signatory = signature(p, body, bodyParas, paras, i);
                continue;
            }
            if (lower.contains("направляет") || lower.startsWith("на №") || lower.startsWith("приложение:")) {
                letterMark = true;
            }
            if (place == null) {
                Matcher pm = PLACE_INSIDE.matcher(f);
                if (pm.find() && f.length() < 60) {
                    place = pm.group(1);
                }
            }
            if (!body.isEmpty()
                    && body.get(body.size() - 1).toLowerCase(Locale.ROOT).startsWith("приложение к")
                    && !body.get(body.size() - 1).matches("(?s).*[.;:]$")
                    && bodyParas.contains(i - 1)) {
                String joined = body.remove(body.size() - 1) + " " + f;
                body.add(joined);
                bodyParas.add(i);
                f = joined;
                lower = f.toLowerCase(Locale.ROOT);
                annex(f);
                if (number == null && annexNumber != null) {
                    number = annexNumber;
                    date = annexDate;
                    dateText = annexDateText;
                }
                continue;
            }
            if (lower.startsWith("приложение к") && number == null) {
                Matcher am = ANNEX_LINE.matcher(f);
                if (am.find()) {
                    number = am.group(2);
                    Optional<LocalDate> d = date(am.group(1).strip());
                    if (d.isPresent() && date == null) {
                        date = d.get();
                    } else if (date == null) {
                        dateText = am.group(1).strip();
                    }
                }
            }
            addBody(p, body, i > 0 && bodyParas.contains(i - 1) ? body : null);
            bodyParas.add(i);
        }
        for (Para p : after) {
            String f = p.folded();
            Matcher dn = DATE_AND_NUMBER.matcher(f);
            if (dn.matches() && number == null && date == null) {
                date = date(dn.group(1)).orElse(null);
                number = dn.group(2);
                letterMark = true;
                continue;
            }
            for (String line : p.lines()) {
                body.add(line);
            }
        }
        if (kind == null) {
            kind = letterMark || addressee != null ? ApprovalKind.LETTER : ApprovalKind.OTHER;
        }
        if (issuer == null) {
            for (String line : body) {
                int at = line.indexOf(" направляет");
                if (at > 0 && Glossary.isNamedOrganisation(line.substring(0, at))) {
                    issuer = line.substring(0, at).strip();
                    break;
                }
            }
        }
        b.kind(kind);
        if (issuer != null) {
            b.issuer(issuer);
        }
        if (place != null) {
            b.place(place);
        }
        if (number != null) {
            b.number(number);
        }
        if (date != null) {
            b.date(date);
        }
        if (dateText != null) {
            b.dateText(dateText);
        }
        if (docTitle != null) {
            b.title(docTitle);
        }
        if (addressee != null) {
            b.addressee(addressee);
        }
        if (signatory != null) {
            b.signatory(signatory);
        }
        b.body(body);
        approval = Optional.of(b.build());
        if (number == null) {
            warnings.add(paras.get(0).row(), "import.approval-number", "no number of the approving document was found");
        }
        if (date == null && dateText == null) {
            warnings.add(paras.get(0).row(), "import.approval-date", "no date of the approving document was found");
        }
    }

    private Person signature(Para p, List<String> body, List<Integer> bodyParas, List<Para> paras, int i) {
        List<String> lines = p.lines();
        int at = -1;
        Matcher found = null;
        for (int k = 0; k < lines.size(); k++) {
            Matcher m = SIGNATURE.matcher(lines.get(k).replace('\t', ' '));
            if (m.matches()) {
                at = k;
                found = m;
                break;
            }
        }
        String name = found.group(2);
        List<String> positionWords = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        List<String> head = new ArrayList<>(lines.subList(0, at));
        head.add(found.group(1));
        for (String line : head) {
            for (String token : line.replace('\t', ' ').strip().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                boolean junk = LATIN.matcher(token).find()
                        || token.replaceAll("[\\p{L}\\-–—]", "").length() == token.length() && !token.matches("[-–—]");
                if (junk) {
                    noise.add(token);
                } else {
                    positionWords.add(token);
                }
            }
        }
        String position = String.join(" ", positionWords).strip();
        if (position.isEmpty() && !bodyParas.isEmpty() && bodyParas.get(bodyParas.size() - 1) == i - 1) {
            String previous = paras.get(i - 1).folded();
            if (previous.split("\\s+").length <= 12
                    && !previous.contains(".")
                    && body.get(body.size() - 1).equals(previous)) {
                position = previous;
                body.remove(body.size() - 1);
                bodyParas.remove(bodyParas.size() - 1);
            }
        }
        if (!noise.isEmpty()) {
            body.add(String.join(" ", noise));
        }
        for (int k = at + 1; k < lines.size(); k++) {
            body.add(lines.get(k));
        }
        return new Person(name, position.isEmpty() ? Optional.empty() : Optional.of(position));
    }

    /** Adds a paragraph's items to the body: split into lines where it is a list, contacts, or sentences by line. */
    private static void addBody(Para p, List<String> body, List<String> continuing) {
        List<String> lines = p.lines();
        if (lines.isEmpty()) {
            return;
        }
        String first = lines.get(0);
        if (continuing != null && !body.isEmpty() && CellText.startsLowerCase(first)) {
            String last = body.remove(body.size() - 1);
            List<String> rest = items(lines);
            body.add(last + " " + rest.get(0));
            body.addAll(rest.subList(1, rest.size()));
            return;
        }
        body.addAll(items(lines));
    }

    private static List<String> items(List<String> lines) {
        boolean list = lines.stream().anyMatch(l -> l.endsWith(";"));
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String raw : lines) {
            String line = raw.replace('\t', ' ').strip();
            boolean starts = previous == null
                    || list
                    || isContact(line)
                    || isContact(previous)
                    || previous.endsWith(":")
                    || previous.endsWith(".") && Character.isUpperCase(line.codePointAt(0))
                    || NUMBERED_ITEM.matcher(line).matches() && line.matches("^\\d+(\\.\\d+)*\\..*");
            if (starts && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            previous = line;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private String annexNumber;
    private LocalDate annexDate;
    private String annexDateText;

    private void annex(String f) {
        Matcher am = ANNEX_LINE.matcher(f);
        annexNumber = null;
        annexDate = null;
        annexDateText = null;
        if (am.find()) {
            annexNumber = am.group(2);
            Optional<LocalDate> d = date(am.group(1).strip());
            if (d.isPresent()) {
                annexDate = d.get();
            } else {
                annexDateText = am.group(1).strip();
            }
        }
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Finds the participants and reporting duties in the items of the approving document. */
    void participantsAndReporting() {
        if (approval.isEmpty()) {
            return;
        }
        String addressedTo = null;
        for (String item : approval.get().body()) {
            Matcher head = Pattern.compile("^\\d+(?:\\.\\d+)*\\.\\s*Руководител\\p{L}*\\s+(.+?)[,:]")
                    .matcher(item);
            if (head.find()) {
                addressedTo = head.group(1);
            }
            Matcher c = COORDINATOR.matcher(item);
            if (c.find()) {
                String kindWord = c.group(1).toLowerCase(Locale.ROOT);
                ParticipantKind kind = kindWord.startsWith("муниципальн")
                        ? ParticipantKind.MUNICIPAL_COORDINATOR
                        : kindWord.startsWith("регионал")
                                ? ParticipantKind.REGIONAL_COORDINATOR
                                : ParticipantKind.SCHOOL_COORDINATOR;
                Participant.Builder pb = Participant.builder().kind(kind).name(c.group(2));
                if (c.group(3) != null) {
                    String position = c.group(3).strip();
                    pb.position(position);
                    organisationIn(position).ifPresent(pb::organisation);
                }
                participants.add(pb.build());
            }
            Matcher s = SCHOOL_HEAD.matcher(item);
            if (s.matches()) {
                participants.add(Participant.builder()
                        .kind(ParticipantKind.SCHOOL)
                        .name(s.group(1).strip())
                        .head(Person.named(s.group(2)))
                        .build());
            }
            Matcher ctl = CONTROL.matcher(item);
            if (ctl.find()) {
                participants.add(Participant.builder()
                        .kind(ParticipantKind.OTHER)
                        .name(ctl.group(2))
                        .position(ctl.group(1).strip())
                        .build());
            }
            Matcher r = REPORTING.matcher(item);
            if (r.find()) {
                ReportingRequirement.Builder rb = ReportingRequirement.builder()
                        .deadline(Deadline.parse(r.group(3).strip()))
                        .recipient(r.group(1).strip())
                        .subject(r.group(2).strip());
                if (addressedTo != null) {
                    String who = addressedTo;
                    rb.reporter(glossary.entries().stream()
                            .filter(e -> e.isOrganisation() && CellText.samePhrase(e.name, who))
                            .map(Glossary.Entry::key)
                            .findFirst()
                            .orElse(who));
                }
                reporting.add(rb.build());
            }
        }
    }

    private Optional<String> organisationIn(String words) {
        List<String> w = CellText.words(words);
        for (Glossary.Entry e : glossary.entries()) {
            if (!e.isOrganisation() || e.abbreviation.isPresent()) {
                continue;
            }
            List<String> name = CellText.words(e.name);
            for (int i = 0; i + name.size() <= w.size(); i++) {
                boolean all = true;
                for (int k = 0; k < name.size() && all; k++) {
                    all = CellText.sameStem(w.get(i + k), name.get(k));
                }
                if (all && !name.isEmpty()) {
                    return Optional.of(e.name);
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ after the title

    private void readRoadmapPart(List<Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String text = CellText.strip(p.text());
            Matcher g = GOAL.matcher(text);
            if (g.lookingAt()) {
                String label = g.group(2);
                List<String> lines = p.lines();
                if (lines.size() > 1 && lines.get(0).strip().matches("^Цел[ьи]\\s*:\\s*$")) {
                    for (String line : lines.subList(1, lines.size())) {
                        goals.add(CellText.unbullet(line));
                    }
                } else {
                    goals.add(label == null ? CellText.fold(text.substring(g.end())) : p.folded());
                }
                continue;
            }
            if (isObjectivesIntro(p)) {
                List<String> lines = new ArrayList<>(p.lines());
                String intro = lines.remove(0);
                if (!intro.matches("(?iu)^задачи\\s*:\\s*$")) {
                    notes.add(intro);
                }
                while (lines.isEmpty()
                        && i + 1 < paras.size()
                        && looksLikeList(paras.get(i + 1).lines())) {
                    i++;
                    lines.addAll(paras.get(i).lines());
                }
                objectives(lines, p.row());
                continue;
            }
            List<String> lines = p.lines();
            if (lines.size() > 1 && lines.get(0).endsWith(":") && looksLikeList(lines.subList(1, lines.size()))) {
                notes.add(lines.get(0));
                for (String item : listItems(lines.subList(1, lines.size()))) {
                    context.add(fact(CellText.unpunctuate(CellText.unbullet(item))));
                }
                continue;
            }
            String folded = p.folded();
            if (folded.endsWith(":")) {
                notes.add(folded);
                continue;
            }
            context.add(fact(folded));
        }
    }

    private static boolean looksLikeList(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0);
        return CellText.isBulleted(first) || NUMBERED_ITEM.matcher(first).matches() && first.matches("^\\d{1,2}\\..*");
    }

    /** List items: a line beginning with a bullet or number starts one; other lines continue it. */
    private static List<String> listItems(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (out.isEmpty() || CellText.isBulleted(line) || line.matches("^\\d{1,2}\\.\\s*\\S.*")) {
                out.add(line);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
            }
        }
        return out;
    }

    private void objectives(List<String> lines, int row) {
        int index = 0;
        for (String item : listItems(lines)) {
            index++;
            String text = item;
            Optional<String> number = Optional.empty();
            if (CellText.isBulleted(text)) {
                text = CellText.unbullet(text);
            } else {
                Matcher m = NUMBERED_ITEM.matcher(text);
                if (m.matches()) {
                    number = Optional.of(m.group(1));
                    text = m.group(2);
                }
            }
            Matcher tail = SENTENCE_TAIL.matcher(text);
            if (tail.matches()) {
                notes.add(tail.group(2).strip());
                text = tail.group(1);
            }
            String id = number.map(n -> n.replaceAll("\\.$", "")).orElse(Integer.toString(index));
            Objective.Builder ob = Objective.builder().id(id).title(CellText.unpunctuate(text));
            number.ifPresent(ob::number);
            objectives.add(ob.build());
        }
        if (index == 0) {
            warnings.add(row, "import.no-objectives", "\"Задачи:\" is followed by no list of objectives");
        }
    }

    static ContextFact fact(String text) {
        ContextFact.Builder b = ContextFact.builder().text(text);
        Matcher total = TOTAL.matcher(text);
        while (total.find()) {
            String n = total.group(1);
            if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
                continue;
            }
            b.total(new BigDecimal(n)).totalOf(total.group(2));
            break;
        }
        List<Share> shares = new ArrayList<>();
        Matcher after = SHARE_AFTER.matcher(text);
        while (after.find()) {
            shares.add(new Share(after.group(2).strip(), number(after.group(1)), Optional.empty()));
        }
        if (shares.isEmpty()) {
            Matcher before = SHARE_BEFORE.matcher(text);
            while (before.find()) {
                shares.add(new Share(
                        openLabel(before.group(1).strip()),
                        number(before.group(2)),
                        Optional.ofNullable(before.group(3)).map(BigDecimal::new)));
            }
        }
        if (shares.isEmpty()) {
            Matcher of = SHARE_OF.matcher(text);
            while (of.find()) {
                shares.add(new Share(of.group(2).strip(), number(of.group(1)), Optional.empty()));
            }
        }
        b.shares(shares);
        b.partition(shares.size() >= 2 && text.toLowerCase(Locale.ROOT).contains("из них"));
        return b.build();
    }

    /** The words of a label after a bracket left open before it: "... математики (средний уровень ..." */
    private static String openLabel(String label) {
        int depth = 0;
        int open = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == '(') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (label.charAt(i) == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? label.substring(open + 1).strip() : label;
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(',', '.'));
    }
}
