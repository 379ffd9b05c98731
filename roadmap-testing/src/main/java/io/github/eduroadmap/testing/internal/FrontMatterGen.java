package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything printed around a roadmap's table: its period, title, approval, participants and context facts. */
public final class FrontMatterGen {

    private static final int[] PARTITION_TOTALS = {4, 8, 10, 16, 20, 25, 40, 50, 80, 100, 125, 200, 250, 400};

    private static final List<List<String>> PARTITION_LABELS = List.of(
            List.of("городские округа", "сельские территории", "муниципальные округа", "муниципальные районы"),
            List.of("ШНОР", "ШНСУ", "ШНОР и ШНСУ одновременно", "прочие школы"),
            List.of("высокий уровень", "средний уровень", "низкий уровень", "не приступили"));

    private FrontMatterGen() {}

    /**
     * Returns a roadmap period that contains at least two whole months: a calendar year most often, a school year,
     * December to November, a half-year, two years, or a range of arbitrary days.
     *
     * @param rng the source
     * @return the period
     */
    public static DateRange period(Rng rng) {
        int year = rng.between(2019, 2026);
        switch (rng.weighted(45, 12, 10, 5, 7, 8, 13)) {
            case 0:
                return DateRange.ofYear(year);
            case 1:
                return DateRange.ofMonths(YearMonth.of(year, 12), YearMonth.of(year + 1, 11));
            case 2:
                return DateRange.ofMonths(YearMonth.of(year, 9), YearMonth.of(year + 1, 8));
            case 3:
                return DateRange.ofMonths(YearMonth.of(year, 9), YearMonth.of(year + 1, 5));
            case 4:
                return DateRange.ofMonths(YearMonth.of(year, 1), YearMonth.of(year, 6));
            case 5:
                return DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
            default:
                LocalDate start = LocalDate.of(year, rng.between(1, 6), rng.between(2, 28));
                LocalDate end = start.plusMonths(rng.between(3, 11)).plusDays(rng.between(0, 20));
                return DateRange.of(start, end);
        }
    }

    /**
     * Returns where a roadmap of a level applies.
     *
     * @param rng the source
     * @param level the level
     * @return the territory, sometimes none
     */
    public static Territory territory(Rng rng, Level level) {
        if (rng.chance(0.1)) {
            return Territory.NONE;
        }
        String region = rng.pick(Vocabulary.REGIONS);
        if (level == Level.MUNICIPAL || level == Level.SCHOOL || rng.chance(0.1)) {
            return Territory.municipality(region, rng.pick(Vocabulary.MUNICIPALITIES));
        }
        return Territory.region(region);
    }

    /**
     * Returns a title.
     *
     * @param rng the source
     * @param level the level
     * @param period the period
     * @return the title
     */
    public static String title(Rng rng, Level level, DateRange period) {
        int year = period.start().getYear();
        switch (rng.nextInt(5)) {
            case 0:
                return "«Дорожная карта» по организации работы с общеобразовательными организациями, имеющими низкие"
                        + " образовательные результаты обучающихся, в " + year + " году";
            case 1:
                return (level == Level.MUNICIPAL ? "муниципальная" : "региональная")
                        + " «дорожная карта» по реализации Проекта «500+»\nна территории района в " + year + " году";
            case 2:
                return "ДОРОЖНАЯ КАРТА\nкраевого проекта \"Эффективная школа\"\n по повышению качества образования в"
                        + " общеобразовательных организациях с низкими образовательными результатами";
            case 3:
                return "План мероприятий по повышению качества образования на " + year + "–" + (year + 1) + " гг.";
            default:
                return "План-график («дорожная карта») реализации проекта адресной методической помощи «500+» № "
                        + rng.between(1, 99);
        }
    }

    /**
     * Returns the approval document.
     *
     * @param rng the source
     * @param period the roadmap period
     * @param extensions the rate of extension data
     * @return the approval
     */
    public static ApprovalDocument approval(Rng rng, DateRange period, double extensions) {
        ApprovalKind kind = rng.pick(ApprovalKind.values());
        ApprovalDocument.Builder b = ApprovalDocument.builder().kind(kind);
        if (rng.chance(0.8)) {
            b.issuer(rng.pick(Vocabulary.ISSUERS));
        }
        if (rng.chance(0.5)) {
            b.place(rng.pick(Vocabulary.PLACES));
        }
        if (rng.chance(0.85)) {
            b.number(rng.pick(Vocabulary.DOCUMENT_NUMBERS));
        }
        if (rng.chance(0.85)) {
            LocalDate date = period.start().plusDays(rng.between(-90, 110));
            b.date(date);
            if (rng.chance(0.2)) {
                b.dateText(Words.dateInWords(date) + " г.");
            }
        } else if (rng.chance(0.5)) {
            b.dateText(rng.pick("« » Q_ 2021", "«__» ______ " + period.start().getYear(), "13 Л&Ж/"));
        }
        if (rng.chance(0.6)) {
            b.title(rng.pick(Vocabulary.DOCUMENT_TITLES));
        }
        if (rng.chance(kind == ApprovalKind.LETTER ? 0.7 : 0.1)) {
            b.addressee(rng.pick(Vocabulary.ADDRESSEES));
        }
        if (rng.chance(0.8)) {
            String name = rng.pick(Vocabulary.PEOPLE);
            b.signatory(rng.chance(0.8) ? Person.of(name, rng.pick(Vocabulary.POSITIONS)) : Person.named(name));
        }
        b.body(OrganisationGen.sample(rng, Vocabulary.BODY, rng.between(0, 4)));
        if (rng.chance(extensions)) {
            b.extensions(ExtensionGen.extensions(rng));
        }
        return b.build();
    }

    /**
     * Returns the participants: schools with their heads, curators, coordinators, with distinct names.
     *
     * @param rng the source
     * @param scene the scene, whose glossary participants' organisations come from
     * @return the participants, possibly none
     */
    public static List<Participant> participants(Rng rng, Scene scene) {
        int n = rng.chance(0.3) ? 0 : rng.between(1, 8);
        List<Participant> result = new ArrayList<>(n);
        Set<String> names = new HashSet<>();
        List<String> schools = OrganisationGen.sample(rng, Vocabulary.SCHOOLS, Vocabulary.SCHOOLS.size());
        List<String> people = OrganisationGen.sample(rng, Vocabulary.PEOPLE_DATIVE, Vocabulary.PEOPLE_DATIVE.size());
        people.addAll(OrganisationGen.sample(rng, Vocabulary.PEOPLE, Vocabulary.PEOPLE.size()));
        for (int i = 0; i < n; i++) {
            ParticipantKind kind = rng.pick(ParticipantKind.values());
            Participant.Builder b = Participant.builder().kind(kind);
            if (kind == ParticipantKind.SCHOOL) {
                if (schools.isEmpty()) {
                    continue;
                }
                String school = schools.remove(schools.size() - 1);
                b.name(school);
                if (rng.chance(0.7) && !people.isEmpty()) {
                    String head = people.remove(people.size() - 1);
                    b.head(
                            rng.chance(0.5)
                                    ? Person.named(head)
                                    : Person.of(head, rng.pick("руководитель", "директор")));
                }
            } else {
                if (people.isEmpty()) {
                    continue;
                }
                String name = people.remove(people.size() - 1);
                if (!names.add(name)) {
                    continue;
                }
                b.name(name);
                if (rng.chance(0.6)) {
                    b.position(rng.pick(Vocabulary.POSITIONS));
                }
                if (!scene.organisations().isEmpty() && rng.chance(0.6)) {
                    b.organisation(rng.pick(scene.organisations()).key());
                }
            }
            result.add(b.build());
        }
        return result;
    }

    /**
     * Returns a context fact whose numbers agree: shares of a partition sum to 100 and match the total.
     *
     * @param rng the source
     * @param scene the scene
     * @return the fact
     */
    public static ContextFact contextFact(Rng rng, Scene scene) {
        switch (rng.weighted(5, 2, 2, 2)) {
            case 0:
                return partition(rng);
            case 1:
                return ContextFact.builder()
                        .text("количество школ с низкими образовательными результатами (ШНОР) – 36%\n(176).")
                        .addShares(new Share(
                                "ШНОР", BigDecimal.valueOf(36), java.util.Optional.of(BigDecimal.valueOf(176))))
                        .build();
            case 2:
                BigDecimal p = rng.pick(BigDecimal.valueOf(26), BigDecimal.valueOf(22), new BigDecimal("52.8"));
                return ContextFact.builder()
                        .text(scene.text(
                                rng,
                                "неудовлетворительные результаты у " + Words.number(p)
                                        + "% выпускников в основной период по математике"))
                        .addShares(new Share(
                                "выпускников с неудовлетворительными результатами", p, java.util.Optional.empty()))
                        .build();
            default:
                int total = rng.between(1, 300);
                return ContextFact.builder()
                        .text("Разработаны/скорректированы " + total + " муниципальных проекта/программы")
                        .total(BigDecimal.valueOf(total))
                        .totalOf("муниципальных проекта/программы")
                        .build();
        }
    }

    private static ContextFact partition(Rng rng) {
        int total = PARTITION_TOTALS[rng.nextInt(PARTITION_TOTALS.length)];
        List<String> labels = rng.pick(PARTITION_LABELS);
        int parts = Math.min(total, rng.between(2, labels.size()));
        int[] counts = new int[parts];
        int left = total;
        for (int i = 0; i < parts - 1; i++) {
            counts[i] = rng.between(1, left - (parts - 1 - i));
            left -= counts[i];
        }
        counts[parts - 1] = left;
        String totalOf = rng.pick("общеобразовательных организаций", "школ", "муниципалитетов");
        ContextFact.Builder b = ContextFact.builder()
                .total(BigDecimal.valueOf(total))
                .totalOf(totalOf)
                .partition(true);
        StringBuilder text = new StringBuilder("По результатам анкетирования ")
                .append(total)
                .append(' ')
                .append(totalOf)
                .append(" показали недостаточную вовлеченность в проект (из них ");
        boolean withCounts = rng.chance(0.5);
        for (int i = 0; i < parts; i++) {
            BigDecimal percent = plain(BigDecimal.valueOf(counts[i] * 100L).divide(BigDecimal.valueOf(total)));
            b.addShares(new Share(
                    labels.get(i),
                    percent,
                    withCounts ? java.util.Optional.of(BigDecimal.valueOf(counts[i])) : java.util.Optional.empty()));
            if (i > 0) {
                text.append(", ");
            }
            text.append(Words.number(percent)).append("% - ").append(labels.get(i));
            if (withCounts) {
                text.append(" (").append(counts[i]).append(')');
            }
        }
        return b.text(text.append(").").toString()).build();
    }

    /**
     * Returns a number without an exponent: 75 rather than 7.5E+1.
     *
     * @param value the number
     * @return the same number with a scale of at least zero
     */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
