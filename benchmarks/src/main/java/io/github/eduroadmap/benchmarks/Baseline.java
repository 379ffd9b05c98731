package io.github.eduroadmap.benchmarks;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What merely parsing or printing the same bytes costs: Jackson 3's own trees, with Jackson's default settings except
 * the size limits that the largest input needs.
 */
public final class Baseline {

    /** Jackson's JSON mapper with its defaults (no limit on document length). */
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Jackson's JSON mapper, pretty-printing, for the baseline of writing. */
    public static final ObjectMapper JSON_PRETTY =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * Jackson's YAML mapper with its defaults, except SnakeYAML Engine's limit of 3 MiB of code points per document,
     * raised for the largest input.
     */
    public static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder()
                            .setCodePointLimit(Integer.MAX_VALUE)
                            .build())
                    .build())
            .build();

    private Baseline() {}

    /**
     * Parses JSON into Jackson's tree.
     *
     * @param bytes the UTF-8 bytes
     * @return the tree
     */
    public static JsonNode jsonTree(byte[] bytes) {
        return JSON.readTree(bytes);
    }

    /**
     * Parses YAML into Jackson's tree.
     *
     * @param bytes the UTF-8 bytes
     * @return the tree
     */
    public static JsonNode yamlTree(byte[] bytes) {
        return YAML.readTree(bytes);
    }
}
