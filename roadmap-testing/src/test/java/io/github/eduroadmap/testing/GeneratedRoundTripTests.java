package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import org.junit.jupiter.params.ParameterizedTest;

/** Generated roadmaps and monitoring documents read back exactly equal from JSON and YAML. */
class GeneratedRoundTripTests {

    @ParameterizedTest
    @GeneratedRoadmaps(count = 1000, seed = 20261122L)
    void generatedRoadmapsRoundTripThroughJsonAndYaml(Roadmap roadmap) {
        assertThat(RoadmapMapper.json().read(RoadmapMapper.json().writeToString(roadmap)))
                .isEqualTo(roadmap);
        assertThat(RoadmapMapper.yaml().read(RoadmapMapper.yaml().writeToString(roadmap)))
                .isEqualTo(roadmap);
    }

    @ParameterizedTest
    @GeneratedMonitoring(count = 200, seed = 20261122L)
    void generatedMonitoringRoundTripsThroughJsonAndYaml(Roadmap roadmap, Monitoring monitoring) {
        assertThat(RoadmapMapper.json().readMonitoring(RoadmapMapper.json().writeToString(monitoring)))
                .isEqualTo(monitoring);
        assertThat(RoadmapMapper.yaml().readMonitoring(RoadmapMapper.yaml().writeToString(monitoring)))
                .isEqualTo(monitoring);
    }
}
