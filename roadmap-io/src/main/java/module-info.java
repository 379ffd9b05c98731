/** JSON and YAML for roadmaps and monitoring documents. */
module io.github.eduroadmap.io {
    requires transitive io.github.eduroadmap.model;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports io.github.eduroadmap.io;
}
