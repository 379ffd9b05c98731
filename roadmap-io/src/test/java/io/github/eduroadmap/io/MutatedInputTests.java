package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to valid documents: whatever the damage, a reader either reads a document or refuses it with
 * a {@link RoadmapReadException}; nothing else ever escapes, and what it reads it writes back.
 */
class MutatedInputTests {

    private static final String[] SNIPPETS = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "'",
        "null",
        "true",
        "1e999999",
        "-0",
        "\n",
        "\t",
        "  ",
        "&a ",
        "*a",
        "!!str ",
        "---\n",
        "...",
        "#",
        "//",
        "\u0000",
        "\u00ff",
        "\\u0000",
        "\\ud800",
        "ж",
        "x: y\n",
        "- ",
        "? ",
        "|\n",
        ">\n",
        "\"type\": \"combined\"",
        "type: combined",
        "\"dueDay\": 0",
        "\"extensions\": {}",
        "2022-02-30",
        "--13",
        "\"schema\": \"monitoring/1\"",
        "schema: roadmap/1\n"
    };

    @Test
    void neverLetsAnythingButARoadmapReadExceptionEscape() {
        SplittableRandom random = new SplittableRandom(500);
        int read = 0;
        int refused = 0;
        for (RoadmapFormat format : RoadmapFormat.values()) {
            RoadmapMapper strict = RoadmapMapper.of(format);
            List<String> documents = List.of(
                    strict.writeToString(Samples.full()),
                    strict.writeToString(Samples.monitoring()),
                    strict.writeToString(RoadmapMapper.yaml()
                            .lenient()
                            .read(java.nio.file.Path.of(
                                    "src/test/resources/io/github/eduroadmap/io/lenient/portal-export.yaml"))));
            for (int i = 0; i < 300; i++) {
                String damaged = damage(documents.get(random.nextInt(documents.size())), random);
                for (RoadmapMapper m : List.of(strict, strict.lenient())) {
                    try {
                        Document d = m.readDocument(damaged);
                        read++;
                        String again = m.writeToString(d);
                        assertThat(m.readDocument(again))
                                .as("%s%n%s", damaged, again)
                                .isEqualTo(d);
                    } catch (RoadmapReadException e) {
                        refused++;
                        assertThat(e.line()).isPositive();
                        assertThat(e.column()).isPositive();
                    } catch (RuntimeException | StackOverflowError e) {
                        throw new AssertionError("reading this " + format + " threw " + e + ":\n" + damaged, e);
                    }
                }
            }
        }
        assertThat(refused).isGreaterThan(300);
        assertThat(read).isGreaterThan(10);
    }

    @Test
    void neverLetsAnythingButARoadmapReadExceptionEscapeFromRandomBytes() {
        SplittableRandom random = new SplittableRandom(501);
        byte[] base = RoadmapMapper.json().writeToString(Samples.full()).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 200; i++) {
            byte[] b = base.clone();
            for (int k = random.nextInt(1, 6); k > 0; k--) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            for (RoadmapMapper m : List.of(RoadmapMapper.json(), RoadmapMapper.yaml())) {
                try {
                    m.readDocument(new java.io.ByteArrayInputStream(b), "bytes");
                } catch (RoadmapReadException e) {
                    assertThat(e.getMessage()).startsWith("bytes:");
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("reading damaged bytes as " + m.format() + " threw " + e, e);
                }
            }
        }
    }

    private static String damage(String doc, SplittableRandom random) {
        StringBuilder b = new StringBuilder(doc);
        for (int k = random.nextInt(1, 4); k > 0; k--) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(5)) {
                case 0:
                    b.delete(at, Math.min(b.length(), at + random.nextInt(1, 40)));
                    break;
                case 1:
                    b.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                    break;
                case 2:
                    int from = random.nextInt(b.length());
                    String piece = b.substring(from, Math.min(b.length(), from + random.nextInt(1, 80)));
                    b.insert(at, piece);
                    break;
                case 3:
                    b.setLength(at);
                    break;
                default:
                    b.setCharAt(at, (char) random.nextInt(32, 0x500));
            }
            if (b.length() == 0) {
                break;
            }
        }
        return b.toString();
    }
}
