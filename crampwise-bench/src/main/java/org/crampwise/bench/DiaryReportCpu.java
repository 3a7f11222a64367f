package org.crampwise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The processor time of one diary report (the same ten years as {@link DiaryBenchmark}), as the
 * thread's CPU time: on a shared machine the wall-clock time also counts the waits for a core,
 * which this leaves out. {@code java -cp benchmarks.jar org.crampwise.bench.DiaryReportCpu [N]}
 * warms up with N reports, then prints the median and 90th percentile of N more (default 200).
 */
public final class DiaryReportCpu {
    private DiaryReportCpu() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        DiaryBenchmark.TenYears s = new DiaryBenchmark.TenYears();
        s.setUp();
        try {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < n; i++) {
                s.insights.report(s.account, DiaryData.ZONE);
            }
            long[] cpu = new long[n];
            long[] wall = new long[n];
            for (int i = 0; i < n; i++) {
                long c = mx.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                s.insights.report(s.account, DiaryData.ZONE);
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
                wall[i] = System.nanoTime() - w;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("diary report, %d runs: CPU median %.1f ms, p90 %.1f ms; wall median %.1f ms, p90 %.1f ms%n",
                    n, cpu[n / 2] / 1e6, cpu[n * 9 / 10] / 1e6, wall[n / 2] / 1e6, wall[n * 9 / 10] / 1e6);
        } finally {
            s.tearDown();
        }
    }
}
