package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code approval.placeholder}: the approval document's number or date is printed but empty, a blank form or
 * unreadable, or its text keeps a blank form field.
 *
 * <ul>
 *   <li>the number: blank, with "_", without a digit, or with a character no document number has ("№ __",
 *       "£/(?£L"); "23/6045", "958-а", "01-12/345" are numbers;
 *   <li>variant {@code date}: a printed date that gives no date ("« » Q_ 2021"), or a blank form ("«__» ______
 *       2021");
 *   <li>variant {@code body}: a paragraph of the document with an unfilled field of underscores ("На № _____ от
 *       _____"), or ending in a "№" with no number ("13 Л&amp;Ж/ г. Владивосток №").
 * </ul>
 *
 * <p>A number or date that is not printed at all is not reported.
 */
public final class ApprovalPlaceholderRule extends BuiltInRule {

    /** The characters of document numbers: letters, digits, spaces, "/", "\", dashes, dots, commas, parentheses. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{Nd} /\\\\\\-–—.,()№]+");

    /** A field of underscores, or a "№" with no number after it at the end of a paragraph. */
    private static final Pattern BLANK_FIELD = Pattern.compile("_{3,}|№\\s*$");

    /** Creates the rule. */
    public ApprovalPlaceholderRule() {
        super("approval.placeholder", Severity.WARNING, StructureRules.BUNDLE, "date", "body");
    }

    @Override
    public void check(RuleContext context) {
        Optional<ApprovalDocument> approval = context.roadmap().approval();
        if (approval.isEmpty()) {
            return;
        }
        ApprovalDocument a = approval.get();
        Pointer at = Pointer.root().add("approval");
        if (a.number().isPresent() && isPlaceholderNumber(a.number().get())) {
            context.report(
                    at.add("number"), Args.of("number", Texts.spaced(a.number().get())));
        }
        if (a.dateText().isPresent()) {
            String text = a.dateText().get();
            if (a.date().isEmpty() || text.indexOf('_') >= 0) {
                context.report(at.add("dateText"), "date", Args.of("date", Texts.spaced(text)));
            }
        }
        List<String> body = a.body();
        for (int i = 0; i < body.size(); i++) {
            if (BLANK_FIELD.matcher(body.get(i)).find()) {
                context.report(at.add("body").add(i), "body", Args.of("text", Texts.excerpt(body.get(i))));
            }
        }
    }

    /**
     * Tells whether a printed document number is a placeholder or unreadable.
     *
     * @param number the number as printed
     * @return true for "", "__", "£/(?£L"
     */
    static boolean isPlaceholderNumber(String number) {
        String s = Texts.spaced(number);
        return s.isEmpty()
                || s.indexOf('_') >= 0
                || s.chars().noneMatch(Character::isDigit)
                || !NUMBER.matcher(s).matches();
    }
}
