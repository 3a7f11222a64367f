package org.crampwise.bench;

/**
 * Latencies in buckets of 10 µs up to 10 s (one thread's, merged at the end): percentiles to 10 µs
 * without keeping every sample, whatever the length of the run.
 */
final class Latencies {
    private static final int BUCKET_NANOS = 10_000;
    private static final int BUCKETS = 1_000_000; // 10 s; slower answers share the last bucket
    private final long[] counts = new long[BUCKETS];
    private long total;

    void add(long nanos) {
        counts[(int) Math.min(BUCKETS - 1, Math.max(0, nanos / BUCKET_NANOS))]++;
        total++;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    long count() {
        return total;
    }

    /** The latency in milliseconds below which {@code percent} of the samples fall (bucket's upper edge). */
    double percentile(double percent) {
        long rank = (long) Math.ceil(total * percent / 100.0);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank && seen > 0) {
                return (i + 1) * (BUCKET_NANOS / 1_000_000.0);
            }
        }
        return 0;
    }
}
