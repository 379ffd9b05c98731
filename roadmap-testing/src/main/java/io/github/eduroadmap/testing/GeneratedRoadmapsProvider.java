package io.github.eduroadmap.testing;

import io.github.eduroadmap.model.Roadmap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The argument provider behind {@link GeneratedRoadmaps}; JUnit instantiates it. */
final class GeneratedRoadmapsProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedRoadmaps> {

    private GeneratedRoadmaps annotation;

    GeneratedRoadmapsProvider() {}

    @Override
    public void accept(GeneratedRoadmaps annotation) {
        this.annotation = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        RoadmapGenerator generator = Cases.generator(
                context,
                "@GeneratedRoadmaps(generator)",
                annotation.generator(),
                RoadmapGenerator.class,
                RoadmapGenerator.defaults());
        RoadmapGenerator roadmaps =
                annotation.activities() >= 0 ? generator.withActivities(annotation.activities()) : generator;
        boolean withSeed = Cases.wantsSeed(parameters, 1);
        return Cases.seeds("GeneratedRoadmaps", annotation.count(), annotation.seed(), annotation.seeds())
                .mapToObj(seed -> {
                    Roadmap roadmap = roadmaps.generate(seed);
                    return withSeed
                            ? Arguments.argumentSet(Cases.name(seed), roadmap, seed)
                            : Arguments.argumentSet(Cases.name(seed), roadmap);
                });
    }
}
