package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile documents, each beside the exact message it must give in {@code <name>.expected.txt}.
 *
 * <p>The name of an input says how it is read: {@code roadmap-*} with {@link RoadmapMapper#read},
 * {@code monitoring-*} with {@link RoadmapMapper#readMonitoring}, {@code document-*} with
 * {@link RoadmapMapper#readDocument}; a {@code lenient-} prefix reads leniently, a {@code limits-} prefix within
 * {@link #SMALL_LIMITS}. The format is the file's extension and the source name is the file name.
 */
class HostileInputTests {

    static final Path DIR = Path.of("src/test/resources/io/github/eduroadmap/io/invalid");

    static final ReadLimits SMALL_LIMITS = ReadLimits.defaults()
            .withMaxDocumentBytes(4096)
            .withMaxStringLength(200)
            .withMaxNestingDepth(16)
            .withMaxNumberLength(20);

    private static final String ACCEPT = "eduroadmap.acceptGolden";

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected.txt"))
                    .sorted()
                    .collect(Collectors.toList());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void refusesEachInputWithItsExactMessage(String name) throws IOException {
        RoadmapReadException e = refusal(name);
        assertThat(e.getMessage())
                .as("the message is made of its parts")
                .isEqualTo(e.source() + ":" + e.line() + ":" + e.column()
                        + (e.pointer().isEmpty() ? ":" : " " + e.pointer() + ":") + " " + e.problem()
                        + "; expected " + e.expected());
        assertThat(e.source()).isEqualTo(name);
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.pointer()).matches("(/[^/]*)*");
        assertThat(e.getMessage()).doesNotContain("tools.jackson", "snakeyaml", "\n");

        Path golden = DIR.resolve(name + ".expected.txt");
        if (Boolean.getBoolean(ACCEPT)) {
            Files.writeString(golden, e.getMessage() + "\n");
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing %s; the input gives:%n%s%nto accept it: %s", golden, e.getMessage(), acceptCommand());
        }
        String expected = Files.readString(golden).strip();
        if (!expected.equals(e.getMessage())) {
            fail(
                    "%s:%nexpected: %s%n but was: %s%nto accept the new message: %s",
                    name, expected, e.getMessage(), acceptCommand());
        }
    }

    @Test
    void hasAtLeastTwentyFiveInputsInBothFormats() throws IOException {
        List<String> names = inputs().collect(Collectors.toList());
        assertThat(names).hasSizeGreaterThanOrEqualTo(25);
        assertThat(names.stream().filter(n -> n.endsWith(".json")).count()).isGreaterThanOrEqualTo(8);
        assertThat(names.stream().filter(n -> n.endsWith(".yaml")).count()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void hasNoGoldenFileWithoutItsInput() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected.txt"))
                    .forEach(n -> assertThat(DIR.resolve(n.substring(0, n.length() - ".expected.txt".length())))
                            .exists());
        }
    }

    @Nested
    class AliasBombs {

        @Test
        void failsAtTheFirstAnchorWellUnderASecond() throws IOException {
            byte[] bomb = Files.readAllBytes(DIR.resolve("roadmap-billion-laughs.yaml"));
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
                for (int i = 0; i < 20; i++) {
                    Throwable t = catchThrowable(
                            () -> RoadmapMapper.yaml().read(new ByteArrayInputStream(bomb), "bomb.yaml"));
                    assertThat(t).isInstanceOf(RoadmapReadException.class).hasMessageContaining("an anchor \"&a\"");
                }
            });
        }

        @Test
        void failsFastOnAHugeBombInBoundedMemory() {
            StringBuilder b = new StringBuilder("schema: roadmap/1\nid: x\ntitle: t\nlevel: school\nextensions:\n");
            b.append("  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 30; i++) {
                b.append("  l").append(i).append(": &l").append(i).append(" [");
                for (int k = 0; k < 10; k++) {
                    b.append(k == 0 ? "" : ", ").append("*l").append(i - 1);
                }
                b.append("]\n");
            }
            String bomb = b.toString();
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            Assertions.assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
                for (RoadmapMapper m :
                        List.of(RoadmapMapper.yaml(), RoadmapMapper.yaml().lenient())) {
                    assertThat(catchThrowable(() -> m.read(bomb)))
                            .isInstanceOf(RoadmapReadException.class)
                            .hasMessage("<string>:6:7 /extensions/l0: an anchor \"&l0\"; expected no anchors or"
                                    + " aliases: this format does not use them");
                }
            });
            long after = rt.totalMemory() - rt.freeMemory();
            assertThat(after - before).isLessThan(64L * 1024 * 1024);
        }
    }

    @Nested
    class Sources {

        @Test
        void namesAFileByItsPathAsGiven(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
            Path file = dir.resolve("mikhailovsky-2022.yaml");
            Files.writeString(file, "schema: roadmap/1\nid: x\ntitle: t\nlevel: regionl\n");
            assertThat(catchThrowable(() -> RoadmapMapper.forPath(file).read(file)))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage(file + ":4:8 /level: \"regionl\" is not a level; expected one of federal,"
                            + " regional, municipal, school");
        }

        @Test
        void namesAStringContentSo() {
            assertThat(catchThrowable(() -> RoadmapMapper.json().read("[]")))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage("<string>:1:1: found a list; expected an object: a roadmap/1 document");
        }

        @Test
        void readsCharactersFromAReaderUnderTheGivenName() {
            assertThat(catchThrowable(() -> RoadmapMapper.yaml()
                            .read(
                                    new java.io.StringReader("schema: roadmap/1\nid: x\ntitle: t\nlevel: sсhool\n"),
                                    "школа.yaml")))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage("школа.yaml:4:8 /level: \"sсhool\" is not a level; expected one of federal, regional,"
                            + " municipal, school");
        }

        @Test
        void refusesAnUnpairedSurrogateInAString() {
            assertThat(catchThrowable(() -> RoadmapMapper.yaml().read("schema: roadmap/1\nid: x\ntitle: a\uD800b\n")))
                    .isInstanceOf(RoadmapReadException.class)
                    .hasMessage("<string>:3:9: an unpaired surrogate U+D800; expected Unicode text");
        }

        @Test
        void countsColumnsInCharactersNotBytes() {
            String json =
                    "{\"schema\": \"roadmap/1\", \"id\": \"дорожная-карта\", \"title\": \"т\", \"level\": \"уровень\"}";
            RoadmapReadException e = (RoadmapReadException)
                    catchThrowable(() -> RoadmapMapper.json().read(json));
            assertThat(e.column()).isEqualTo(json.indexOf("\"уровень\"") + 1);
            assertThat(e.pointer()).isEqualTo("/level");
        }

        @Test
        void reportsAFileThatCannotBeReadAsAnIoFailure(@org.junit.jupiter.api.io.TempDir Path dir) {
            Path missing = dir.resolve("нет.yaml");
            assertThat(catchThrowable(() -> RoadmapMapper.yaml().read(missing)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cannot read " + missing + ": java.nio.file.NoSuchFileException");
        }

        @Test
        void refusesToGuessTheFormatOfAnUnknownExtension() {
            assertThat(catchThrowable(() -> RoadmapMapper.forPath(Path.of("roadmap.txt"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot tell the format of roadmap.txt by its name; expected a file name ending in"
                            + " .json, .yaml or .yml");
            assertThat(RoadmapMapper.forPath(Path.of("a/b.YML")).format()).isEqualTo(RoadmapFormat.YAML);
            assertThat(RoadmapMapper.forPath(Path.of("b.json")).format()).isEqualTo(RoadmapFormat.JSON);
        }
    }

    private static RoadmapReadException refusal(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(name));
        String base = name;
        RoadmapMapper mapper = RoadmapMapper.forPath(Path.of(name));
        if (base.startsWith("lenient-")) {
            mapper = mapper.lenient();
            base = base.substring("lenient-".length());
        }
        if (base.startsWith("limits-")) {
            mapper = mapper.withLimits(SMALL_LIMITS);
            base = base.substring("limits-".length());
        }
        RoadmapMapper m = mapper;
        Throwable t;
        if (base.startsWith("roadmap-")) {
            t = catchThrowable(() -> m.read(new ByteArrayInputStream(bytes), name));
        } else if (base.startsWith("monitoring-")) {
            t = catchThrowable(() -> m.readMonitoring(new ByteArrayInputStream(bytes), name));
        } else if (base.startsWith("document-")) {
            t = catchThrowable(() -> m.readDocument(new ByteArrayInputStream(bytes), name));
        } else {
            throw new AssertionError("an input's name starts with roadmap-, monitoring- or document-: " + name);
        }
        if (!(t instanceof RoadmapReadException)) {
            throw new AssertionError(
                    name + " gave " + t + " instead of a RoadmapReadException; it reads:\n"
                            + new String(bytes, StandardCharsets.UTF_8),
                    t);
        }
        return (RoadmapReadException) t;
    }

    private static String acceptCommand() {
        return "./mvnw -pl roadmap-io -am test -Dtest=HostileInputTests -Dsurefire.failIfNoSpecifiedTests=false -D"
                + ACCEPT + "=true";
    }
}
