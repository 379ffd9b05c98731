package io.github.eduroadmap.examples;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.io.RoadmapReadException;
import io.github.eduroadmap.model.Roadmap;

/**
 * Converts a roadmap from YAML to JSON and back, exactly, and shows what a read error looks like: the source, line,
 * column and JSON Pointer of the problem.
 */
public final class ConvertFormats {

    private ConvertFormats() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Roadmap roadmap = RoadmapMapper.yaml().read(ExampleFiles.roadmap("ulchsky-district-2022.yaml"));
        String json = RoadmapMapper.json().writeToString(roadmap);
        Roadmap back = RoadmapMapper.json().read(json);
        System.out.println("JSON: " + json.length() + " characters; read back equal: " + back.equals(roadmap));

        String broken = "schema: roadmap/1\nid: x\ntitle: t\nlevel: regionl\n";
        try {
            RoadmapMapper.yaml().read(broken);
        } catch (RoadmapReadException e) {
            System.out.println(e.getMessage());
        }
    }
}
