package io.github.eduroadmap.validation.internal.constraints;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.constraints.UniqueIds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < roadmap.objectives().size(); i++) {
            String id = roadmap.objectives().get(i).id();
            if (!seen.add(id)) {
                valid = false;
                Violations.start(context, id)
                        .addPropertyNode("objectives")
                        .addPropertyNode("id")
                        .inIterable()
                        .atIndex(i)
                        .addConstraintViolation();
            }
        }
        seen.clear();
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Optional<String> id = activities.get(a).id();
                if (id.isPresent() && !seen.add(id.get())) {
                    valid = false;
                    Violations.start(context, id.get())
                            .addPropertyNode("sections")
                            .addPropertyNode("activities")
                            .inIterable()
                            .atIndex(s)
                            .addPropertyNode("id")
                            .inIterable()
                            .atIndex(a)
                            .addConstraintViolation();
                }
            }
        }
        return valid;
    }
}
