package io.github.eduroadmap.imports.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.internal.csv.CsvReader;
import io.github.eduroadmap.imports.internal.docx.DocxReader;
import io.github.eduroadmap.imports.internal.xlsx.XlsxReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Seeded random damage to real files: a reader gives a document or an {@link ImportException}, nothing else. */
class DamagedInputTests {

    static final Path FIXTURES = Path.of("src/test/fixtures");
    static final int ROUNDS = 200;

    static byte[] damage(byte[] bytes, SplittableRandom random) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        switch (random.nextInt(3)) {
            case 0:
                return Arrays.copyOf(copy, random.nextInt(copy.length));
            case 1:
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            default:
                int from = random.nextInt(copy.length);
                int to = Math.min(copy.length, from + 1 + random.nextInt(64));
                Arrays.fill(copy, from, to, (byte) random.nextInt(256));
                return copy;
        }
    }

    static void survives(byte[] original, long seed, Function<byte[], SourceDocument> reader) {
        SplittableRandom random = new SplittableRandom(seed);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] damaged = damage(original, random);
            try {
                assertThat(reader.apply(damaged)).isNotNull();
            } catch (ImportException e) {
                refused++;
                assertThat(e.getMessage()).startsWith("t: ").doesNotContain("\n\tat ");
            }
        }
        assertThat(refused).as("some damage is refused").isPositive();
    }

    @Test
    void aDamagedWorkbookIsReadOrRefusedWithAnImportException() throws IOException {
        byte[] xlsx = Files.readAllBytes(FIXTURES.resolve("roadmap-libreoffice.xlsx"));
        survives(xlsx, 0x5EED1L, b -> new XlsxReader().read(new ByteArrayInputStream(b), "t"));
    }

    @Test
    void aDamagedDocumentIsReadOrRefusedWithAnImportException() throws IOException {
        byte[] docx = Files.readAllBytes(FIXTURES.resolve("roadmap-libreoffice.docx"));
        survives(docx, 0x5EED2L, b -> new DocxReader().read(new ByteArrayInputStream(b), "t"));
    }

    @Test
    void aDamagedCsvIsReadOrRefusedWithAnImportException() throws IOException {
        byte[] csv = Files.readAllBytes(FIXTURES.resolve("dates-and-numbers.csv"));
        SplittableRandom random = new SplittableRandom(0x5EED3L);
        for (int round = 0; round < 500; round++) {
            byte[] damaged = damage(csv, random);
            try {
                new CsvReader().read(damaged, "t");
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith("t");
            }
        }
    }
}
