package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Roadmap;
import org.junit.jupiter.api.Test;

/**
 * A character outside the Basic Multilingual Plane (an emoji, two UTF-16 chars) read from YAML wherever it falls
 * against the YAML parser's 1024-character windows. SnakeYAML Engine 3.0.1 failed when the pair straddled a window;
 * the build pins a version that does not.
 */
class SurrogateBoundaryTests {

    @Test
    void anEmojiReadsAtEveryPositionAroundTheParsersWindows() {
        String head = "schema: roadmap/1\nid: x\nlevel: school\ntitle: ";
        for (int window : new int[] {1024, 2048, 3072}) {
            for (int pad = window - head.length() - 8; pad <= window - head.length() + 8; pad++) {
                String title = "т".repeat(pad) + "😀 конец";
                Roadmap r = RoadmapMapper.yaml().read(head + title + "\n");
                assertThat(r.title()).as("pad %d", pad).isEqualTo(title);
            }
        }
    }
}
