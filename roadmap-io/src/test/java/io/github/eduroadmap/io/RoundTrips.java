package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Target;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Round-trip assertions for any document: reusable by property tests over generated roadmaps. */
final class RoundTrips {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    private RoundTrips() {}

    /**
     * Asserts that a roadmap written in each format reads back equal, that writing it again gives the same text, and
     * that deadlines, executors and results were written as words exactly when their words read back as the same
     * value.
     *
     * @param roadmap any roadmap
     */
    static void assertRoundTrips(Roadmap roadmap) {
        for (RoadmapFormat format : RoadmapFormat.values()) {
            RoadmapMapper mapper = RoadmapMapper.of(format);
            String text = mapper.writeToString(roadmap);
            Roadmap back = mapper.read(text);
            assertThat(back).as("%s read back:%n%s", format, text).isEqualTo(roadmap);
            assertThat(mapper.writeToString(back))
                    .as("%s written again", format)
                    .isEqualTo(text);
            Document d = mapper.readDocument(text);
            assertThat(d).isEqualTo(new RoadmapDocument(roadmap));
            assertThat(mapper.writeToString(d)).isEqualTo(text);
        }
        assertWordsExactlyWhenTheyReadBack(roadmap, RoadmapMapper.json().writeToString(roadmap));
    }

    /**
     * Asserts that a monitoring document written in each format reads back equal, and writing it again gives the same
     * text.
     *
     * @param monitoring any monitoring document
     */
    static void assertRoundTrips(Monitoring monitoring) {
        for (RoadmapFormat format : RoadmapFormat.values()) {
            RoadmapMapper mapper = RoadmapMapper.of(format);
            String text = mapper.writeToString(monitoring);
            Monitoring back = mapper.readMonitoring(text);
            assertThat(back).as("%s read back:%n%s", format, text).isEqualTo(monitoring);
            assertThat(mapper.writeToString(back)).isEqualTo(text);
            assertThat(mapper.readDocument(text)).isEqualTo(new MonitoringDocument(monitoring));
        }
    }

    private static void assertWordsExactlyWhenTheyReadBack(Roadmap roadmap, String json) {
        JsonNode root = TREES.readTree(json);
        for (int i = 0; i < roadmap.reporting().size(); i++) {
            assertDeadlineForm(roadmap.reporting().get(i).deadline(), root.at("/reporting/" + i + "/deadline"));
        }
        for (int s = 0; s < roadmap.sections().size(); s++) {
            Section section = roadmap.sections().get(s);
            for (int a = 0; a < section.activities().size(); a++) {
                Activity activity = section.activities().get(a);
                JsonNode node = root.at("/sections/" + s + "/activities/" + a);
                if (activity.deadline().isPresent()) {
                    assertDeadlineForm(activity.deadline().get(), node.get("deadline"));
                }
                for (int e = 0; e < activity.executors().size(); e++) {
                    Executor executor = activity.executors().get(e);
                    boolean readsBack = Executor.resolve(executor.text(), roadmap.organisations())
                            .equals(executor);
                    assertThat(node.get("executors").get(e).isString())
                            .as("executor %s written as words", executor)
                            .isEqualTo(readsBack);
                }
                for (int r = 0; r < activity.results().size(); r++) {
                    ExpectedResult result = activity.results().get(r);
                    boolean readsBack = Target.parse(result.text()).equals(result.target());
                    assertThat(node.get("results").get(r).isString())
                            .as("result %s written as words", result)
                            .isEqualTo(readsBack);
                }
            }
        }
    }

    private static void assertDeadlineForm(Deadline deadline, JsonNode node) {
        boolean readsBack = Deadline.parse(deadline.text()).equals(deadline);
        assertThat(node.isString()).as("deadline %s written as words", deadline).isEqualTo(readsBack);
        if (deadline instanceof Deadline.Combined && !readsBack) {
            List<Deadline> parts = ((Deadline.Combined) deadline).parts();
            for (int i = 0; i < parts.size(); i++) {
                assertDeadlineForm(parts.get(i), node.get("parts").get(i));
            }
        }
    }
}
