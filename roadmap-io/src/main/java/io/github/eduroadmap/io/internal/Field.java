package io.github.eduroadmap.io.internal;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** Every field name of the file format, once; {@link Shape}s say which object has which. */
public enum Field {
    SCHEMA("schema"),
    ID("id"),
    TITLE("title"),
    LEVEL("level"),
    TERRITORY("territory"),
    REGION("region"),
    MUNICIPALITY("municipality"),
    PROGRAMME("programme"),
    PERIOD("period"),
    TIME_ZONE("timeZone"),
    APPROVAL("approval"),
    KIND("kind"),
    ISSUER("issuer"),
    PLACE("place"),
    NUMBER("number"),
    DATE("date"),
    DATE_TEXT("dateText"),
    ADDRESSEE("addressee"),
    SIGNATORY("signatory"),
    NAME("name"),
    POSITION("position"),
    BODY("body"),
    GOALS("goals"),
    OBJECTIVES("objectives"),
    ORGANISATIONS("organisations"),
    ABBREVIATION("abbreviation"),
    TERMS("terms"),
    MEANING("meaning"),
    PARTICIPANTS("participants"),
    HEAD("head"),
    ORGANISATION("organisation"),
    REPORTING("reporting"),
    DEADLINE("deadline"),
    REPORTER("reporter"),
    RECIPIENT("recipient"),
    SUBJECT("subject"),
    CONTEXT("context"),
    TEXT("text"),
    TOTAL("total"),
    TOTAL_OF("totalOf"),
    SHARES("shares"),
    LABEL("label"),
    PERCENT("percent"),
    COUNT("count"),
    PARTITION("partition"),
    COLUMNS("columns"),
    SECTIONS("sections"),
    OBJECTIVE("objective"),
    NOTES("notes"),
    ACTIVITIES("activities"),
    EXECUTORS("executors"),
    RESULTS("results"),
    EXTENSIONS("extensions"),
    TYPE("type"),
    DATES("dates"),
    MONTH("month"),
    FROM("from"),
    TO("to"),
    FREQUENCY("frequency"),
    DUE_DAY("dueDay"),
    YEAR("year"),
    ARRANGEMENT("arrangement"),
    PARTY("party"),
    PARTS("parts"),
    PERSON("person"),
    ROLE("role"),
    TARGET("target"),
    COMPARISON("comparison"),
    VALUE("value"),
    UNIT("unit"),
    POPULATION("population"),
    PER("per"),
    ROADMAP("roadmap"),
    AS_OF("asOf"),
    REPORTS("reports"),
    SUBMITTED("submitted"),
    DOCUMENT("document"),
    NOTE("note"),
    MEASUREMENTS("measurements"),
    RESULT("result"),
    SCOPE("scope"),
    SOURCE("source"),
    PROGRESS("progress"),
    ACTIVITY("activity"),
    STATUS("status"),
    EVIDENCE("evidence");

    /** An open-addressing table by length, first and last character: no hashing of whole names per lookup. */
    private static final Field[] TABLE = new Field[512];

    static {
        for (Field f : values()) {
            int i = slot(f.key);
            while (TABLE[i] != null) {
                i = (i + 1) & (TABLE.length - 1);
            }
            TABLE[i] = f;
        }
    }

    private static int slot(String key) {
        int n = key.length();
        return (n * 61 + key.charAt(0) * 31 + key.charAt(n - 1) * 7) & (TABLE.length - 1);
    }

    /** The name as written in documents. */
    public final String key;

    /** The name, pre-encoded for generators. */
    public final SerializableString serialized;

    Field(String key) {
        this.key = key;
        this.serialized = new SerializedString(key);
    }

    /**
     * Finds a field by its name in documents.
     *
     * @param key the name
     * @return the field, or null when no object of the format has such a field
     */
    public static Field of(String key) {
        if (key.isEmpty()) {
            return null;
        }
        for (int i = slot(key); ; i = (i + 1) & (TABLE.length - 1)) {
            Field f = TABLE[i];
            if (f == null || f.key.equals(key)) {
                return f;
            }
        }
    }
}
