package io.github.eduroadmap.imports.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output lives beside the test inputs. A mismatch fails and prints the command that would
 * accept the new output; a missing golden file fails; nothing is recorded unless asked for with
 * {@code -Dgolden.accept=true}.
 */
public final class Golden {

    public static final String ACCEPT = "golden.accept";

    private Golden() {}

    public static void assertMatches(Path golden, String actual, String testName) throws IOException {
        if (Boolean.getBoolean(ACCEPT)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String accept = "./mvnw -q -pl roadmap-import -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest='"
                + testName + "' -D" + ACCEPT + "=true";
        if (!Files.isRegularFile(golden)) {
            fail("no golden file %s; review the output below and accept it with%n  %s%n%n%s", golden, accept, actual);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("output against golden file %s (accept with: %s)", golden, accept)
                .isEqualTo(expected);
    }
}
