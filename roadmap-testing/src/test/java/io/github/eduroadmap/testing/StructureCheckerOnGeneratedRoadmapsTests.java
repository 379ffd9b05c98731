package io.github.eduroadmap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.internal.StructureDefects;
import io.github.eduroadmap.validation.internal.StructureDifferential;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator's structure checker reports exactly what Hibernate Validator reported (its oracle, from
 * roadmap-validation's tests) on generated roadmaps and monitoring documents: valid ones, ones with every defect of
 * {@link Defects} planted, and ones with structure defects planted at random (blank, multi-line, negative,
 * out-of-range, ill-ordered, duplicate and empty values, and values just inside each constraint). Same violations,
 * each with the same code, severity, document, pointer, message and arguments, in Russian and English.
 *
 * <p>It lives here because the validator cannot depend on this module's generators.
 */
class StructureCheckerOnGeneratedRoadmapsTests {

    static final long SEED = 20_251_122L;

    static void assertSame(String name, Roadmap roadmap, Optional<Monitoring> monitoring) {
        assertThat(StructureDifferential.differences(roadmap, monitoring))
                .as(name)
                .isEmpty();
    }

    @Test
    void generatedRoadmapsWithStructureDefectsPlanted() {
        Random random = new Random(SEED);
        int violations = 0;
        int cases = 1200;
        for (int i = 0; i < cases; i++) {
            long seed = RoadmapGenerator.caseSeed(SEED, i);
            Roadmap valid = RoadmapGenerator.defaults().generate(seed);
            Monitoring monitoring = MonitoringGenerator.defaults().generate(valid, seed);
            Roadmap r = i % 10 == 0 ? valid : StructureDefects.plant(valid, random, 1 + random.nextInt(8));
            Monitoring m = i % 3 == 0 ? monitoring : StructureDefects.plant(monitoring, random, 1 + random.nextInt(4));
            assertSame("case " + i + " (seed " + seed + ")", r, Optional.of(m));
            violations += StructureDifferential.count(r, Optional.of(m));
        }
        assertThat(violations).as("violations compared").isGreaterThan(cases * 2);
    }

    @Test
    void everyPlantedDefect() {
        List<Planted> planted = Defects.every(SEED, 12).collect(Collectors.toList());
        int structural = 0;
        for (Planted p : planted) {
            assertSame(p.toString(), p.roadmap(), p.monitoring());
            assertSame(p + " (original)", p.originalRoadmap(), p.originalMonitoring());
            if (p.code().startsWith("structure.") || p.code().equals("percent.out-of-range")) {
                structural++;
            }
        }
        assertThat(planted).hasSizeGreaterThan(300);
        assertThat(structural).isGreaterThanOrEqualTo(9 * 12);
    }

    @Test
    void largeGeneratedRoadmapsWithDefects() {
        Random random = new Random(SEED + 1);
        List<String> differences = new ArrayList<>();
        for (int size : new int[] {1000, 3000}) {
            Roadmap valid = RoadmapGenerator.defaults().generate(SEED, size);
            Monitoring monitoring = MonitoringGenerator.defaults().generate(valid, SEED);
            assertSame("valid, " + size + " activities", valid, Optional.of(monitoring));
            Roadmap r = StructureDefects.plant(valid, random, 60);
            Monitoring m = StructureDefects.plant(monitoring, random, 20);
            differences.addAll(StructureDifferential.differences(r, Optional.of(m)));
            assertThat(StructureDifferential.count(r, Optional.of(m))).isGreaterThan(20);
        }
        assertThat(differences).isEmpty();
    }
}
