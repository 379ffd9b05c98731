package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/**
 * {@code text.unbalanced-quotes} (info): a text whose «» do not pair: an opening « never closed («Внутренняя
 * система ... обучающихся), or a » before its «.
 */
public final class TextUnbalancedQuotesRule extends BuiltInRule {

    /** Creates the rule. */
    public TextUnbalancedQuotesRule() {
        super("text.unbalanced-quotes", Severity.INFO, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        RoadmapTexts texts = RoadmapTexts.of(context, RoadmapTexts.Check.QUOTES);
        for (int t = 0; t < texts.size(); t++) {
            // most texts have no quotes: they fail the check
            if (!texts.passes(t, RoadmapTexts.Check.QUOTES)) {
                continue;
            }
            String text = texts.text(t);
            int open = text.indexOf('«');
            int close = text.indexOf('»');
            int opening = 0;
            int closing = 0;
            boolean early = false;
            for (int i = open < 0 ? close : close < 0 ? open : Math.min(open, close); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '«') {
                    opening++;
                } else if (c == '»') {
                    closing++;
                    early |= closing > opening;
                }
            }
            if (opening != closing || early) {
                context.report(
                        texts.where(t), Args.of("text", Texts.excerpt(text), "opening", opening, "closing", closing));
            }
        }
    }
}
