package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.constraints.UniqueIds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UniqueIds}: objective ids are unique among objectives, activity ids among all activities. Each
 * later use of an id is one violation at its {@code id}, in linear time.
 */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, Roadmap> {

    /** Creates the validator; Hibernate Validator calls this. */
    public UniqueIdsValidator() {}

    @Override
    public boolean isValid(Roadmap roadmap, ConstraintValidatorContext context) {
        if (roadmap == null) {
            return true;
        }
        return Checks.findDuplicateIds(roadmap, new Checks.DuplicateIds() {
            @Override
            public void objective(int objective, String id) {
                Violations.start(context, id)
                        .addPropertyNode("objectives")
                        .addPropertyNode("id")
                        .inIterable()
                        .atIndex(objective)
                        .addConstraintViolation();
            }

            @Override
            public void activity(int section, int activity, String id) {
                Violations.start(context, id)
                        .addPropertyNode("sections")
                        .addPropertyNode("activities")
                        .inIterable()
                        .atIndex(section)
                        .addPropertyNode("id")
                        .inIterable()
                        .atIndex(activity)
                        .addConstraintViolation();
            }
        });
    }
}
