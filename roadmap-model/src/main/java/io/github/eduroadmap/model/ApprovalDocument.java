package io.github.eduroadmap.model;

import io.github.eduroadmap.model.constraints.OneLine;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The order or letter that approves or sends a roadmap: "приказ от 20.04.2022 № 234", "письмо от 29.06.2022
 * № 23/6045".
 *
 * <p>The number is kept as printed, without the "№" sign, because numbers such as "23/6045" or "958-а" are not
 * numbers, and an OCR'd number such as "£/(?£L" must stay as it is for the validator to report. The date is kept
 * typed; {@link #dateText()} keeps the printed date when it is not simply the typed date in "dd.MM.yyyy" form.
 */
@Value.Immutable
public abstract class ApprovalDocument implements Extensible, WithApprovalDocument {

    ApprovalDocument() {}

    /**
     * Returns the kind of document.
     *
     * @return order, letter, ...
     */
    public abstract ApprovalKind kind();

    /**
     * Returns who issued it, as printed.
     *
     * @return e.g. "Министерство образования Приморского края"
     */
    public abstract Optional<String> issuer();

    /**
     * Returns where it was issued, as printed.
     *
     * @return e.g. "с. Поярково"
     */
    public abstract Optional<String> place();

    /**
     * Returns the number as printed, without the "№" sign.
     *
     * @return e.g. "23/6045"; empty when none is printed
     */
    public abstract Optional<String> number();

    /**
     * Returns the date.
     *
     * @return the date, when it can be read
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the date as printed, when that is not simply {@link #date()} in "dd.MM.yyyy" form: a date in words, a
     * blank form "«__» ______ 2021", or OCR noise.
     *
     * @return the printed date
     */
    public abstract Optional<String> dateText();

    /**
     * Returns the title of the document, as printed.
     *
     * @return e.g. "Об утверждении муниципальной «дорожной карты» ..."
     */
    public abstract Optional<String> title();

    /**
     * Returns to whom a letter is addressed, as printed.
     *
     * @return e.g. "ФГБУ «Федеральный институт оценки качества образования»"
     */
    public abstract Optional<String> addressee();

    /**
     * Returns who signed it.
     *
     * @return the signatory with position
     */
    public abstract Optional<Person> signatory();

    /**
     * Returns the rest of the printed text of the document, paragraph by paragraph: the preamble, the numbered items
     * of an order, the body of a letter, the attachments line, the contact of the person who prepared it.
     *
     * @return the paragraphs in order
     */
    public abstract List<String> body();

    // Bean Validation. A validator configured the usual way (Spring's @Valid included) reads constraints on fields
    // and JavaBeans getters only, and title() is no getter: these private getters carry the constraints of the
    // accessors, so that every validator sees them without configuration. They are not part of the API.

    private Optional<@OneLine String> getNumber() {
        return number();
    }

    private Optional<@Valid Person> getSignatory() {
        return signatory();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds approval documents. */
    public static final class Builder extends ImmutableApprovalDocument.Builder {
        Builder() {}
    }
}
