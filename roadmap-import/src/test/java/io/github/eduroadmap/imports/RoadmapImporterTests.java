package io.github.eduroadmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoadmapImporterTests {

    static final Path SEEDS = Path.of("..", "examples", "seeds");

    @Nested
    class Reading {

        @Test
        void readsAFileByItsExtensionAndNamesItInTheWarnings() {
            ImportResult result = RoadmapImporter.create().read(SEEDS.resolve("001_43de54d881a5ee30.txt"));

            assertThat(result.roadmap().activities()).hasSize(37);
            assertThat(result.warnings())
                    .isNotEmpty()
                    .allSatisfy(w -> assertThat(w.source()).isEqualTo("001_43de54d881a5ee30.txt"));
            assertThat(result.warnings().get(0).toString())
                    .startsWith("001_43de54d881a5ee30.txt:54 [import.joined-continuation] ");
        }

        @Test
        void readsAStreamInTheFormatTheOptionsName(@TempDir Path dir) throws Exception {
            byte[] bytes = Files.readAllBytes(SEEDS.resolve("000_fb2531e3bb46fa4a.txt"));

            ImportResult result = RoadmapImporter.create()
                    .read(
                            new ByteArrayInputStream(bytes),
                            "upload.bin",
                            ImportOptions.builder().format(ImportFormat.TEXT).build());

            assertThat(result.roadmap().activities()).hasSize(7);
            assertThat(result.roadmap().id()).isEqualTo(RoadmapId.of("upload"));
        }

        @Test
        void readsTextInWindows1251() throws Exception {
            byte[] bytes = "№\tМероприятие\tСрок\n1.\tСеминар\tМарт 2022\n".getBytes(Charset.forName("windows-1251"));

            Roadmap r = RoadmapImporter.create()
                    .read(new ByteArrayInputStream(bytes), "plan.txt", ImportOptions.defaults())
                    .roadmap();

            assertThat(r.activities())
                    .singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Семинар"));
        }

        @Test
        void takesTheMetadataOfItsOptions() throws Exception {
            ImportOptions options = ImportOptions.builder()
                    .id(RoadmapId.of("mikhailovsky-2022"))
                    .level(Level.MUNICIPAL)
                    .period(DateRange.ofYear(2022))
                    .timeZone(ZoneId.of("Asia/Yakutsk"))
                    .build();

            Roadmap r = RoadmapImporter.create(options)
                    .read(SEEDS.resolve("001_43de54d881a5ee30.txt"))
                    .roadmap();

            assertThat(r.id()).isEqualTo(RoadmapId.of("mikhailovsky-2022"));
            assertThat(r.timeZone()).contains(ZoneId.of("Asia/Yakutsk"));
            assertThat(RoadmapImporter.create(options).options()).isEqualTo(options);
        }

        @Test
        void saysWhichFileIsMissing() {
            assertThatThrownBy(() -> RoadmapImporter.create().read(Path.of("no-such-roadmap.txt")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("no-such-roadmap.txt: no such file");
        }

        @Test
        void givesTheSameResultToManyThreadsAtOnce() throws Exception {
            RoadmapImporter importer = RoadmapImporter.create();
            byte[] bytes = Files.readAllBytes(SEEDS.resolve("004_e0e09935226b7453.txt"));
            ImportResult expected = importer.read(new ByteArrayInputStream(bytes), "004.txt", ImportOptions.defaults());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<ImportResult>> futures = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    futures.add(pool.submit(
                            () -> importer.read(new ByteArrayInputStream(bytes), "004.txt", ImportOptions.defaults())));
                }
                for (Future<ImportResult> f : futures) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void leavesTheStreamOpen() throws Exception {
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream("№\tМероприятие\n1\tСеминар\n".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            RoadmapImporter.create().read(in, "a.txt", ImportOptions.defaults());

            assertThat(closed[0]).isFalse();
        }
    }

    @Nested
    class Options {

        @Test
        void haveNothingSetByDefault() {
            ImportOptions o = ImportOptions.defaults();

            assertThat(List.of(o.format(), o.encoding(), o.delimiter(), o.id(), o.level(), o.period(), o.timeZone()))
                    .allMatch(Optional::isEmpty);
        }

        @Test
        void copyIntoABuilderAndCompareByValue() {
            ImportOptions o = ImportOptions.builder()
                    .format(ImportFormat.CSV)
                    .encoding(Charset.forName("windows-1251"))
                    .delimiter(';')
                    .level(Level.REGIONAL)
                    .build();

            assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
            assertThat(o.toBuilder().delimiter(null).build().delimiter()).isEmpty();
            assertThat(o.toString()).contains("CSV", "windows-1251", ";");
        }
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("plan.txt", Optional.of(ImportFormat.TEXT)),
                Arguments.of("PLAN.TXT", Optional.of(ImportFormat.TEXT)),
                Arguments.of("plan.csv", Optional.of(ImportFormat.CSV)),
                Arguments.of("plan.tsv", Optional.of(ImportFormat.CSV)),
                Arguments.of("карта.xlsx", Optional.of(ImportFormat.XLSX)),
                Arguments.of("карта.docx", Optional.of(ImportFormat.DOCX)),
                Arguments.of("карта.doc", Optional.empty()),
                Arguments.of("карта", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileNames")
    void tellsTheFormatByTheExtension(String name, Optional<ImportFormat> format) {
        assertThat(ImportFormat.forFileName(name)).isEqualTo(format);
    }

    @Test
    void exposesNoInternalTypeInThePublicApi() {
        for (Class<?> type : List.of(
                RoadmapImporter.class,
                ImportOptions.class,
                ImportOptions.Builder.class,
                ImportFormat.class,
                ImportResult.class,
                ImportWarning.class,
                ImportException.class)) {
            List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
            members.addAll(List.of(type.getMethods()));
            for (Executable m : members) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                if (m instanceof Method) {
                    types.add(((Method) m).getGenericReturnType());
                }
                for (Type t : types) {
                    assertThat(t.getTypeName()).as("%s of %s", m, type).doesNotContain(".internal.");
                }
            }
        }
    }
}
