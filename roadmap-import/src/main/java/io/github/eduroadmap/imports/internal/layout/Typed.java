package io.github.eduroadmap.imports.internal.layout;

import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.ExtensionValue;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words with a typed annotation: a cell value is its words, followed by " ‹json›" when the words alone do not read
 * back to the same typed value (the typed forms of docs/format.md as JSON). Also the JSON of extension data.
 */
final class Typed {

    static final String OPEN = " ‹";
    static final String CLOSE = "›";

    private Typed() {}

    /** Words and, when present, the annotation's JSON. */
    record Annotated(String words, Optional<Object> json) {}

    static String annotate(String words, Optional<Object> json) {
        if (json.isEmpty() && !words.contains("‹")) {
            return words;
        }
        return words + OPEN + Json.write(json.orElse(Json.NULL)) + CLOSE;
    }

    static Annotated split(String cell) {
        if (cell.endsWith(CLOSE)) {
            int at = cell.lastIndexOf(OPEN);
            if (at >= 0) {
                try {
                    Object json = Json.read(cell.substring(at + OPEN.length(), cell.length() - CLOSE.length()));
                    return new Annotated(
                            cell.substring(0, at), json == Json.NULL ? Optional.empty() : Optional.of(json));
                } catch (RuntimeException e) {
                    return new Annotated(cell, Optional.empty());
                }
            }
        }
        return new Annotated(cell, Optional.empty());
    }

    // ------------------------------------------------------------------ deadlines

    static String deadline(Deadline d) {
        return annotate(
                d.text(), Deadline.parse(d.text()).equals(d) ? Optional.empty() : Optional.of(deadlineJson(d, false)));
    }

    static Deadline deadline(String cell) {
        Annotated a = split(cell);
        if (a.json().isEmpty()) {
            return Deadline.parse(a.words());
        }
        return deadlineOf(a.words(), map(a.json().get()));
    }

    private static Map<String, Object> deadlineJson(Deadline d, boolean withText) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withText) {
            m.put("text", d.text());
        }
        if (d instanceof Deadline.OnDate) {
            m.put("type", "date");
            m.put("date", ((Deadline.OnDate) d).date().toString());
        } else if (d instanceof Deadline.ByDate) {
            m.put("type", "by-date");
            m.put("date", ((Deadline.ByDate) d).date().toString());
        } else if (d instanceof Deadline.OnDates) {
            m.put("type", "dates");
            List<Object> dates = new ArrayList<>();
            ((Deadline.OnDates) d).dates().forEach(x -> dates.add(x.toString()));
            m.put("dates", dates);
        } else if (d instanceof Deadline.InMonth) {
            m.put("type", "month");
            m.put("month", month(((Deadline.InMonth) d).month()));
        } else if (d instanceof Deadline.MonthSpan) {
            m.put("type", "month-span");
            m.put("from", month(((Deadline.MonthSpan) d).from()));
            m.put("to", month(((Deadline.MonthSpan) d).to()));
        } else if (d instanceof Deadline.DateSpan) {
            m.put("type", "date-span");
            m.put("from", ((Deadline.DateSpan) d).from().toString());
            m.put("to", ((Deadline.DateSpan) d).to().toString());
        } else if (d instanceof Deadline.Recurring) {
            Deadline.Recurring r = (Deadline.Recurring) d;
            m.put("type", "recurring");
            m.put("frequency", word(r.frequency()));
            r.due().ifPresent(rule -> m.put("dueDay", BigDecimal.valueOf(rule.day())));
        } else if (d instanceof Deadline.Throughout) {
            m.put("type", "throughout");
            ((Deadline.Throughout) d).year().ifPresent(y -> m.put("year", BigDecimal.valueOf(y.getValue())));
        } else if (d instanceof Deadline.ByArrangement) {
            Deadline.ByArrangement b = (Deadline.ByArrangement) d;
            m.put("type", "by-arrangement");
            m.put("arrangement", word(b.arrangement()));
            b.party().ifPresent(p -> m.put("party", p));
        } else if (d instanceof Deadline.Combined) {
            m.put("type", "combined");
            List<Object> parts = new ArrayList<>();
            for (Deadline part : ((Deadline.Combined) d).parts()) {
                parts.add(deadlineJson(part, true));
            }
            m.put("parts", parts);
        } else {
            m.put("type", "unparsed");
        }
        return m;
    }

    private static Deadline deadlineOf(String text, Map<String, Object> m) {
        String type = string(m.get("type"));
        switch (type) {
            case "date":
                return new Deadline.OnDate(text, LocalDate.parse(string(m.get("date"))));
            case "by-date":
                return new Deadline.ByDate(text, LocalDate.parse(string(m.get("date"))));
            case "dates": {
                List<LocalDate> dates = new ArrayList<>();
                for (Object o : list(m.get("dates"))) {
                    dates.add(LocalDate.parse(string(o)));
                }
                return new Deadline.OnDates(text, dates);
            }
            case "month":
                return new Deadline.InMonth(text, monthRef(string(m.get("month"))));
            case "month-span":
                return new Deadline.MonthSpan(text, monthRef(string(m.get("from"))), monthRef(string(m.get("to"))));
            case "date-span":
                return new Deadline.DateSpan(
                        text, LocalDate.parse(string(m.get("from"))), LocalDate.parse(string(m.get("to"))));
            case "recurring":
                return new Deadline.Recurring(
                        text,
                        enumOf(Frequency.class, string(m.get("frequency"))),
                        m.containsKey("dueDay")
                                ? Optional.of(new DueRule(((BigDecimal) m.get("dueDay")).intValueExact()))
                                : Optional.empty());
            case "throughout":
                return new Deadline.Throughout(
                        text,
                        m.containsKey("year")
                                ? Optional.of(Year.of(((BigDecimal) m.get("year")).intValueExact()))
                                : Optional.empty());
            case "by-arrangement":
                return new Deadline.ByArrangement(
                        text,
                        enumOf(Arrangement.class, string(m.get("arrangement"))),
                        Optional.ofNullable(m.get("party")).map(Typed::string));
            case "combined": {
                List<Deadline> parts = new ArrayList<>();
                for (Object o : list(m.get("parts"))) {
                    Map<String, Object> part = map(o);
                    parts.add(deadlineOf(string(part.get("text")), part));
                }
                return new Deadline.Combined(text, parts);
            }
            default:
                return new Deadline.Unparsed(text);
        }
    }

    private static String month(MonthRef m) {
        return m.year()
                .map(y -> YearMonth.of(y.getValue(), m.month()).toString())
                .orElse(String.format("--%02d", m.month().getValue()));
    }

    private static MonthRef monthRef(String s) {
        if (s.startsWith("--")) {
            return MonthRef.of(Month.of(Integer.parseInt(s.substring(2))));
        }
        return MonthRef.of(YearMonth.parse(s));
    }

    // ------------------------------------------------------------------ executors

    static String executor(Executor e, List<Organisation> organisations) {
        boolean plain = Executor.resolve(e.text(), organisations).equals(e);
        return annotate(e.text(), plain ? Optional.empty() : Optional.of(executorJson(e)));
    }

    static Executor executor(String cell, List<Organisation> organisations) {
        Annotated a = split(cell);
        if (a.json().isEmpty()) {
            return Executor.resolve(a.words(), organisations);
        }
        Map<String, Object> m = map(a.json().get());
        if (m.containsKey("organisation")) {
            return new OrganisationExecutor(string(m.get("organisation")), a.words());
        }
        if (m.containsKey("person")) {
            return new PersonExecutor(
                    string(m.get("person")),
                    Optional.ofNullable(m.get("position")).map(Typed::string),
                    a.words());
        }
        return new RoleExecutor(a.words());
    }

    private static Map<String, Object> executorJson(Executor e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e instanceof OrganisationExecutor) {
            m.put("organisation", ((OrganisationExecutor) e).organisation());
        } else if (e instanceof PersonExecutor) {
            m.put("person", ((PersonExecutor) e).name());
            ((PersonExecutor) e).position().ifPresent(p -> m.put("position", p));
        } else {
            m.put("role", Boolean.TRUE);
        }
        return m;
    }

    // ------------------------------------------------------------------ results

    static String result(ExpectedResult r) {
        boolean plain = ExpectedResult.parse(r.text()).equals(r);
        if (plain) {
            return annotate(r.text(), Optional.empty());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", r.target().<Object>map(Typed::targetJson).orElse(Json.NULL));
        return annotate(r.text(), Optional.of(m));
    }

    static ExpectedResult result(String cell) {
        Annotated a = split(cell);
        if (a.json().isEmpty()) {
            return ExpectedResult.parse(a.words());
        }
        Object target = map(a.json().get()).get("target");
        if (target == null || target == Json.NULL) {
            return ExpectedResult.ofText(a.words());
        }
        Map<String, Object> t = map(target);
        return new ExpectedResult(
                a.words(),
                Optional.of(new Target(
                        string(t.get("text")),
                        enumOf(Comparison.class, string(t.get("comparison"))),
                        (BigDecimal) t.get("value"),
                        enumOf(Unit.class, string(t.get("unit"))),
                        Optional.ofNullable(t.get("population")).map(Typed::string),
                        Optional.ofNullable(t.get("per")).map(Typed::string))));
    }

    private static Map<String, Object> targetJson(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", t.text());
        m.put("comparison", word(t.comparison()));
        m.put("value", t.value());
        m.put("unit", word(t.unit()));
        t.population().ifPresent(p -> m.put("population", p));
        t.per().ifPresent(p -> m.put("per", p));
        return m;
    }

    // ------------------------------------------------------------------ extensions

    static String extensions(Map<String, ExtensionValue> extensions) {
        if (extensions.isEmpty()) {
            return "";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        extensions.forEach((k, v) -> m.put(k, extensionJson(v)));
        return Json.write(m);
    }

    static Map<String, ExtensionValue> extensions(String cell) {
        if (cell.isBlank()) {
            return Map.of();
        }
        Map<String, ExtensionValue> out = new LinkedHashMap<>();
        map(Json.read(cell)).forEach((k, v) -> out.put(k, extensionOf(v)));
        return out;
    }

    private static Object extensionJson(ExtensionValue v) {
        if (v instanceof ExtensionValue.Text) {
            return ((ExtensionValue.Text) v).value();
        }
        if (v instanceof ExtensionValue.Number) {
            return ((ExtensionValue.Number) v).value();
        }
        if (v instanceof ExtensionValue.Bool) {
            return ((ExtensionValue.Bool) v).value();
        }
        if (v instanceof ExtensionValue.ListValue) {
            List<Object> list = new ArrayList<>();
            ((ExtensionValue.ListValue) v).values().forEach(x -> list.add(extensionJson(x)));
            return list;
        }
        if (v instanceof ExtensionValue.MapValue) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((ExtensionValue.MapValue) v).values().forEach((k, x) -> m.put(k, extensionJson(x)));
            return m;
        }
        return Json.NULL;
    }

    private static ExtensionValue extensionOf(Object o) {
        if (o instanceof String) {
            return ExtensionValue.of((String) o);
        }
        if (o instanceof BigDecimal) {
            return ExtensionValue.of((BigDecimal) o);
        }
        if (o instanceof Boolean) {
            return ExtensionValue.of((Boolean) o);
        }
        if (o instanceof List) {
            List<ExtensionValue> list = new ArrayList<>();
            ((List<?>) o).forEach(x -> list.add(extensionOf(x)));
            return new ExtensionValue.ListValue(list);
        }
        if (o instanceof Map) {
            Map<String, ExtensionValue> m = new LinkedHashMap<>();
            ((Map<?, ?>) o).forEach((k, x) -> m.put(k.toString(), extensionOf(x)));
            return new ExtensionValue.MapValue(m);
        }
        return new ExtensionValue.Null();
    }

    // ------------------------------------------------------------------ helpers

    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String word) {
        return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("expected a JSON array");
        }
        return (List<?>) o;
    }

    private static String string(Object o) {
        if (!(o instanceof String)) {
            throw new IllegalArgumentException("expected a JSON string");
        }
        return (String) o;
    }
}
