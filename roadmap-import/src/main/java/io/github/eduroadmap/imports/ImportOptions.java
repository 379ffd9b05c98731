package io.github.eduroadmap.imports;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.RoadmapId;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a roadmap table, and the metadata a table may not print. Every option is optional; what is not given
 * is detected from the file or inferred from the document, with these defaults:
 *
 * <ul>
 *   <li>{@code format}: by the file name's extension ({@link ImportFormat#forFileName(String)}); a name without a
 *       known extension is read as {@link ImportFormat#TEXT}.
 *   <li>{@code encoding}: UTF-8 when the bytes are valid UTF-8 (a BOM is skipped), otherwise Windows-1251.
 *   <li>{@code delimiter} (CSV): detected from the first lines among {@code ;}, {@code ,} and tab.
 *   <li>{@code id}: the document's own "Идентификатор" field (tables exported by this library), else the source
 *       name without its extension, made one line; "roadmap" when that is empty.
 *   <li>{@code level}: the document's "Уровень" field, else the kind of the issuing body (a ministry: regional; a
 *       municipal department or committee: municipal), else the title's words ("муниципальн…", "районн…":
 *       municipal; "школьн…": school), else {@link Level#REGIONAL}.
 *   <li>{@code period}: the document's "Период" field, else the title ("в 2022 году", "на 2022 год": the year
 *       2022; "на 2021-2023 годы": 2021 to 2023; "на 2022/2023 учебный год": 1 September 2022 to 31 August 2023),
 *       else the calendar years from the earliest to the latest year the deadlines name (with a warning), else
 *       none.
 *   <li>{@code timeZone}: the document's "Часовой пояс" field, else the zone of the region the document names
 *       ("Приморского края": Asia/Vladivostok), else none.
 * </ul>
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder()
 *     .encoding(Charset.forName("windows-1251"))
 *     .delimiter(';')
 *     .level(Level.MUNICIPAL)
 *     .period(DateRange.ofYear(2022))
 *     .timeZone(ZoneId.of("Asia/Yakutsk"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ImportOptions {

    private static final ImportOptions DEFAULTS = new Builder().build();

    private final ImportFormat format;
    private final Charset encoding;
    private final Character delimiter;
    private final RoadmapId id;
    private final Level level;
    private final DateRange period;
    private final ZoneId timeZone;

    private ImportOptions(Builder b) {
        this.format = b.format;
        this.encoding = b.encoding;
        this.delimiter = b.delimiter;
        this.id = b.id;
        this.level = b.level;
        this.period = b.period;
        this.timeZone = b.timeZone;
    }

    /**
     * Returns the options with nothing set: everything detected or inferred.
     *
     * @return the default options
     */
    public static ImportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder with nothing set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from these options.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.format = format;
        b.encoding = encoding;
        b.delimiter = delimiter;
        b.id = id;
        b.level = level;
        b.period = period;
        b.timeZone = timeZone;
        return b;
    }

    /**
     * Returns the format to read, overriding the file name's extension.
     *
     * @return the format, if set
     */
    public Optional<ImportFormat> format() {
        return Optional.ofNullable(format);
    }

    /**
     * Returns the encoding of a text or CSV file, overriding detection.
     *
     * @return the encoding, if set
     */
    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    /**
     * Returns the cell delimiter of a CSV file, overriding detection.
     *
     * @return the delimiter, if set
     */
    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    /**
     * Returns the id to give the roadmap.
     *
     * @return the id, if set
     */
    public Optional<RoadmapId> id() {
        return Optional.ofNullable(id);
    }

    /**
     * Returns the level to give the roadmap.
     *
     * @return the level, if set
     */
    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    /**
     * Returns the period to give the roadmap.
     *
     * @return the period, if set
     */
    public Optional<DateRange> period() {
        return Optional.ofNullable(period);
    }

    /**
     * Returns the time zone to give the roadmap.
     *
     * @return the zone, if set
     */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportOptions
                && Objects.equals(format, ((ImportOptions) o).format)
                && Objects.equals(encoding, ((ImportOptions) o).encoding)
                && Objects.equals(delimiter, ((ImportOptions) o).delimiter)
                && Objects.equals(id, ((ImportOptions) o).id)
                && Objects.equals(level, ((ImportOptions) o).level)
                && Objects.equals(period, ((ImportOptions) o).period)
                && Objects.equals(timeZone, ((ImportOptions) o).timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, encoding, delimiter, id, level, period, timeZone);
    }

    @Override
    public String toString() {
        return "ImportOptions[format=" + format + ", encoding=" + encoding + ", delimiter=" + delimiter + ", id=" + id
                + ", level=" + level + ", period=" + period + ", timeZone=" + timeZone + "]";
    }

    /** Builds import options; every setter accepts null to unset. */
    public static final class Builder {
        private ImportFormat format;
        private Charset encoding;
        private Character delimiter;
        private RoadmapId id;
        private Level level;
        private DateRange period;
        private ZoneId timeZone;

        private Builder() {}

        /**
         * Sets the format to read.
         *
         * @param format the format, or null to go by the extension
         * @return this builder
         */
        public Builder format(ImportFormat format) {
            this.format = format;
            return this;
        }

        /**
         * Sets the encoding of a text or CSV file.
         *
         * @param encoding the encoding, or null to detect it
         * @return this builder
         */
        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * Sets the cell delimiter of a CSV file.
         *
         * @param delimiter the delimiter, or null to detect it
         * @return this builder
         */
        public Builder delimiter(Character delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Sets the roadmap's id.
         *
         * @param id the id, or null to infer it
         * @return this builder
         */
        public Builder id(RoadmapId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the roadmap's level.
         *
         * @param level the level, or null to infer it
         * @return this builder
         */
        public Builder level(Level level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the roadmap's period.
         *
         * @param period the period, or null to infer it
         * @return this builder
         */
        public Builder period(DateRange period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the roadmap's time zone.
         *
         * @param timeZone the zone, or null to infer it
         * @return this builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ImportOptions build() {
            return new ImportOptions(this);
        }
    }
}
