package io.github.eduroadmap.cli.internal;

import io.github.eduroadmap.io.Document;
import io.github.eduroadmap.io.MonitoringDocument;
import io.github.eduroadmap.io.RoadmapDocument;
import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The text of {@code roadmap show}: a roadmap at a glance, in Russian or English headings. */
public final class ShowReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int BAR_WIDTH = 30;

    private final boolean en;
    private final StringBuilder out = new StringBuilder();

    private ShowReport(boolean en) {
        this.en = en;
    }

    /**
     * Renders a document.
     *
     * @param document a roadmap or monitoring document
     * @param english whether headings are in English rather than Russian
     * @return the text, ending with a line break
     */
    public static String render(Document document, boolean english) {
        ShowReport report = new ShowReport(english);
        if (document instanceof RoadmapDocument) {
            report.roadmap(((RoadmapDocument) document).roadmap());
        } else {
            report.monitoring(((MonitoringDocument) document).monitoring());
        }
        return report.out.toString();
    }

    private String t(String ru, String english) {
        return en ? english : ru;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void field(String label, String value) {
        line(String.format("  %-12s %s", label + ":", value));
    }

    private void roadmap(Roadmap r) {
        line(r.title());
        field("id", r.id().value());
        String where = join(", ", r.territory().region(), r.territory().municipality());
        field(t("уровень", "level"), level(r) + (where.isEmpty() ? "" : " (" + where + ")"));
        r.programme().ifPresent(p -> field(t("программа", "programme"), p));
        field(t("период", "period"), r.period().map(ShowReport::range).orElse(t("не указан", "not stated")));
        field(t("утверждение", "approval"), r.approval().map(this::approval).orElse(t("не указано", "none printed")));
        line("");

        List<Activity> all = r.activities();
        line(t("Разделы", "Sections") + " (" + r.sections().size() + "; " + t("мероприятий", "activities") + " "
                + all.size() + "):");
        int numberWidth = 0;
        for (Section s : r.sections()) {
            numberWidth = Math.max(numberWidth, s.number().orElse("").length());
        }
        for (Section s : r.sections()) {
            String number = numberWidth == 0
                    ? ""
                    : String.format("%-" + numberWidth + "s  ", s.number().orElse(""));
            line(String.format("  %4d  %s%s", s.activities().size(), number, shorten(s.title(), 90)));
        }
        line("");

        byMonth(r);
        executors(all);
        unparsed(r);
    }

    private String level(Roadmap r) {
        switch (r.level()) {
            case FEDERAL:
                return t("федеральный", "federal");
            case REGIONAL:
                return t("региональный", "regional");
            case MUNICIPAL:
                return t("муниципальный", "municipal");
            case SCHOOL:
            default:
                return t("школьный", "school");
        }
    }

    private String approval(ApprovalDocument a) {
        String kind;
        switch (a.kind()) {
            case ORDER:
                kind = t("приказ", "order");
                break;
            case LETTER:
                kind = t("письмо", "letter");
                break;
            case DECREE:
                kind = t("постановление", "decree");
                break;
            case MINUTES:
                kind = t("протокол", "minutes");
                break;
            default:
                kind = t("документ", "document");
        }
        StringBuilder s = new StringBuilder(kind);
        Optional<String> date = a.dateText().or(() -> a.date().map(DAY::format));
        date.ifPresent(d -> s.append(' ').append(t("от", "of")).append(' ').append(d));
        a.number().ifPresent(n -> s.append(" № ").append(n));
        a.issuer().ifPresent(i -> s.append(", ").append(i));
        return s.toString();
    }

    private void byMonth(Roadmap r) {
        line(t(
                "Сроки по месяцам (мероприятий со сроком в месяце):",
                "Due dates by month (activities due in the month):"));
        if (r.period().isEmpty()) {
            line("  "
                    + t(
                            "период не указан: месяцы без года не отнести к году",
                            "no period: months without a year cannot be placed"));
            line("");
            return;
        }
        DateRange period = r.period().get();
        TreeMap<YearMonth, Integer> counts = new TreeMap<>();
        int undated = 0;
        for (Activity a : r.activities()) {
            TreeSet<YearMonth> months = new TreeSet<>();
            if (a.deadline().isPresent()) {
                for (Occurrence o : a.deadline().get().occurrences(period)) {
                    months.add(YearMonth.from(o.due()));
                }
            }
            if (months.isEmpty()) {
                undated++;
            }
            for (YearMonth m : months) {
                counts.merge(m, 1, Integer::sum);
            }
        }
        if (!counts.isEmpty()) {
            YearMonth first = counts.firstKey().isBefore(YearMonth.from(period.start()))
                    ? counts.firstKey()
                    : YearMonth.from(period.start());
            YearMonth last = counts.lastKey().isAfter(YearMonth.from(period.end()))
                    ? counts.lastKey()
                    : YearMonth.from(period.end());
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                int n = counts.getOrDefault(m, 0);
                int bar = n == 0 ? 0 : Math.max(1, n * BAR_WIDTH / max);
                String outside =
                        period.overlaps(DateRange.ofMonth(m)) ? "" : "  " + t("(вне периода)", "(outside the period)");
                line(String.format("  %s  %3d %s%s", m, n, "#".repeat(bar), outside)
                        .stripTrailing());
            }
        }
        line("  "
                + t(
                        "без дат (по графику, по запросу, без срока, не распознано)",
                        "without dates (by schedule, on request, none, unparsed)")
                + ": " + undated);
        line("");
    }

    private void executors(List<Activity> all) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int without = 0;
        for (Activity a : all) {
            if (a.executors().isEmpty()) {
                without++;
            }
            TreeSet<String> names = new TreeSet<>();
            for (Executor e : a.executors()) {
                names.add(
                        e instanceof OrganisationExecutor
                                ? ((OrganisationExecutor) e).organisation()
                                : e.text().strip());
            }
            for (String n : names) {
                counts.merge(n, 1, Integer::sum);
            }
        }
        line(t("Исполнители (мероприятий):", "Executors (activities):"));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((x, y) ->
                y.getValue().equals(x.getValue()) ? x.getKey().compareTo(y.getKey()) : y.getValue() - x.getValue());
        for (Map.Entry<String, Integer> e : entries) {
            line(String.format("  %4d  %s", e.getValue(), shorten(e.getKey(), 100)));
        }
        if (without > 0) {
            line(String.format("  %4d  %s", without, t("(исполнитель не указан)", "(no executor)")));
        }
        line("");
    }

    private void unparsed(Roadmap r) {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < r.sections().size(); s++) {
            List<Activity> acts = r.sections().get(s).activities();
            for (int a = 0; a < acts.size(); a++) {
                Optional<Deadline> d = acts.get(a).deadline();
                if (d.isPresent() && !d.get().isParsed()) {
                    rows.add(String.format(
                            "  /sections/%d/activities/%d/deadline  «%s»",
                            s, a, oneLine(d.get().text())));
                }
            }
        }
        line(t("Нераспознанные сроки", "Unparsed deadlines") + " (" + rows.size() + ")" + (rows.isEmpty() ? "" : ":"));
        rows.forEach(this::line);
    }

    private void monitoring(Monitoring m) {
        line(m.title().orElse(t("Мониторинг", "Monitoring")));
        field(t("карта", "roadmap"), m.roadmap().value());
        m.asOf().ifPresent(d -> field(t("на дату", "as of"), DAY.format(d)));
        field(t("отчётов", "reports"), Integer.toString(m.reports().size()));
        field(t("измерений", "measurements"), Integer.toString(m.measurements().size()));
        field(t("статусов", "progress"), Integer.toString(m.progress().size()));
        TreeMap<String, Integer> byReporter = new TreeMap<>();
        m.reports().forEach(rep -> byReporter.merge(rep.reporter(), 1, Integer::sum));
        if (!byReporter.isEmpty()) {
            line("");
            line(t("Отчёты по отправителям:", "Reports by reporter:"));
            byReporter.forEach((k, v) -> line(String.format("  %4d  %s", v, shorten(k, 100))));
        }
    }

    private static String range(DateRange r) {
        return DAY.format(r.start()) + " – " + DAY.format(r.end());
    }

    private static String join(String sep, Optional<String> a, Optional<String> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get() + sep + b.get();
        }
        return a.or(() -> b).orElse("");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s, int max) {
        String one = oneLine(s);
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
