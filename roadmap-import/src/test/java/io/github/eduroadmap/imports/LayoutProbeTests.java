package io.github.eduroadmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.internal.interpret.Interpreter;
import io.github.eduroadmap.imports.internal.layout.TableLayout;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Roadmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayoutProbeTests {
    @Test
    void probe() throws Exception {
        List<Path> files;
        try (var s = Files.list(Path.of("..", "examples", "roadmaps"))) {
            files = s.sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            Roadmap r = RoadmapMapper.yaml().read(f);
            ImportResult back = new Interpreter().interpret(TableLayout.of(r), ImportOptions.defaults());
            System.out.println(
                    "==== " + f.getFileName() + " equal=" + back.roadmap().equals(r) + " warnings=" + back.warnings());
            if (!back.roadmap().equals(r)) {
                RoadmapDifferences.of(r, back.roadmap()).forEach(System.out::println);
                RoadmapDifferences.aroundTheTable(r, back.roadmap()).forEach(System.out::println);
                System.out.println(r.equals(back.roadmap()));
            }
        }
        int bad = 0;
        for (int i = 0; i < 300; i++) {
            Roadmap r = io.github.eduroadmap.testing.RoadmapGenerator.defaults()
                    .generate(io.github.eduroadmap.testing.RoadmapGenerator.caseSeed(7L, i));
            Roadmap back;
            try {
                back = new Interpreter()
                        .interpret(TableLayout.of(r), ImportOptions.defaults())
                        .roadmap();
            } catch (RuntimeException e) {
                System.out.println("THROW " + i + " " + e);
                bad++;
                continue;
            }
            if (!back.equals(r)) {
                bad++;
                if (bad < 6) {
                    System.out.println("---- case " + i);
                    RoadmapDifferences.of(r, back).stream().limit(5).forEach(System.out::println);
                    RoadmapDifferences.aroundTheTable(r, back).stream().limit(5).forEach(System.out::println);
                    if (RoadmapDifferences.of(r, back).isEmpty()
                            && RoadmapDifferences.aroundTheTable(r, back).isEmpty()) {
                        System.out.println("other: ext " + r.extensions().equals(back.extensions()) + " approval "
                                + r.approval().equals(back.approval())
                                + " objectives " + r.objectives().equals(back.objectives()) + " orgs "
                                + r.organisations().equals(back.organisations())
                                + " sections " + r.sections().equals(back.sections()) + " part "
                                + r.participants().equals(back.participants()) + " rep "
                                + r.reporting().equals(back.reporting()) + " ctx "
                                + r.context().equals(back.context()));
                        for (int s = 0; s < r.sections().size(); s++) {
                            if (!r.sections().get(s).equals(back.sections().get(s))) {
                                System.out.println(r.sections().get(s));
                                System.out.println(back.sections().get(s));
                                break;
                            }
                        }
                    }
                }
            }
        }
        System.out.println("generated: bad " + bad + " of 300");
        assertThat(true).isTrue();
    }
}
