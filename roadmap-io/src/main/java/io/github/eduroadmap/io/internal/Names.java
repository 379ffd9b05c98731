package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Unit;

/** The names of the model's enums in the format. */
final class Names {

    static final EnumNames<Level> LEVEL = new EnumNames<>(Level.class, "a level");
    static final EnumNames<ApprovalKind> APPROVAL_KIND = new EnumNames<>(ApprovalKind.class, "a kind of approval");
    static final EnumNames<OrganisationKind> ORGANISATION_KIND =
            new EnumNames<>(OrganisationKind.class, "a kind of organisation");
    static final EnumNames<ParticipantKind> PARTICIPANT_KIND =
            new EnumNames<>(ParticipantKind.class, "a kind of participant");
    static final EnumNames<Frequency> FREQUENCY = new EnumNames<>(Frequency.class, "a frequency");
    static final EnumNames<Arrangement> ARRANGEMENT = new EnumNames<>(Arrangement.class, "an arrangement");
    static final EnumNames<Comparison> COMPARISON = new EnumNames<>(Comparison.class, "a comparison");
    static final EnumNames<Unit> UNIT = new EnumNames<>(Unit.class, "a unit");
    static final EnumNames<ActivityStatus> STATUS = new EnumNames<>(ActivityStatus.class, "a status");

    private Names() {}
}
