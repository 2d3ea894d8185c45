package org.anxin.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.anxin.guarantees.assessment.Assessor;
import org.anxin.guarantees.assessment.CaseAssessment;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.CaseFormat;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.testing.LargeCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code claims assess} costs, in two shapes:
 *
 * <ul>
 *   <li>{@code canonicalCases}: the example cases ({@code examples/cases/*.yaml}, read once),
 *       assessed again and again on one thread; the score is cases per second.
 *   <li>{@code largeCase}: a case file of {@code deals} deals with a filing each, as a swap chain
 *       or as separate deals (see {@code LargeCases}), read from its YAML bytes, checked and
 *       assessed, once per iteration, on every core as {@code claims assess} runs it; the score is
 *       seconds per case. The requirement (docs/limits.md) is 10 s for 100,000 deals, in a 1 GB
 *       heap, which is why the fork runs with {@code -Xmx1g}.
 * </ul>
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CaseAssessmentBenchmark
 * java -jar benchmarks/target/benchmarks.jar CaseAssessmentBenchmark.largeCase -p shape=chain
 * </pre>
 *
 * Run from the repository's root, where {@code examples/cases} is.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CaseAssessmentBenchmark {

  /** The example cases, read once. */
  @State(Scope.Thread)
  public static class Examples {
    final Assessor assessor = Assessor.of(Catalog.builtIn());
    final List<CaseFile> cases = new ArrayList<>();
    private int next;

    CaseFile next() {
      next = next + 1 == cases.size() ? 0 : next + 1;
      return cases.get(next);
    }

    @Setup
    public void read() throws IOException {
      Path examples = Path.of("examples", "cases");
      try (Stream<Path> files = Files.list(examples)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".yaml"))
            .sorted()
            .forEach(f -> cases.add(CaseFile.load(f)));
      }
      if (cases.isEmpty()) {
        throw new IllegalStateException("no example cases in " + examples.toAbsolutePath());
      }
    }
  }

  /** A large case's YAML bytes, written once per trial. */
  @State(Scope.Benchmark)
  public static class Large {
    @Param({"100000"})
    public int deals;

    @Param({"chain", "separate"})
    public String shape;

    byte[] yaml;
    final Assessor assessor = Assessor.of(Catalog.builtIn());

    @Setup(Level.Trial)
    public void write() {
      String text = shape.equals("chain") ? LargeCases.chain(deals) : LargeCases.separate(deals);
      yaml = text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** One example case assessed, the next one each time: the score is cases per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Threads(1)
  public CaseAssessment canonicalCases(Examples examples) {
    return examples.assessor.assess(examples.next());
  }

  /** One large case read, checked and assessed. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Threads(1)
  public CaseAssessment largeCase(Large large) {
    CaseFile file = CaseFile.read(new ByteArrayInputStream(large.yaml), CaseFormat.YAML);
    return large.assessor.assess(file);
  }
}
