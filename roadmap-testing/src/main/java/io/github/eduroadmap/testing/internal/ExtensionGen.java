package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.ExtensionValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Extension data of every kind, nested in lists and maps, with keys and numbers that stress writers. */
public final class ExtensionGen {

    private static final List<String> KEYS = List.of(
            "portalId",
            "источник",
            "x-review",
            "ключ с пробелами",
            "reviewed:by",
            "#tag",
            "-dash",
            "null",
            "123",
            "эмодзи📎",
            "nested.dot",
            "");

    private static final List<BigDecimal> NUMBERS = List.of(
            BigDecimal.ONE,
            new BigDecimal("1.0"),
            new BigDecimal("1.00"),
            new BigDecimal("-17"),
            new BigDecimal("52.8"),
            new BigDecimal("12345678901234567890.123456789"),
            new BigDecimal("1E+3"),
            BigDecimal.ZERO,
            new BigDecimal("0.000001"));

    private static final List<String> TEXTS = List.of(
            "проверено",
            "",
            "многострочный\nтекст",
            "«кавычки» и \"кавычки\"",
            "null",
            "true",
            "42",
            "🙂",
            "- не список");

    private ExtensionGen() {}

    /**
     * Returns one to four named values; containers hold values of every kind, containers included.
     *
     * @param rng the source
     * @return the extensions
     */
    public static Map<String, ExtensionValue> extensions(Rng rng) {
        Map<String, ExtensionValue> map = new LinkedHashMap<>();
        int n = rng.between(1, 4);
        for (int i = 0; i < n; i++) {
            map.put(rng.pick(KEYS), value(rng, 0));
        }
        return map;
    }

    /**
     * Returns a value of any kind.
     *
     * @param rng the source
     * @param depth how deep in containers this value lies
     * @return the value
     */
    public static ExtensionValue value(Rng rng, int depth) {
        int kind = depth >= 3 ? rng.nextInt(4) : rng.nextInt(6);
        switch (kind) {
            case 0:
                return ExtensionValue.of(rng.pick(TEXTS));
            case 1:
                return ExtensionValue.of(rng.pick(NUMBERS));
            case 2:
                return ExtensionValue.of(rng.chance(0.5));
            case 3:
                return new ExtensionValue.Null();
            case 4:
                int size = rng.between(0, 4);
                List<ExtensionValue> values = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    values.add(value(rng, depth + 1));
                }
                return new ExtensionValue.ListValue(values);
            default:
                int entries = rng.between(0, 4);
                Map<String, ExtensionValue> map = new LinkedHashMap<>();
                for (int i = 0; i < entries; i++) {
                    map.put(rng.pick(KEYS), value(rng, depth + 1));
                }
                return new ExtensionValue.MapValue(map);
        }
    }
}
