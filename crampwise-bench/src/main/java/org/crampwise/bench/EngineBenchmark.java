package org.crampwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one assessment, averaged over the evidence of every vignette.
 *
 * <p>Each call handles ONE vignette and the next call the next one, round robin. So a score is
 * the time of a single assessment, averaged over all the inputs, without a compile-time count
 * (neither {@code @OperationsPerInvocation} nor {@code @Param} could follow a folder whose
 * number of files changes), and the JIT and branch predictors see the whole mix, not one
 * case. The index step costs about a nanosecond, the same in both benchmarks.
 *
 * <p>Results are returned, so JMH sinks them into its Blackhole and nothing is dead code.
 * Public, as JMH requires of a benchmark class; the helper {@link Vignettes} is package-private.
 * Two forks of 5 + 10 one-second iterations: on 2 cores the error stays near 1-2 % and both
 * benchmarks take about 65 s (BENCHMARKS.md). A fixed 1 GiB heap keeps GC sizing out of it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class EngineBenchmark {
    private Engine engine;
    private EvidenceJson evidenceJson;
    private Evidence[] evidence;
    private byte[][] bodies;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
        engine = new Engine(kb);
        evidenceJson = new EvidenceJson(kb);
        List<Evidence> parsed = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        var folder = Vignettes.folder();
        int skipped = 0;
        for (Vignettes.Input in : Vignettes.load(folder)) {
            try {
                parsed.add(evidenceJson.read(in.evidence()));
                raw.add(in.evidence());
            } catch (InvalidEvidenceException e) {
                skipped++; // a scenario about rejected evidence: nothing to assess
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException("no valid evidence in " + folder.toAbsolutePath());
        }
        evidence = parsed.toArray(new Evidence[0]);
        bodies = raw.toArray(new byte[0][]);
        System.err.println("crampwise-bench: " + evidence.length + " inputs from " + folder.toAbsolutePath()
                + (skipped > 0 ? " (" + skipped + " with invalid evidence left out)" : ""));
    }

    /** The engine alone: evidence already parsed. */
    @Benchmark
    public Assessment assess() {
        return engine.assess(evidence[step()]);
    }

    /** What a request costs end to end: evidence bytes in, compact assessment JSON out. */
    @Benchmark
    public byte[] parseAssessSerialise() throws InvalidEvidenceException {
        Evidence e = evidenceJson.read(bodies[step()]);
        return AssessmentJson.write(engine.assess(e), false);
    }

    private int step() {
        int i = next;
        next = i + 1 == evidence.length ? 0 : i + 1;
        return i;
    }
}
