module io.github.eduroadmap.model {
    requires static org.immutables.value.annotations;
    requires static jakarta.validation;

    exports io.github.eduroadmap.model;
}
