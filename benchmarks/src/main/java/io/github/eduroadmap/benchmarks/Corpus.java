package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.io.ReadLimits;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.MonitoringGenerator;
import io.github.eduroadmap.testing.RoadmapGenerator;
import io.github.eduroadmap.validation.RoadmapValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The documents of one benchmark input, made in memory: the five real roadmaps of {@code examples/roadmaps}, or one
 * generated roadmap of a given number of activities; each with a generated monitoring document, as models and as JSON
 * and YAML bytes written by {@link RoadmapMapper}.
 *
 * <p>Bytes are made on first request and kept, so that a benchmark's setup pays only for what it reads.
 */
public final class Corpus {

    /** The input of the five real roadmaps. */
    public static final String EXAMPLES = "examples";

    /** Every input, smallest generated first; the values of the benchmarks' {@code input} parameter. */
    public static final List<String> INPUTS = List.of(EXAMPLES, "10", "100", "1000", "10000", "100000");

    /** The five real roadmaps, as in {@code examples/roadmaps}. */
    public static final List<String> EXAMPLE_FILES = List.of(
            "mikhailovsky-district-2022.yaml",
            "primorsky-krai-2021-low-results.yaml",
            "primorsky-krai-2022-2023-education-quality.yaml",
            "primorsky-krai-2022-weakly-involved-schools.yaml",
            "ulchsky-district-2022.yaml");

    /** The seed of every generated roadmap and monitoring document. */
    public static final long SEED = 20_240_901L;

    /** The day every validation is made as of: later than every generated monitoring document's own date. */
    public static final LocalDate AS_OF = LocalDate.of(2030, 12, 31);

    /** Reads documents as large as the largest input (a 100,000-activity roadmap is some 96 MB of JSON). */
    private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxDocumentBytes(1L << 30);

    /** The strict JSON mapper every benchmark reads with, within {@link #LIMITS}. */
    public static final RoadmapMapper JSON = RoadmapMapper.json().withLimits(LIMITS);

    /** The strict YAML mapper every benchmark reads with, within {@link #LIMITS}. */
    public static final RoadmapMapper YAML = RoadmapMapper.yaml().withLimits(LIMITS);

    private final String input;
    private final Roadmap[] roadmaps;
    private final Monitoring[] monitoring;
    private byte[][] json;
    private byte[][] yaml;
    private byte[][] monitoringJson;

    private Corpus(String input, Roadmap[] roadmaps) {
        this.input = input;
        this.roadmaps = roadmaps;
        this.monitoring = new Monitoring[roadmaps.length];
        for (int i = 0; i < roadmaps.length; i++) {
            monitoring[i] = MonitoringGenerator.defaults().generate(roadmaps[i], SEED + i);
        }
    }

    /**
     * Makes the documents of an input.
     *
     * @param input {@value #EXAMPLES} or a number of activities
     * @return the corpus
     * @throws IllegalArgumentException if the input is neither
     */
    public static Corpus of(String input) {
        Objects.requireNonNull(input, "input");
        if (input.equals(EXAMPLES)) {
            Roadmap[] r = new Roadmap[EXAMPLE_FILES.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = YAML.read(new String(example(EXAMPLE_FILES.get(i)), StandardCharsets.UTF_8));
            }
            return new Corpus(input, r);
        }
        int activities;
        try {
            activities = Integer.parseInt(input.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "an input is \"" + EXAMPLES + "\" or a number of activities, got \"" + input + "\"", e);
        }
        return new Corpus(input, new Roadmap[] {RoadmapGenerator.defaults().generate(SEED, activities)});
    }

    /**
     * Returns the bytes of a real roadmap of {@code examples/roadmaps}.
     *
     * @param file its file name
     * @return the YAML bytes
     */
    public static byte[] example(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource examples/" + file
                        + "; the build copies examples/roadmaps/*.yaml onto the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the validator every benchmark uses: every rule on, as of {@link #AS_OF}.
     *
     * @return the validator
     */
    public static RoadmapValidator validator() {
        return RoadmapValidator.builder().asOf(AS_OF).build();
    }

    /**
     * Returns the name of the input.
     *
     * @return {@value #EXAMPLES} or a number of activities
     */
    public String input() {
        return input;
    }

    /**
     * Returns the roadmaps.
     *
     * @return one generated roadmap, or the five real ones
     */
    public Roadmap[] roadmaps() {
        return roadmaps.clone();
    }

    /**
     * Returns the monitoring documents, one per roadmap in the same order.
     *
     * @return the monitoring documents
     */
    public Monitoring[] monitoring() {
        return monitoring.clone();
    }

    /**
     * Returns the roadmaps as JSON.
     *
     * @return the UTF-8 bytes of each roadmap
     */
    public byte[][] json() {
        if (json == null) {
            json = write(roadmaps, r -> JSON.writeToString(r));
        }
        return json;
    }

    /**
     * Returns the roadmaps as YAML.
     *
     * @return the UTF-8 bytes of each roadmap
     */
    public byte[][] yaml() {
        if (yaml == null) {
            yaml = write(roadmaps, r -> YAML.writeToString(r));
        }
        return yaml;
    }

    /**
     * Returns the monitoring documents as JSON.
     *
     * @return the UTF-8 bytes of each document
     */
    public byte[][] monitoringJson() {
        if (monitoringJson == null) {
            monitoringJson = write(monitoring, m -> JSON.writeToString(m));
        }
        return monitoringJson;
    }

    /**
     * Returns the number of activities in all roadmaps.
     *
     * @return the count
     */
    public int activities() {
        int n = 0;
        for (Roadmap r : roadmaps) {
            n += r.sections().stream().mapToInt(s -> s.activities().size()).sum();
        }
        return n;
    }

    /**
     * Returns every deadline phrase of the roadmaps, in document order, as the documents word them: those of the
     * reporting requirements, then those of the activities.
     *
     * @return the phrases
     */
    public List<String> deadlinePhrases() {
        List<String> phrases = new ArrayList<>();
        for (Roadmap r : roadmaps) {
            r.reporting().forEach(q -> phrases.add(q.deadline().text()));
            r.sections().forEach(s -> s.activities().forEach(a -> a.deadline().ifPresent(d -> phrases.add(d.text()))));
        }
        return phrases;
    }

    /**
     * Returns the total size of byte arrays.
     *
     * @param documents the documents
     * @return the sum of their lengths
     */
    public static long size(byte[][] documents) {
        long n = 0;
        for (byte[] b : documents) {
            n += b.length;
        }
        return n;
    }

    private static <T> byte[][] write(T[] values, Function<T, String> writer) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = writer.apply(values[i]).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
