package io.github.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's code is the code the build compiles and runs. */
class ReadmeTests {

    @Test
    void theReadmeExampleIsTheQuickStartProgram() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String program = Files.readString(
                Path.of("src/main/java/io/github/eduroadmap/examples/QuickStart.java"), StandardCharsets.UTF_8);
        assertThat(readmeSnippet(readme)).isEqualTo(programSnippet(program));
    }

    @Test
    void theReadmeShowsTheTwoCommandsOfAFreshClone() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("./roadmap validate examples/roadmaps/").contains("./mvnw verify");
        String example = readme.replaceAll("(?s).*\\./roadmap validate (examples/roadmaps/\\S+).*", "$1");
        assertThat(Path.of("..", example)).isRegularFile();
    }

    private static List<String> readmeSnippet(String readme) {
        String block = between(readme, "<!-- quickstart:begin -->", "<!-- quickstart:end -->");
        List<String> lines = new ArrayList<>(List.of(block.strip().split("\n")));
        assertThat(lines.get(0)).isEqualTo("```java");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("```");
        return lines.subList(1, lines.size() - 1);
    }

    private static List<String> programSnippet(String program) {
        String block = between(program, "// README:begin\n", "        // README:end");
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n")) {
            assertThat(line).startsWith("        ");
            lines.add(line.substring(8));
        }
        return lines;
    }

    private static String between(String text, String begin, String end) {
        int b = text.indexOf(begin);
        int e = text.indexOf(end, b + begin.length());
        assertThat(b).as("marker %s", begin).isNotNegative();
        assertThat(e).as("marker %s", end).isPositive();
        return text.substring(b + begin.length(), e);
    }
}
