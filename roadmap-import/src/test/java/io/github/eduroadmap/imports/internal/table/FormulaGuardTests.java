package io.github.eduroadmap.imports.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTests {

    @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=SUM(A1:A2)|'=SUM(A1:A2)",
                "+7 (423) 123|'+7 (423) 123",
                "-|'-",
                "- проведение семинаров|'- проведение семинаров",
                "@МОУО|'@МОУО",
                "'=уже|''=уже",
                "'обычный|'обычный",
                "Итого =5|Итого =5",
                "100%|100%",
                "``|``"
            })
    void neutralisesWhatASpreadsheetWouldRun(String text, String written) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(written);
        assertThat(FormulaGuard.restore(written)).isEqualTo(text);
    }

    @Test
    void neutralisesTabAndCarriageReturnAtTheStart() {
        assertThat(FormulaGuard.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(FormulaGuard.neutralise("\rx")).isEqualTo("'\rx");
    }

    @Test
    void restoresEveryTextItNeutralisedAndNothingElse() {
        SplittableRandom random = new SplittableRandom(20220629L);
        char[] alphabet = {'\'', '=', '+', '-', '@', '\t', '\r', 'а', ' ', '1'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(6);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            String written = FormulaGuard.neutralise(text);
            assertThat(FormulaGuard.restore(written)).as("%s", text).isEqualTo(text);
            if (FormulaGuard.isFormulaLike(text)) {
                assertThat(written).startsWith("'");
            } else {
                assertThat(written).isEqualTo(text);
            }
        }
    }
}
