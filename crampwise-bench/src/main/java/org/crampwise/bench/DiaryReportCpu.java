package org.crampwise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The processor time of one diary report, and of the one-page summary as JSON and as PDF (the same
 * ten years as {@link DiaryBenchmark} and {@link SummaryBenchmark}), as the thread's CPU time: on a
 * shared machine the wall-clock time also counts the waits for a core, which this leaves out.
 * {@code java -cp benchmarks.jar org.crampwise.bench.DiaryReportCpu [N]} warms up with N of each,
 * then prints the median and 90th percentile of N more (default 200).
 */
public final class DiaryReportCpu {
    private DiaryReportCpu() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        DiaryBenchmark.TenYears s = new DiaryBenchmark.TenYears();
        SummaryBenchmark.TenYears summary = new SummaryBenchmark.TenYears();
        s.setUp();
        summary.setUp();
        try {
            measure("diary report", n, () -> s.insights.report(s.account, DiaryData.ZONE));
            measure("summary, read and computed", n, () -> summary.summaries.summary(summary.account, summary.period));
            measure("summary as JSON", n, () -> new SummaryBenchmark().summaryJsonTenYears(summary));
            measure("summary as PDF", n, () -> new SummaryBenchmark().summaryPdfTenYears(summary));
        } finally {
            s.tearDown();
            summary.tearDown();
        }
    }

    private static void measure(String what, int n, Runnable work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            work.run();
        }
        long[] cpu = new long[n];
        long[] wall = new long[n];
        for (int i = 0; i < n; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            work.run();
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
            wall[i] = System.nanoTime() - w;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%s, %d runs: CPU median %.1f ms, p90 %.1f ms; wall median %.1f ms, p90 %.1f ms%n",
                what, n, cpu[n / 2] / 1e6, cpu[n * 9 / 10] / 1e6, wall[n / 2] / 1e6, wall[n * 9 / 10] / 1e6);
    }
}
