package org.crampwise.app.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes target/test-timeline.txt after a run: when each test class started and ended (seconds
 * since the JVM started), on which thread, slowest first. With classes run side by side,
 * Surefire's own per-class times count the time a class waited for others, so they cannot tell
 * where the run's time goes; this can (BENCHMARKS.md, "Test time").
 */
public final class TestTimeline implements TestExecutionListener {
    private record Span(String name, String thread, long start, long end) {
    }

    private final Map<String, Span> spans = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier id) {
        if (isClass(id)) {
            spans.put(id.getUniqueId(), new Span(name(id), Thread.currentThread().getName(), now(), -1));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Span s = spans.get(id.getUniqueId());
        if (s != null) {
            spans.put(id.getUniqueId(), new Span(s.name(), s.thread(), s.start(), now()));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<Span> done = new ArrayList<>(spans.values());
        done.removeIf(s -> s.end() < 0);
        done.sort(Comparator.comparingLong((Span s) -> s.start() - s.end()));
        StringBuilder out = new StringBuilder("# seconds: length, start, end (since JVM start); thread; class\n");
        for (Span s : done) {
            out.append(String.format("%7.1f %7.1f %7.1f  %-40s %s%n", (s.end() - s.start()) / 1000.0,
                    s.start() / 1000.0, s.end() / 1000.0, s.thread(), s.name()));
        }
        try {
            Files.writeString(Path.of("target", "test-timeline.txt"), out);
        } catch (IOException e) {
            System.err.println("Could not write target/test-timeline.txt: " + e.getMessage());
        }
    }

    /** A top-level class, or one run of a parameterized class; not nested classes' own lines. */
    private static boolean isClass(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).isPresent() && id.isContainer();
    }

    private static String name(TestIdentifier id) {
        ClassSource c = (ClassSource) id.getSource().orElseThrow();
        String simple = c.getClassName().substring(c.getClassName().lastIndexOf('.') + 1);
        return id.getDisplayName().equals(simple) ? c.getClassName() : c.getClassName() + " " + id.getDisplayName();
    }

    private static long now() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
