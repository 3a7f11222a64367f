package org.crampwise.diary;

/**
 * The rate ratio of two Poisson counts over their exposures, with a 95% confidence interval.
 *
 * <p>Method: the Wald interval on the log scale, ln(RR) ± 1.96·sqrt(1/a + 1/b), where a and b are
 * the event counts (Rothman, Greenland &amp; Lash, Modern Epidemiology, 3rd ed., 2008, ch. 14,
 * "Person-time data"). When either count is zero the log is undefined, so 0.5 is added to both
 * counts: the Haldane–Anscombe correction (Haldane, Ann Hum Genet 1956;20:309–311; Anscombe,
 * Biometrika 1956;43:461–464). The corrected counts give the point estimate too, so the
 * estimate always lies inside its interval.
 */
final class RateRatio {
    // 1.96 as in the textbooks, so hand-worked examples match to the last digit.
    static final double Z_95 = 1.96;

    private RateRatio() {
    }

    /** [ratio, lower, upper, corrected (1 or 0)]; the exposures must be positive. */
    static double[] of(int eventsA, double exposureA, int eventsB, double exposureB) {
        if (eventsA < 0 || eventsB < 0 || !(exposureA > 0) || !(exposureB > 0)) {
            throw new IllegalArgumentException("counts must be >= 0 and exposures > 0");
        }
        boolean corrected = eventsA == 0 || eventsB == 0;
        double a = corrected ? eventsA + 0.5 : eventsA;
        double b = corrected ? eventsB + 0.5 : eventsB;
        double ln = Math.log((a / exposureA) / (b / exposureB));
        double half = Z_95 * Math.sqrt(1 / a + 1 / b);
        return new double[] {Math.exp(ln), Math.exp(ln - half), Math.exp(ln + half), corrected ? 1 : 0};
    }
}
