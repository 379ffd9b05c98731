package io.github.eduroadmap.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The fields one kind of object of the format has, in the order writers use, which of them are required, and
 * whether it keeps unknown fields in its {@code extensions}.
 */
public final class Shape {

    private static final JsonFactory NAMES = new JsonFactory();

    /** A roadmap document. */
    public static final Shape ROADMAP = new Shape(
            "a roadmap",
            true,
            "schema! id! title! level! territory programme period timeZone approval goals objectives organisations"
                    + " terms participants reporting context columns sections notes extensions");

    /** A territory. */
    public static final Shape TERRITORY = new Shape("a territory", false, "region municipality");

    /** An approval document. */
    public static final Shape APPROVAL = new Shape(
            "an approval", true, "kind! issuer place number date dateText title addressee signatory body extensions");

    /** A person: a signatory or a school head. */
    public static final Shape PERSON = new Shape("a person", false, "name! position");

    /** An objective. */
    public static final Shape OBJECTIVE = new Shape("an objective", true, "id! number title! extensions");

    /** An organisation of the glossary. */
    public static final Shape ORGANISATION = new Shape("an organisation", true, "abbreviation name! kind extensions");

    /** A term of the glossary. */
    public static final Shape TERM = new Shape("a term", false, "abbreviation! meaning!");

    /** A participant. */
    public static final Shape PARTICIPANT =
            new Shape("a participant", true, "kind! name! head position organisation extensions");

    /** A reporting requirement. */
    public static final Shape REPORTING =
            new Shape("a reporting requirement", true, "deadline! reporter recipient subject extensions");

    /** A context fact. */
    public static final Shape CONTEXT_FACT =
            new Shape("a context fact", true, "text! total totalOf shares partition extensions");

    /** A share of a context fact. */
    public static final Shape SHARE = new Shape("a share", false, "label! percent! count");

    /** A section. */
    public static final Shape SECTION =
            new Shape("a section", true, "number title! objective notes activities extensions");

    /** An activity. */
    public static final Shape ACTIVITY =
            new Shape("an activity", true, "number id title! deadline executors results objective notes extensions");

    /** A deadline in typed form. */
    public static final Shape DEADLINE = new Shape(
            "a typed deadline",
            false,
            "text! type! date dates month from to frequency dueDay year arrangement party parts");

    /** An executor in typed form. */
    public static final Shape EXECUTOR = new Shape("a typed executor", false, "organisation person role position text");

    /** An expected result in typed form. */
    public static final Shape RESULT = new Shape("a typed result", false, "text! target");

    /** A target of an expected result. */
    public static final Shape TARGET = new Shape("a target", false, "text! comparison! value! unit! population per");

    /** A monitoring document. */
    public static final Shape MONITORING = new Shape(
            "a monitoring document", true, "schema! roadmap! title asOf reports measurements progress extensions");

    /** A report submission. */
    public static final Shape REPORT =
            new Shape("a report", true, "period! reporter! submitted! recipient document note extensions");

    /** An indicator measurement. */
    public static final Shape MEASUREMENT =
            new Shape("a measurement", true, "result! value! unit! date! scope source extensions");

    /** An activity progress record. */
    public static final Shape PROGRESS =
            new Shape("a progress record", true, "activity! status! asOf evidence note extensions");

    /** The object kind in messages, with its article: "an activity". */
    public final String noun;

    /** Whether unknown fields may be kept in the object's {@code extensions} in lenient mode. */
    public final boolean extensible;

    /** The fields in the order writers use. */
    public final Field[] fields;

    /** The bits of the required fields, by slot. */
    public final long required;

    /** Matches the field names to their slots as the parser reads them, without making strings of them. */
    public final PropertyNameMatcher matcher;

    private final int[] slots;

    private final String allowed;

    private Shape(String noun, boolean extensible, String spec) {
        this.noun = noun;
        this.extensible = extensible;
        String[] names = spec.split(" ");
        this.fields = new Field[names.length];
        this.slots = new int[Field.values().length];
        Arrays.fill(slots, -1);
        long req = 0;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            boolean isRequired = names[i].endsWith("!");
            String key = isRequired ? names[i].substring(0, names[i].length() - 1) : names[i];
            Field f = Field.of(key);
            if (f == null || slots[f.ordinal()] >= 0) {
                throw new IllegalStateException("bad shape field " + key);
            }
            fields[i] = f;
            slots[f.ordinal()] = i;
            if (isRequired) {
                req |= 1L << i;
            }
            keys.add(key);
        }
        this.required = req;
        this.allowed = String.join(", ", keys);
        List<Named> named = new ArrayList<>();
        for (String k : keys) {
            named.add(Named.fromString(k));
        }
        this.matcher = NAMES.constructNameMatcher(named, false);
    }

    /**
     * Returns the slot of a field in this shape.
     *
     * @param field a field, or null
     * @return its position in {@link #fields}, or -1 when this shape has no such field
     */
    public int slot(Field field) {
        return field == null ? -1 : slots[field.ordinal()];
    }

    /**
     * Returns the fields of this shape as a list for messages.
     *
     * @return "number, id, title, ..."
     */
    public String allowed() {
        return allowed;
    }
}
