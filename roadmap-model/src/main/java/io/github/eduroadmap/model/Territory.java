package io.github.eduroadmap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a roadmap applies: its region and, for a municipal or school roadmap, its municipality.
 *
 * @param region the region as printed, e.g. "Приморский край"
 * @param municipality the municipality as printed, e.g. "Михайловский район"
 */
public record Territory(Optional<String> region, Optional<String> municipality) {

    /** No territory stated. */
    public static final Territory NONE = new Territory(Optional.empty(), Optional.empty());

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Territory {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(municipality, "municipality");
    }

    /**
     * Returns the territory of a region.
     *
     * @param region the region
     * @return the territory
     */
    public static Territory region(String region) {
        return new Territory(Optional.of(region), Optional.empty());
    }

    /**
     * Returns the territory of a municipality in a region.
     *
     * @param region the region
     * @param municipality the municipality
     * @return the territory
     */
    public static Territory municipality(String region, String municipality) {
        return new Territory(Optional.of(region), Optional.of(municipality));
    }
}
