package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code activity.overdue} (needs a monitoring document): an activity whose latest due date has passed and whose
 * latest status in the monitoring document is planned or in progress, not done or cancelled.
 *
 * <ul>
 *   <li>The due date is the deadline's {@link io.github.eduroadmap.model.Deadline#latestDueDate(DateRange) latest
 *       due date} in the roadmap period, moved to the next working day when it falls on a day off (Civil Code art.
 *       193); it has passed when it lies before the as-of date (art. 194: the term runs to the end of its last day).
 *       Activities without dates ("по запросу", unparsed words) or without a period to place their months in are
 *       never overdue.
 *   <li>The as-of date is the validator's, or the monitoring document's own date when that is earlier: a document
 *       cannot show what happened after its date.
 *   <li>The latest status is the record with the latest date among the records of the activity dated on or before
 *       the as-of date; a record without a date counts as of the document's date (or, without one, as of the as-of
 *       date); of records of the same date the last one written wins.
 *   <li>An activity without any progress record is not reported: the document says nothing of it, and absence of
 *       a record is not evidence that the activity was not done.
 * </ul>
 *
 * <p>The violation points at the status of the deciding record, {@code /progress/<i>/status} in the monitoring
 * document; the message names the activity by its pointer in the roadmap and the beginning of its title.
 */
public final class ActivityOverdue extends BuiltInRule {

    /** Creates the rule. */
    public ActivityOverdue() {
        super("activity.overdue", Severity.WARNING, DeadlineRules.BUNDLE, "planned");
    }

    @Override
    public void check(RuleContext context) {
        Optional<Monitoring> found = context.monitoring();
        Optional<DateRange> period = Terms.period(context);
        if (found.isEmpty() || period.isEmpty()) {
            return;
        }
        Monitoring monitoring = found.get();
        LocalDate asOf = Terms.asOf(context, monitoring);
        LocalDate undated = monitoring.asOf().orElse(asOf);
        RoadmapRefs refs = RoadmapRefs.of(context);
        List<ActivityProgress> progress = monitoring.progress();
        // the deciding record of each activity: its index, by section and activity
        int[][] latest = new int[context.roadmap().sections().size()][];
        RoadmapRefs.Place[] places = new RoadmapRefs.Place[progress.size()];
        LocalDate[] dates = new LocalDate[progress.size()];
        for (int i = 0; i < progress.size(); i++) {
            ActivityProgress p = progress.get(i);
            LocalDate date = p.asOf().orElse(undated);
            if (date.isAfter(asOf)) {
                continue;
            }
            RoadmapRefs.Place place = refs.activity(p.activity());
            if (place == null) {
                continue;
            }
            places[i] = place;
            dates[i] = date;
            int[] inSection = latest[place.section()];
            if (inSection == null) {
                inSection = new int[refs.activityCount(place.section())];
                Arrays.fill(inSection, -1);
                latest[place.section()] = inSection;
            }
            int old = inSection[place.activity()];
            // of records of the same date the last one written wins
            if (old < 0 || !date.isBefore(dates[old])) {
                inSection[place.activity()] = i;
            }
        }
        // in the order of the deciding records
        Dues dues = Dues.of(context);
        for (int i = 0; i < progress.size(); i++) {
            RoadmapRefs.Place place = places[i];
            if (place != null && latest[place.section()][place.activity()] == i) {
                check(context, refs, dues, place, progress.get(i), i, dates[i], asOf);
            }
        }
    }

    private static void check(
            RuleContext context,
            RoadmapRefs refs,
            Dues dues,
            RoadmapRefs.Place place,
            ActivityProgress record,
            int index,
            LocalDate recorded,
            LocalDate asOf) {
        ActivityStatus status = record.status();
        if (status == ActivityStatus.DONE || status == ActivityStatus.CANCELLED) {
            return;
        }
        DueDate due = dues.latest(place.section(), place.activity());
        if (due == null || !Terms.hasPassed(due.due(), asOf)) {
            return;
        }
        Activity activity = refs.activityAt(place);
        var args = Args.of(
                "activity",
                Pointers.activityText(place.section(), place.activity()),
                "title",
                Texts.shorten(activity.title()),
                "due",
                due.due(),
                "status",
                status == ActivityStatus.PLANNED ? "planned" : "in-progress",
                "recorded",
                recorded);
        Pointer where = Pointers.PROGRESS.add(index).add("status");
        if (status == ActivityStatus.PLANNED) {
            context.report(Document.MONITORING, where, "planned", args);
        } else {
            context.report(Document.MONITORING, where, args);
        }
    }
}
