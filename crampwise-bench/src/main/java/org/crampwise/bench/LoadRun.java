package org.crampwise.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run against a running server (scripts/bench-load starts one on loopback):
 * {@code --connections} workers ({@link LoadWorker}) send assessments, interview steps and diary
 * writes for {@code --seconds}, the first {@code --warm-up} seconds not counted. Every 10 s the
 * server's heap is read from /metrics, so that a heap still growing after the warm-up shows.
 *
 *   java -cp crampwise-bench/target/benchmarks.jar org.crampwise.bench.LoadRun --url http://127.0.0.1:8080
 *        [--seconds 300] [--warm-up 30] [--connections 8] [--quick-log-share 0]
 */
public final class LoadRun {
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\",[^}]*} ([0-9.E+-]+)$",
            Pattern.MULTILINE);
    private static final Pattern LIVE = Pattern.compile("^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? ([0-9.E+-]+)$",
            Pattern.MULTILINE);

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String base = o.getOrDefault("--url", "http://127.0.0.1:8080");
        int seconds = Integer.parseInt(o.getOrDefault("--seconds", "300"));
        int warmUp = Integer.parseInt(o.getOrDefault("--warm-up", "30"));
        int connections = Integer.parseInt(o.getOrDefault("--connections", "8"));
        int quickShare = Integer.parseInt(o.getOrDefault("--quick-log-share", "0"));
        List<Vignettes.Input> inputs = Vignettes.load(Vignettes.folder());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Map<String, LongAdder> errorKinds = LoadWorker.newErrorKinds();
        long start = System.nanoTime();
        long warmUpEnd = start + warmUp * 1_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<LoadWorker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            LoadWorker w = new LoadWorker(http, base, inputs, warmUpEnd, end, i, errorKinds, quickShare);
            w.signIn(runId);
            workers.add(w);
        }
        List<Thread> threads = new ArrayList<>();
        for (LoadWorker w : workers) {
            Thread t = new Thread(w, "load-" + threads.size());
            t.start();
            threads.add(t);
        }
        System.out.printf("load: %d connections, %d s (%d s warm-up), %d inputs from %s%n", connections, seconds,
                warmUp, inputs.size(), Vignettes.folder());
        List<double[]> heap = new ArrayList<>(); // {second, heap used MB, live data MB}
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            double[] sample = heap(http, base, (System.nanoTime() - start) / 1e9);
            heap.add(sample);
            System.out.printf(Locale.ROOT, "  t=%4.0f s  heap used %6.1f MB  live after GC %6.1f MB%n", sample[0],
                    sample[1], sample[2]);
        }
        for (Thread t : threads) {
            t.join();
        }
        report(workers, errorKinds, heap, seconds - warmUp, warmUp);
    }

    private static void report(List<LoadWorker> workers, Map<String, LongAdder> errorKinds, List<double[]> heap,
                               int measuredSeconds, int warmUp) {
        Latencies all = new Latencies();
        long errors = 0;
        System.out.println("operation        requests    req/s    p50 ms   p99 ms   errors");
        for (int op = 0; op < LoadWorker.OPERATIONS.length; op++) {
            Latencies l = new Latencies();
            long e = 0;
            for (LoadWorker w : workers) {
                l.addAll(w.latencies[op]);
                e += w.errors[op];
            }
            if (op == LoadWorker.QUICK_LOG && l.count() == 0 && e == 0) {
                continue; // not in this run's mix
            }
            all.addAll(l);
            errors += e;
            System.out.printf(Locale.ROOT, "%-15s %9d %8.0f %9.2f %8.2f %8d%n", LoadWorker.OPERATIONS[op], l.count(),
                    l.count() / (double) measuredSeconds, l.percentile(50), l.percentile(99), e);
        }
        System.out.printf(Locale.ROOT, "%-15s %9d %8.0f %9.2f %8.2f %8d%n", "all", all.count(),
                all.count() / (double) measuredSeconds, all.percentile(50), all.percentile(99), errors);
        if (!errorKinds.isEmpty()) {
            Map<String, Long> kinds = new TreeMap<>();
            errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
            System.out.println("errors by kind: " + kinds);
        }
        double[] first = heap.stream().filter(s -> s[0] >= warmUp).findFirst().orElse(heap.get(0));
        double[] last = heap.get(heap.size() - 1);
        double maxUsed = heap.stream().filter(s -> s[0] >= warmUp).mapToDouble(s -> s[1]).max().orElse(0);
        System.out.printf(Locale.ROOT, "RESULT requests=%d errors=%d p50=%.2f p99=%.2f heap_after_warmup=%.1f "
                        + "heap_end=%.1f heap_max=%.1f live_after_warmup=%.1f live_end=%.1f%n", all.count(), errors,
                all.percentile(50), all.percentile(99), first[1], last[1], maxUsed, first[2], last[2]);
    }

    private static double[] heap(HttpClient http, String base, double second) {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double used = 0;
            Matcher m = HEAP.matcher(text);
            while (m.find()) {
                used += Double.parseDouble(m.group(1));
            }
            Matcher live = LIVE.matcher(text);
            double liveBytes = live.find() ? Double.parseDouble(live.group(1)) : 0;
            return new double[] {second, used / 1e6, liveBytes / 1e6};
        } catch (Exception e) {
            return new double[] {second, -1, -1};
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            o.put(args[i], args[i + 1]);
        }
        return o;
    }
}
