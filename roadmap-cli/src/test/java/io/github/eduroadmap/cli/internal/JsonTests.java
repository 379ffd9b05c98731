package io.github.eduroadmap.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "plain|\"plain\"",
                "Приморский край|\"Приморский край\"",
                "a\"b\\c|\"a\\\"b\\\\c\"",
            })
    void quotesAndEscapesText(String text, String literal) {
        assertThat(Json.string(text)).isEqualTo(literal);
    }

    @ParameterizedTest
    @CsvSource({"0,\"\\u0000\"", "31,\"\\u001f\"", "10,\"\\n\"", "9,\"\\t\""})
    void escapesControlCharacters(int c, String literal) {
        assertThat(Json.string(String.valueOf((char) c))).isEqualTo(literal);
    }

    @ParameterizedTest
    @CsvSource({
        "d83d,'\"\\ud83d\"'",
        "de00,'\"\\ude00\"'",
    })
    void escapesALoneSurrogate(String hex, String literal) {
        assertThat(Json.string(String.valueOf((char) Integer.parseInt(hex, 16))))
                .isEqualTo(literal);
    }

    @org.junit.jupiter.api.Test
    void keepsAPairOfSurrogatesAndEscapesOnlyTheLoneOnes() throws CharacterCodingException {
        String text = "a\uDE00😀b\uD83D";
        String literal = Json.string(text);

        assertThat(literal).isEqualTo("\"a\\ude00😀b\\ud83d\"");
        StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(literal));
    }
}
