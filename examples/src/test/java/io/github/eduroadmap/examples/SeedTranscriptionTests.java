package io.github.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-made example roadmap against its source document: the activity count of every section (counted by
 * reading the documents), every deadline's words as printed, every word of the transcription found in the document
 * (nothing invented, no spelling "corrected") and every word of the document found in the transcription (nothing
 * lost).
 */
class SeedTranscriptionTests {

    /**
     * A seed and its transcription.
     *
     * @param yaml the example roadmap
     * @param seed the source document
     * @param activitiesPerSection the activity count of each section, counted by reading the document
     * @param notPrinted words of the extracted text that are extraction markers, not printed content
     * @param joinedDeadlines deadlines whose words stand in the document as pieces with other text between them
     * @param splitWords words OCR glued together that the transcription splits: each glued word of the document
     *     with the words it became
     */
    record Transcription(
            String yaml,
            String seed,
            List<Integer> activitiesPerSection,
            Set<String> notPrinted,
            Set<String> joinedDeadlines,
            Map<String, Set<String>> splitWords) {
        @Override
        public String toString() {
            return yaml;
        }
    }

    static Stream<Transcription> transcriptions() {
        return Stream.of(
                // 000: "Задача 1." has an unnumbered row and rows 1-3; "Задача 2." row 4; "Задача 3." rows 5 and 7.
                new Transcription(
                        "primorsky-krai-2022-weakly-involved-schools.yaml",
                        "000_fb2531e3bb46fa4a.txt",
                        List.of(4, 1, 2),
                        Set.of(),
                        Set.of(),
                        Map.of()),
                // 001: I. 1-5; II. 2. 1-20; 3. 1-3; 4. 1-5; 5. 1-3; 5. (again) one row split over two lines.
                new Transcription(
                        "mikhailovsky-district-2022.yaml",
                        "001_43de54d881a5ee30.txt",
                        List.of(5, 20, 3, 5, 3, 1),
                        Set.of(),
                        Set.of(),
                        Map.of()),
                // 002: Задача 1: 4 rows; Задача 2: 17; Задача 3: 4; Задача 4: 3. The OCR'd deadline of the first row of
                // Задача 3 stands on two lines (396 and 402) with the title and executor between its pieces.
                new Transcription(
                        "primorsky-krai-2021-low-results.yaml",
                        "002_e8b8425e262cf782.txt",
                        List.of(4, 17, 4, 3),
                        Set.of(),
                        Set.of("О 1 А О  О  Л Л 1 \\jl.0j.202l"),
                        // the OCR runs two header cells into one word, and a noise letter into the word after it
                        Map.of(
                                "исполнительконтрольная", Set.of("исполнитель", "контрольная"),
                                "Лпроектов", Set.of("Л", "проектов"))),
                // 003: 1.1-1.7; 2.1-2.2; 3.1-3.4; 4.1-4.4; 5.1-5.3.
                new Transcription(
                        "ulchsky-district-2022.yaml",
                        "003_b1f5877a31b3f702.txt",
                        List.of(7, 2, 4, 4, 3),
                        Set.of(),
                        Set.of(),
                        Map.of()),
                // 004: blocks of 1-5, 6-11, 12-23, 24-27, 28-34, 35, 36, 37-39, 40-41 (12 and 19 unnumbered).
                new Transcription(
                        "primorsky-krai-2022-2023-education-quality.yaml",
                        "004_e0e09935226b7453.txt",
                        List.of(5, 6, 12, 4, 7, 1, 1, 3, 2),
                        Set.of("image", "image1", "image2", "image3", "jpeg", "png", "bookmark"),
                        Set.of(),
                        Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcriptions")
    void everySectionHasTheActivitiesOfTheDocument(Transcription t) {
        Roadmap r = read(t);
        assertThat(r.sections().stream().map(s -> s.activities().size()).collect(Collectors.toList()))
                .isEqualTo(t.activitiesPerSection());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcriptions")
    void everyDeadlineIsWordedAsPrinted(Transcription t) {
        String seed = unspaced(seedText(t));
        List<String> missing = new ArrayList<>();
        for (Activity a : read(t).activities()) {
            a.deadline()
                    .map(Deadline::text)
                    .filter(d -> !t.joinedDeadlines().contains(d))
                    .filter(d -> !seed.contains(unspaced(d)))
                    .ifPresent(missing::add);
        }
        assertThat(missing).as("deadline words not printed in %s", t.seed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcriptions")
    void everySectionTitleIsWordedAsPrinted(Transcription t) {
        String seed = unspaced(seedText(t));
        List<String> missing = read(t).sections().stream()
                .map(Section::title)
                .filter(title -> !seed.contains(unspaced(title)))
                .collect(Collectors.toList());
        assertThat(missing).as("section titles not printed in %s", t.seed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcriptions")
    void everyWordOfTheTranscriptionIsPrintedInTheDocument(Transcription t) {
        Set<String> seedWords = words(seedText(t));
        Set<String> invented = new TreeSet<>(words(String.join("\n", texts(read(t), false))));
        invented.removeAll(seedWords);
        t.splitWords().values().forEach(invented::removeAll);
        assertThat(invented)
                .as("words of %s not printed in %s", t.yaml(), t.seed())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcriptions")
    void everyWordOfTheDocumentHasAHomeInTheTranscription(Transcription t) {
        Set<String> lost = new TreeSet<>(words(seedText(t)));
        lost.removeAll(words(String.join("\n", texts(read(t), true))));
        lost.removeAll(t.notPrinted());
        lost.removeAll(t.splitWords().keySet());
        lost.removeAll(LABELS);
        assertThat(lost).as("words of %s lost in %s", t.seed(), t.yaml()).isEmpty();
    }

    private static Roadmap read(Transcription t) {
        return RoadmapMapper.yaml().read(Path.of("roadmaps", t.yaml()));
    }

    private static String seedText(Transcription t) {
        try {
            return Files.readString(Path.of("seeds", t.seed()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read seed " + t.seed(), e);
        }
    }

    /**
     * Drops all white space: cell wrapping and page layout break lines anywhere, also after a hyphen
     * ("25.02.2021-\n12.12.2021"), so words are compared as the characters they are made of, in order.
     */
    static String unspaced(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Labels of the document's structure that the model's fields stand for: "Цель:" is a goal, "Задачи:" objectives. */
    private static final Set<String> LABELS = Set.of("Цель", "Задачи");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The words of a text: runs of letters and digits, case kept. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Every printed text a roadmap holds.
     *
     * @param r the roadmap
     * @param glossary whether to include the names of organisations and the meanings of terms, which a reader may
     *     put in the nominative case ("Ассоциация молодых педагогов" for the printed "Ассоциацией ...")
     */
    static List<String> texts(Roadmap r, boolean glossary) {
        List<String> t = new ArrayList<>();
        t.add(r.title());
        // territory, period, level and ids are metadata a reader adds (seed 001 never prints its region)
        r.programme().ifPresent(t::add);
        r.approval().ifPresent(a -> {
            a.issuer().ifPresent(t::add);
            a.place().ifPresent(t::add);
            a.number().ifPresent(t::add);
            a.dateText().ifPresent(t::add);
            a.date()
                    .ifPresent(d ->
                            t.add(String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())));
            a.title().ifPresent(t::add);
            a.addressee().ifPresent(t::add);
            a.signatory().ifPresent(p -> {
                t.add(p.name());
                p.position().ifPresent(t::add);
            });
            t.addAll(a.body());
        });
        t.addAll(r.goals());
        for (Objective o : r.objectives()) {
            o.number().ifPresent(t::add);
            t.add(o.title());
        }
        for (Organisation o : r.organisations()) {
            o.abbreviation().ifPresent(t::add);
            if (glossary) {
                t.add(o.name());
            }
        }
        for (Term term : r.terms()) {
            t.add(term.abbreviation());
            if (glossary) {
                t.add(term.meaning());
            }
        }
        for (Participant p : r.participants()) {
            t.add(p.name());
            p.head().ifPresent(h -> {
                t.add(h.name());
                h.position().ifPresent(t::add);
            });
            p.position().ifPresent(t::add);
            p.organisation().ifPresent(t::add);
        }
        for (ReportingRequirement q : r.reporting()) {
            t.add(q.deadline().text());
            q.reporter().ifPresent(t::add);
            q.recipient().ifPresent(t::add);
            q.subject().ifPresent(t::add);
        }
        for (ContextFact f : r.context()) {
            t.add(f.text());
            f.totalOf().ifPresent(t::add);
            for (Share s : f.shares()) {
                t.add(s.label());
            }
        }
        t.addAll(r.columns());
        for (Section s : r.sections()) {
            s.number().ifPresent(t::add);
            t.add(s.title());
            t.addAll(s.notes());
            for (Activity a : s.activities()) {
                a.number().ifPresent(t::add);
                t.add(a.title());
                a.deadline().ifPresent(d -> t.add(d.text()));
                for (Executor e : a.executors()) {
                    t.add(e.text());
                    if (e instanceof PersonExecutor) {
                        ((PersonExecutor) e).position().ifPresent(t::add);
                    }
                }
                for (ExpectedResult res : a.results()) {
                    t.add(res.text());
                }
                t.addAll(a.notes());
            }
        }
        t.addAll(r.notes());
        return t;
    }
}
