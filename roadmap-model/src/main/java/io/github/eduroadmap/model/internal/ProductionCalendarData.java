package io.github.eduroadmap.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of a production calendar that differ from the plain rule (Saturday and Sunday off, the rest working), read
 * from the line format documented in {@code production-calendar-ru.txt}.
 *
 * <p>The Russian data is read once, on first use, from the resource shipped beside this class; a read that fails
 * throws every time it is attempted, with the line at fault. Instances are immutable and thread-safe.
 */
public final class ProductionCalendarData {

    /** The name of the resource with the Russian data, beside this class. */
    public static final String RUSSIAN_RESOURCE = "production-calendar-ru.txt";

    /** What the data says about one day. */
    public enum Mark {
        /** Nothing: the day follows the plain rule and the fixed holidays. */
        NONE,
        /** A Monday to Friday that is a day off (a fixed holiday or a day off moved onto it). */
        DAY_OFF,
        /** A Saturday or Sunday made a working day. */
        WORKING_WEEKEND,
        /** A Monday to Friday the President declared non-working. */
        PRESIDENTIAL
    }

    private enum Kind {
        OFF("off", Mark.DAY_OFF),
        WORKING("working", Mark.WORKING_WEEKEND),
        PRESIDENTIAL("presidential", Mark.PRESIDENTIAL),
        SHORTENED("shortened", Mark.NONE);

        final String word;
        final Mark mark;

        Kind(String word, Mark mark) {
            this.word = word;
            this.mark = mark;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }

        static String words() {
            List<String> words = new ArrayList<>();
            for (Kind k : values()) {
                words.add(k.word);
            }
            return String.join(", ", words);
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final String LINE_FORMAT = "expected '<year> <kind> <MM-DD> <MM-DD> ...' or '<year> <kind> -'";

    private static final Object LOCK = new Object();
    private static volatile ProductionCalendarData russian;

    private final SortedSet<Integer> years;
    private final Map<LocalDate, Mark> marks;
    private final Set<LocalDate> shortened;

    private ProductionCalendarData(SortedSet<Integer> years, Map<LocalDate, Mark> marks, Set<LocalDate> shortened) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        this.marks = Map.copyOf(marks);
        this.shortened = Set.copyOf(shortened);
    }

    /**
     * Returns the Russian data, reading the shipped resource on first use.
     *
     * @return the data
     * @throws MalformedCalendarDataException if the resource is malformed (a packaging error)
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static ProductionCalendarData russian() {
        ProductionCalendarData data = russian;
        if (data == null) {
            synchronized (LOCK) {
                data = russian;
                if (data == null) {
                    data = parse(readResource(RUSSIAN_RESOURCE), RUSSIAN_RESOURCE);
                    russian = data;
                }
            }
        }
        return data;
    }

    private static String readResource(String name) {
        try (InputStream in = ProductionCalendarData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the production calendar resource " + name + " is missing beside "
                        + ProductionCalendarData.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the production calendar resource " + name, e);
        }
    }

    /**
     * Tells whether a day is a fixed non-working holiday of Labour Code art. 112 part 1, in the wording in force since
     * 2013.
     *
     * @param date the day
     * @return true for 1-8 January, 23 February, 8 March, 1 May, 9 May, 12 June and 4 November
     */
    public static boolean isFixedHoliday(LocalDate date) {
        int d = date.getDayOfMonth();
        switch (date.getMonth()) {
            case JANUARY:
                return d <= 8;
            case FEBRUARY:
                return d == 23;
            case MARCH:
                return d == 8;
            case MAY:
                return d == 1 || d == 9;
            case JUNE:
                return d == 12;
            case NOVEMBER:
                return d == 4;
            default:
                return false;
        }
    }

    /**
     * Tells whether a day is a Saturday or a Sunday.
     *
     * @param date the day
     * @return true on a Saturday or Sunday
     */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * Returns the years the data covers.
     *
     * @return the years, ascending, without gaps; unmodifiable
     */
    public SortedSet<Integer> years() {
        return years;
    }

    /**
     * Tells whether the data covers a year.
     *
     * @param year the year
     * @return true when the year has data
     */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /**
     * Returns what the data says about a day.
     *
     * @param date the day
     * @return its mark, {@link Mark#NONE} when the data says nothing (also for years without data)
     */
    public Mark mark(LocalDate date) {
        return marks.getOrDefault(date, Mark.NONE);
    }

    /**
     * Tells whether the data lists a day as a shortened pre-holiday working day.
     *
     * @param date the day
     * @return true when listed
     */
    public boolean isShortened(LocalDate date) {
        return shortened.contains(date);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProductionCalendarData)) {
            return false;
        }
        ProductionCalendarData other = (ProductionCalendarData) o;
        return years.equals(other.years) && marks.equals(other.marks) && shortened.equals(other.shortened);
    }

    @Override
    public int hashCode() {
        return Objects.hash(years, marks, shortened);
    }

    @Override
    public String toString() {
        return "ProductionCalendarData{years=" + years.first() + ".." + years.last() + ", marked days=" + marks.size()
                + ", shortened days=" + shortened.size() + "}";
    }

    /** One line of data: its number and the days it lists. */
    private static final class Line {
        final int number;
        final List<LocalDate> days;

        Line(int number, List<LocalDate> days) {
            this.number = number;
            this.days = days;
        }
    }

    /**
     * Reads calendar data in the line format of {@code production-calendar-ru.txt}.
     *
     * @param text the text
     * @param source the name to give in error messages
     * @return the data
     * @throws MalformedCalendarDataException naming the line, on any line that is not a comment, blank or a valid
     *     data line, and on data that breaks the rules (a day of the wrong weekday, a holiday not listed as off, a
     *     year without every kind, a gap between years)
     */
    public static ProductionCalendarData parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Map<Integer, Map<Kind, Line>> byYear = new TreeMap<>();
        Map<Integer, Integer> firstLine = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            if (tokens.length < 3) {
                throw new MalformedCalendarDataException(
                        source, number, "'" + line + "' has too few fields; " + LINE_FORMAT);
            }
            if (!YEAR.matcher(tokens[0]).matches()) {
                throw new MalformedCalendarDataException(
                        source, number, "'" + tokens[0] + "' is not a year; expected four digits, e.g. 2024");
            }
            int year = Integer.parseInt(tokens[0]);
            Kind kind = Kind.of(tokens[1]);
            if (kind == null) {
                throw new MalformedCalendarDataException(
                        source, number, "'" + tokens[1] + "' is not a kind of day; expected one of " + Kind.words());
            }
            Map<Kind, Line> kinds = byYear.computeIfAbsent(year, y -> new EnumMap<>(Kind.class));
            firstLine.putIfAbsent(year, number);
            if (kinds.containsKey(kind)) {
                throw new MalformedCalendarDataException(
                        source,
                        number,
                        year + " " + kind.word + " is listed twice, first on line " + kinds.get(kind).number
                                + "; expected one line per year and kind");
            }
            kinds.put(kind, new Line(number, days(tokens, year, kind, source, number)));
        }
        if (byYear.isEmpty()) {
            throw new MalformedCalendarDataException(source, 0, "no data lines; " + LINE_FORMAT);
        }
        Map<LocalDate, Mark> marks = new HashMap<>();
        Set<LocalDate> shortened = new HashSet<>();
        Integer previous = null;
        for (Map.Entry<Integer, Map<Kind, Line>> e : byYear.entrySet()) {
            int year = e.getKey();
            if (previous != null && year != previous + 1) {
                throw new MalformedCalendarDataException(
                        source,
                        firstLine.get(year),
                        "years " + previous + " and " + year + " are listed but not " + (previous + 1)
                                + "; expected years without gaps");
            }
            previous = year;
            checkYear(year, e.getValue(), firstLine.get(year), source);
            for (Map.Entry<Kind, Line> k : e.getValue().entrySet()) {
                for (LocalDate day : k.getValue().days) {
                    if (k.getKey() == Kind.SHORTENED) {
                        shortened.add(day);
                    } else {
                        marks.put(day, k.getKey().mark);
                    }
                }
            }
        }
        return new ProductionCalendarData(new TreeSet<>(byYear.keySet()), marks, shortened);
    }

    private static List<LocalDate> days(String[] tokens, int year, Kind kind, String source, int number) {
        if (tokens.length == 3 && tokens[2].equals("-")) {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        for (int t = 2; t < tokens.length; t++) {
            Matcher m = MONTH_DAY.matcher(tokens[t]);
            if (!m.matches()) {
                throw new MalformedCalendarDataException(
                        source,
                        number,
                        "'" + tokens[t] + "' is not a day; expected MM-DD, e.g. 05-09, or a single '-' for none");
            }
            LocalDate day;
            try {
                day = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException ex) {
                throw new MalformedCalendarDataException(
                        source, number, "'" + tokens[t] + "' is not a day of " + year + "; expected MM-DD");
            }
            if (!days.isEmpty() && !day.isAfter(days.get(days.size() - 1))) {
                throw new MalformedCalendarDataException(
                        source,
                        number,
                        "'" + tokens[t] + "' comes after " + days.get(days.size() - 1)
                                + "; expected days in ascending order, each once");
            }
            boolean weekend = isWeekend(day);
            if ((kind == Kind.OFF || kind == Kind.PRESIDENTIAL) && weekend) {
                throw new MalformedCalendarDataException(
                        source,
                        number,
                        day + " is a " + weekday(day) + "; a '" + kind.word
                                + "' day is a Monday to Friday (weekends are days off anyway)");
            }
            if (kind == Kind.WORKING && !weekend) {
                throw new MalformedCalendarDataException(
                        source,
                        number,
                        day + " is a " + weekday(day) + "; a 'working' day is a Saturday or Sunday"
                                + " made a working day");
            }
            days.add(day);
        }
        return List.copyOf(days);
    }

    private static void checkYear(int year, Map<Kind, Line> kinds, int firstLine, String source) {
        for (Kind kind : Kind.values()) {
            if (!kinds.containsKey(kind)) {
                throw new MalformedCalendarDataException(
                        source,
                        firstLine,
                        year + " has no '" + kind.word + "' line; expected every year to list " + Kind.words()
                                + " (a single '-' for none)");
            }
        }
        Line off = kinds.get(Kind.OFF);
        Line working = kinds.get(Kind.WORKING);
        Set<LocalDate> offDays = new HashSet<>(off.days);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isFixedHoliday(day) && !isWeekend(day) && !offDays.contains(day)) {
                throw new MalformedCalendarDataException(
                        source,
                        off.number,
                        day + " is a holiday of Labour Code art. 112 on a " + weekday(day)
                                + "; expected it among the 'off' days");
            }
        }
        for (LocalDate day : working.days) {
            if (isFixedHoliday(day)) {
                throw new MalformedCalendarDataException(
                        source,
                        working.number,
                        day + " is a holiday of Labour Code art. 112; a holiday cannot be a working day");
            }
        }
        Line presidential = kinds.get(Kind.PRESIDENTIAL);
        for (LocalDate day : presidential.days) {
            if (offDays.contains(day)) {
                throw new MalformedCalendarDataException(
                        source,
                        presidential.number,
                        day + " is already an 'off' day; expected a presidential day to be a working day otherwise");
            }
        }
        Set<LocalDate> workingWeekends = new HashSet<>(working.days);
        Line shortened = kinds.get(Kind.SHORTENED);
        for (LocalDate day : shortened.days) {
            boolean workingDay = isWeekend(day) ? workingWeekends.contains(day) : !offDays.contains(day);
            if (!workingDay) {
                throw new MalformedCalendarDataException(
                        source, shortened.number, day + " is a day off; expected a shortened day to be a working day");
            }
        }
    }
}
