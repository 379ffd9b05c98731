package io.github.eduroadmap.io.internal;

import java.util.HashMap;
import java.util.Map;
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

    private static final Map<String, Field> BY_KEY = new HashMap<>();

    static {
        for (Field f : values()) {
            BY_KEY.put(f.key, f);
        }
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
        return BY_KEY.get(key);
    }
}
