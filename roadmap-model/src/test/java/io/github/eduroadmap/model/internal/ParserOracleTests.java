package io.github.eduroadmap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The differential oracle of both parsers: every phrase of a large corpus against the readings recorded for it.
 *
 * <p>The corpus ({@value #RESOURCE}, gzipped UTF-8, one phrase a line) holds every result, deadline and other
 * text of the five seed roadmaps ({@code examples/roadmaps}), every line, table cell and paragraph of the raw seed
 * documents, every string literal of the model's tests and of the parsers' documentation, the fuzz inputs, the texts
 * of roadmaps of {@code roadmap-testing}'s generator over many seeds, mutations of all of these (case, spaces and
 * line breaks, punctuation, digits swapped, dropped or added, truncations, dashes, joins) and random words of the
 * parsers' vocabulary. Beside each phrase stand the targets {@link TargetParser#parseAll(String)} reads from it and
 * the deadline {@link DeadlineParser#parse(String)} reads, in the compact form of {@link #targets(String)} and
 * {@link #deadline(String)}. The readings were recorded with the parsers as they were before they were tuned for
 * speed; a change of any reading fails here, whatever the reason.
 *
 * <p>A mismatch prints the command that records the new readings ({@code -Dgolden.accept=true}); nothing is recorded
 * unless asked for. To add phrases, append them to the file as lines of the phrase (escaped as {@link #escape(String)}
 * does) and two tabs, and record: recording reads every phrase again with the parsers as they are.
 */
class ParserOracleTests {

    static final String RESOURCE = "parser-oracle.txt.gz";

    /** Where {@value #RESOURCE} lives in the sources, from the module's directory (where Maven runs tests). */
    private static final Path SOURCE = Path.of("src/test/resources/io/github/eduroadmap/model/internal", RESOURCE);

    private static final String ACCEPT = "golden.accept";

    private static final String ACCEPT_COMMAND = "./mvnw -q -pl roadmap-model -am test"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ParserOracleTests -D" + ACCEPT + "=true";

    /** One recorded line: the phrase, its targets and its deadline in the compact form. */
    record Line(String phrase, String targets, String deadline) {}

    private static List<Line> lines;
    private static List<String> header;

    @BeforeAll
    static void load() throws IOException {
        lines = new ArrayList<>();
        header = new ArrayList<>();
        InputStream in = ParserOracleTests.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            fail("no corpus %s on the class path", RESOURCE);
        }
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8), 1 << 16)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.startsWith("#")) {
                    header.add(l);
                    continue;
                }
                String[] f = l.split("\t", -1);
                assertThat(f).as("line %s", l).hasSize(3);
                lines.add(new Line(unescape(f[0]), f[1], f[2]));
            }
        }
    }

    @Test
    void holdsALargeCorpus() {
        assertThat(lines).hasSizeGreaterThan(60_000);
        assertThat(lines.stream().map(Line::phrase).distinct().count()).isEqualTo(lines.size());
        assertThat(lines.stream().filter(l -> !l.targets().isEmpty()).count()).isGreaterThan(20_000);
        assertThat(lines.stream().filter(l -> !l.deadline().equals("U")).count())
                .isGreaterThan(10_000);
    }

    @Test
    void readsEveryPhraseAsRecorded() throws IOException {
        List<Line> actual = new ArrayList<>(lines.size());
        for (Line l : lines) {
            actual.add(new Line(l.phrase(), targets(l.phrase()), deadline(l.phrase())));
        }
        if (Boolean.getBoolean(ACCEPT)) {
            write(actual);
            return;
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line want = lines.get(i);
            Line got = actual.get(i);
            if (!want.targets().equals(got.targets())) {
                differences.add(String.format(
                        "target of \"%s\"%n    recorded %s%n    now      %s",
                        escape(want.phrase()), want.targets(), got.targets()));
            }
            if (!want.deadline().equals(got.deadline())) {
                differences.add(String.format(
                        "deadline of \"%s\"%n    recorded %s%n    now      %s",
                        escape(want.phrase()), want.deadline(), got.deadline()));
            }
        }
        if (!differences.isEmpty()) {
            fail(
                    "%d readings differ from %s; the first:%n%s%nif the new readings are right, record them with%n  %s",
                    differences.size(),
                    RESOURCE,
                    String.join(System.lineSeparator(), differences.subList(0, Math.min(25, differences.size()))),
                    ACCEPT_COMMAND);
        }
    }

    @Nested
    class FirstTarget {

        @Test
        void isTheFirstOfAllTargets() {
            for (Line l : lines) {
                List<Target> all = TargetParser.parseAll(l.phrase());
                assertThat(Target.parse(l.phrase()))
                        .as(l.phrase())
                        .isEqualTo(all.isEmpty() ? Optional.empty() : Optional.of(all.get(0)));
            }
        }
    }

    private static void write(List<Line> actual) throws IOException {
        Files.createDirectories(SOURCE.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(SOURCE), 1 << 16);
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (String h : header) {
                w.write(h);
                w.write('\n');
            }
            for (Line l : actual) {
                w.write(escape(l.phrase()));
                w.write('\t');
                w.write(l.targets());
                w.write('\t');
                w.write(l.deadline());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the compact form

    /**
     * Writes the targets of a phrase: each as {@code comparison|value|unit|text|population|per}, joined by ";".
     * Comparison L (at least), M (at most), E (exactly); unit % (percent), C (count), H (hours), T (times); the value
     * in plain digits; the text as {@code @from,to} of the phrase (or escaped when it is no part of it); an absent
     * population or rate is empty.
     */
    static String targets(String phrase) {
        StringJoiner j = new StringJoiner(";");
        for (Target t : TargetParser.parseAll(phrase)) {
            j.add(comparison(t.comparison()) + "|" + t.value().toPlainString() + "|" + unit(t.unit()) + "|"
                    + part(phrase, t.text()) + "|"
                    + t.population().map(ParserOracleTests::escape).orElse("")
                    + "|" + t.per().map(ParserOracleTests::escape).orElse(""));
        }
        return j.toString();
    }

    /**
     * Writes the deadline of a phrase: D date (on), B date (by), S[dates] (several), M month, P month~month (span of
     * months), R date~date (span of dates), E frequency@day (recurring), T year (throughout), A arrangement:party, C(
     * part;part ) with each part's text as in {@link #targets(String)}, U (unparsed). A month is {@code 2022-08} or
     * {@code --08}. The whole deadline keeps the phrase as its text, or is prefixed by "!".
     */
    static String deadline(String phrase) {
        Deadline d = DeadlineParser.parse(phrase);
        String form = form(phrase, d);
        return d.text().equals(phrase) ? form : "!" + escape(d.text()) + "!" + form;
    }

    private static String form(String phrase, Deadline d) {
        if (d instanceof Deadline.OnDate x) {
            return "D" + x.date();
        } else if (d instanceof Deadline.ByDate x) {
            return "B" + x.date();
        } else if (d instanceof Deadline.OnDates x) {
            StringJoiner j = new StringJoiner(",", "S[", "]");
            for (LocalDate date : x.dates()) {
                j.add(date.toString());
            }
            return j.toString();
        } else if (d instanceof Deadline.InMonth x) {
            return "M" + month(x.month());
        } else if (d instanceof Deadline.MonthSpan x) {
            return "P" + month(x.from()) + "~" + month(x.to());
        } else if (d instanceof Deadline.DateSpan x) {
            return "R" + x.from() + "~" + x.to();
        } else if (d instanceof Deadline.Recurring x) {
            return "E" + x.frequency() + x.due().map(r -> "@" + r.day()).orElse("");
        } else if (d instanceof Deadline.Throughout x) {
            return "T" + x.year().map(Object::toString).orElse("");
        } else if (d instanceof Deadline.ByArrangement x) {
            return "A" + x.arrangement() + x.party().map(p -> ":" + escape(p)).orElse("");
        } else if (d instanceof Deadline.Combined x) {
            StringJoiner j = new StringJoiner(";", "C(", ")");
            for (Deadline part : x.parts()) {
                j.add(part(phrase, part.text()) + form(phrase, part));
            }
            return j.toString();
        } else if (d instanceof Deadline.Unparsed) {
            return "U";
        }
        throw new AssertionError("a deadline of no known kind: " + d);
    }

    private static String month(MonthRef m) {
        return m.year().map(y -> y + "-").orElse("--")
                + String.format("%02d", m.month().getValue());
    }

    private static String comparison(Comparison c) {
        switch (c) {
            case AT_LEAST:
                return "L";
            case AT_MOST:
                return "M";
            default:
                return "E";
        }
    }

    private static String unit(Unit u) {
        switch (u) {
            case PERCENT:
                return "%";
            case COUNT:
                return "C";
            case HOURS:
                return "H";
            default:
                return "T";
        }
    }

    /** A part of the phrase as {@code @from,to} of its first occurrence, or quoted and escaped when it is none. */
    private static String part(String phrase, String text) {
        int at = phrase.indexOf(text);
        return at >= 0 ? "@" + at + "," + (at + text.length()) : "\"" + escape(text) + "\"";
    }

    /**
     * Escapes as {@code \}{@code uXXXX} what would break a line or a field or not show: control and format chars,
     * surrogates, white space but the plain space, the backslash, "|", ";" and a leading "#".
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\'
                    || (c == '#' && i == 0) // a line that starts with "#" is a comment
                    || c == '|'
                    || c == ';'
                    || c < 0x20
                    || (c >= 0x7f && c <= 0x9f)
                    || Character.isSurrogate(c)
                    || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))
                    || Character.getType(c) == Character.FORMAT
                    || c == '\uFFFF'
                    || c == '\uFFFE') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
