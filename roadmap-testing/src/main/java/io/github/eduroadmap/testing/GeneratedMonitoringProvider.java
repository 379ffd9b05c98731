package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Roadmap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The argument provider behind {@link GeneratedMonitoring}; JUnit instantiates it. */
final class GeneratedMonitoringProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedMonitoring> {

    private GeneratedMonitoring annotation;

    GeneratedMonitoringProvider() {}

    @Override
    public void accept(GeneratedMonitoring annotation) {
        this.annotation = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        RoadmapGenerator roadmaps = Cases.generator(
                context,
                "@GeneratedMonitoring(generator)",
                annotation.generator(),
                RoadmapGenerator.class,
                RoadmapGenerator.defaults());
        MonitoringGenerator monitorings = Cases.generator(
                context,
                "@GeneratedMonitoring(monitoringGenerator)",
                annotation.monitoringGenerator(),
                MonitoringGenerator.class,
                MonitoringGenerator.defaults());
        boolean withSeed = Cases.wantsSeed(parameters, 2);
        return Cases.seeds("GeneratedMonitoring", annotation.count(), annotation.seed(), annotation.seeds())
                .mapToObj(seed -> {
                    Roadmap roadmap = roadmaps.generate(seed);
                    Monitoring monitoring = monitorings.generate(roadmap, seed);
                    return withSeed
                            ? Arguments.argumentSet(Cases.name(seed), roadmap, monitoring, seed)
                            : Arguments.argumentSet(Cases.name(seed), roadmap, monitoring);
                });
    }
}
