package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every rule built into eduroadmap, group by group. */
public final class BuiltInRules {

    /**
     * The abbreviations a roadmap need not define: known to every reader of a Russian education document.
     */
    public static final Set<String> KNOWN_ABBREVIATIONS = Set.of(
            "РФ",
            "ЕГЭ",
            "ОГЭ",
            "ГИА",
            "ВПР",
            "ФГОС",
            "СОШ",
            "ООШ",
            "НОШ",
            "МОУ",
            "МБОУ",
            "МАОУ",
            "МКОУ",
            "МОБУ",
            "МОАУ",
            "ГАУ",
            "ГБУ",
            "ГКУ",
            "ФГБУ",
            "ДПО",
            "ГАУ ДПО",
            "ВО",
            "ГАОУ ВО",
            "ВКС",
            "ИС",
            "АИС",
            "СМИ",
            "ФИО",
            "ФИОКО",
            "Минпросвещения",
            "ИКТ",
            "ОВЗ",
            "ДОО",
            "МО");

    private BuiltInRules() {}

    /**
     * Returns every built-in rule.
     *
     * @return the rules, in the order they run
     */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(StructureRules.all());
        all.addAll(DeadlineRules.all());
        all.addAll(CoverageRules.all());
        all.addAll(ReportingRules.all());
        return List.copyOf(all);
    }
}
