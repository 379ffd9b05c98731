package io.github.eduroadmap.model;

/** How a target compares the measured value with its number. */
public enum Comparison {
    /** At least the number ("не менее 60%"). */
    AT_LEAST,
    /** At most the number ("не более 200 человек"). */
    AT_MOST,
    /** Exactly the number ("100% школ", "Обучено 82 куратора"). */
    EXACTLY;

    /**
     * Tells whether a measured value meets a target number.
     *
     * @param measured the measured value
     * @param target the target number
     * @return whether {@code measured} satisfies this comparison; {@link #EXACTLY} counts reaching the number as
     *     meeting it, since a plan's "82 кураторов" is met by 82 or more
     */
    public boolean isMet(java.math.BigDecimal measured, java.math.BigDecimal target) {
        int c = measured.compareTo(target);
        switch (this) {
            case AT_MOST:
                return c <= 0;
            case AT_LEAST:
            case EXACTLY:
            default:
                return c >= 0;
        }
    }
}
