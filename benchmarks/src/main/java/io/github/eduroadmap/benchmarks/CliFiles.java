package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.testing.RoadmapGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the files of {@code benchmarks/cli-vs-ajv.sh}: generated roadmaps as JSON, one in {@code every} made invalid
 * in a way both the published JSON Schema and the strict reader refuse (an unknown field, a level that is no level, a
 * missing title, a month 13, an activity title that is an object), so that both tools must agree on each file.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.eduroadmap.benchmarks.CliFiles DIR COUNT EVERY
 * </pre>
 *
 * <p>Prints the names of the invalid files, one per line.
 */
public final class CliFiles {

    /** The ways a file is made invalid, in turn. */
    static final List<String> MUTATIONS =
            List.of("unknown-field", "unknown-level", "missing-title", "month-13", "title-object");

    private CliFiles() {}

    /**
     * Writes the files.
     *
     * @param args the directory, the number of files, and one in how many is invalid (0: none)
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CliFiles DIR COUNT EVERY");
            System.exit(64);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int every = Integer.parseInt(args[2]);
        try {
            Files.createDirectories(dir);
            int width = String.valueOf(count).length();
            for (int i = 0; i < count; i++) {
                Roadmap r = RoadmapGenerator.defaults().generate(RoadmapGenerator.caseSeed(Corpus.SEED, i));
                String name = String.format("roadmap-%0" + width + "d.json", i + 1);
                byte[] json = Corpus.JSON.writeToString(r).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (every > 0 && i % every == every - 1) {
                    json = mutate(json, MUTATIONS.get((i / every) % MUTATIONS.size()));
                    System.out.println(name);
                }
                Files.write(dir.resolve(name), json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes a roadmap document invalid.
     *
     * @param json the document
     * @param mutation one of {@link #MUTATIONS}
     * @return the invalid document
     */
    static byte[] mutate(byte[] json, String mutation) {
        ObjectNode doc = (ObjectNode) Baseline.jsonTree(json);
        switch (mutation) {
            case "unknown-field":
                doc.put("colour", "red");
                break;
            case "unknown-level":
                doc.put("level", "regionl");
                break;
            case "missing-title":
                doc.remove("title");
                break;
            case "month-13":
                doc.put("period", "2022-13");
                break;
            case "title-object":
                ArrayNode sections = doc.withArray("sections");
                ObjectNode section = sections.isEmpty() ? sections.addObject() : (ObjectNode) sections.get(0);
                if (!section.has("title")) {
                    section.put("title", "Раздел");
                }
                ArrayNode activities = section.withArray("activities");
                ObjectNode activity = activities.isEmpty() ? activities.addObject() : (ObjectNode) activities.get(0);
                activity.putObject("title").put("text", "Мероприятие");
                break;
            default:
                throw new IllegalArgumentException("unknown mutation " + mutation);
        }
        return Baseline.JSON_PRETTY.writeValueAsBytes(doc);
    }
}
