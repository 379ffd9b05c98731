/**
 * Seeded generators of valid roadmaps and monitoring documents for tests, JUnit 5 argument sources that feed them to
 * parameterized tests, defects planted at known places and assertions on validation reports; see the package
 * {@link io.github.eduroadmap.testing}.
 */
module io.github.eduroadmap.testing {
    requires transitive io.github.eduroadmap.model;
    requires transitive io.github.eduroadmap.validation;
    requires transitive org.junit.jupiter.params;
    requires org.junit.platform.commons;

    exports io.github.eduroadmap.testing;

    // JUnit instantiates the (package-private) argument providers of @GeneratedRoadmaps and @GeneratedMonitoring.
    opens io.github.eduroadmap.testing to
            org.junit.platform.commons;
}
