package org.crampwise.diary;

/**
 * What a trigger's comparison says, in the few kinds a person can take in at a glance; the words
 * for each are the message bundle's, the numbers stay with the {@link Trigger}.
 *
 * <p>"Sure" means the 95% interval lies wholly on one side of 1 (no difference). Otherwise a ratio
 * of at least {@link #NOTABLE} (or at most its inverse) is worth naming as "may", and anything
 * nearer 1 is "no clear difference".
 */
public enum Plain {
    MORE_SURE, MORE_MAYBE, FEWER_SURE, FEWER_MAYBE, NO_DIFFERENCE, TOO_FEW;

    /** Half as many again: smaller differences are not worth a sentence of their own. */
    public static final double NOTABLE = 1.5;

    public static Plain of(Trigger t) {
        if (!(t instanceof Trigger.Measured m)) {
            return TOO_FEW;
        }
        if (m.lower() > 1) {
            return MORE_SURE;
        }
        if (m.upper() < 1) {
            return FEWER_SURE;
        }
        if (m.rateRatio() >= NOTABLE) {
            return MORE_MAYBE;
        }
        if (m.rateRatio() <= 1 / NOTABLE) {
            return FEWER_MAYBE;
        }
        return NO_DIFFERENCE;
    }

    /** The message key's middle part: {@code more.sure}, {@code tooFew} ... */
    public String key() {
        return switch (this) {
            case MORE_SURE -> "more.sure";
            case MORE_MAYBE -> "more.maybe";
            case FEWER_SURE -> "fewer.sure";
            case FEWER_MAYBE -> "fewer.maybe";
            case NO_DIFFERENCE -> "same";
            case TOO_FEW -> "tooFew";
        };
    }

    public boolean sure() {
        return this == MORE_SURE || this == FEWER_SURE;
    }
}
