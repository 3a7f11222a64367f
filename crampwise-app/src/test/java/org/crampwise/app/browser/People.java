package org.crampwise.app.browser;

/** The people of the browser tests, one for each level of result. Each call gives a new person. */
final class People {
    private People() {
    }

    /**
     * A 28-year-old man with a cramp in the left inner thigh during football: it tightens
     * suddenly, lasts 2 minutes, eases with stretching, once a week; nothing else.
     */
    static Person typicalInnerThighCramp() {
        return Person.with("age_years", 28, "sex", "male", "region", "inner_thigh:left",
                "sudden_tightening", true, "during_or_after_exercise", true, "episode_minutes", 2,
                "relieved_by_stretching", true, "episodes_per_week", 1);
    }

    /** The same cramp, but 3 times a week: worth seeing a GP about. */
    static Person crampsThreeTimesAWeek() {
        return Person.with("age_years", 28, "sex", "male", "region", "inner_thigh:left",
                "sudden_tightening", true, "during_or_after_exercise", true, "episode_minutes", 2,
                "relieved_by_stretching", true, "episodes_per_week", 3);
    }

    /** A swollen, warm left calf. */
    static Person swollenWarmLeftCalf() {
        return Person.with("region", "calf:left", "one_leg_swollen", true, "leg_skin_warm", true);
    }

    /** A painful lump in the groin, and being sick. */
    static Person painfulGroinLumpWithVomiting() {
        return Person.with("region", "groin:right", "groin_lump", true, "groin_lump_firm_tender_or_painful", true,
                "vomiting", true);
    }

    /** Suddenly short of breath (ticked on the first screen). */
    static Person suddenlyBreathless() {
        return Person.with("breathless", true);
    }

    /** Heard a crack in the leg. */
    static Person heardACrack() {
        return Person.with("region", "front_thigh:right", "heard_crack_or_leg_misshapen", true);
    }
}
