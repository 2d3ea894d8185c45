package org.anxin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the Monte Carlo engine on {@code shanghai-default} (65,000 deals a year): the
 * primary score is deal-trials per second (one operation = one deal simulated for one year), the
 * auxiliary counter {@code incidents} the incidents resolved per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -p threads=1,2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {

  /**
   * Trials per invocation: 80 of the engine's chunks of 16, 40 for each of two threads. A worker
   * that finishes its last chunk first waits for the other at the end of every invocation; with 200
   * trials (12½ chunks) that wait held two threads to about 1.8 times one, with 1,280 to 1.9.
   */
  private static final int TRIALS = 80 * MonteCarloEngine.CHUNK;

  /** Deals in the default book. */
  private static final int DEALS = 65_000;

  @Param({"1", "2"})
  public int threads;

  private MonteCarloEngine engine;
  private long seed;

  /** Incidents per second, reported next to the deal-trials. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Incidents {
    public long incidents;
  }

  @Setup(Level.Trial)
  public void setUp() {
    engine = MonteCarloEngine.of(ScenarioLoader.builtIn(ScenarioLoader.DEFAULT), Catalog.builtIn());
    if (engine.layout().deals() != DEALS) {
      throw new IllegalStateException("the default book changed size; update DEALS");
    }
  }

  @Benchmark
  @OperationsPerInvocation(TRIALS * DEALS)
  public TrialResults shanghaiDefault(Incidents counters) {
    TrialResults results = engine.run(TRIALS, seed++, threads, null);
    counters.incidents += results.totalIncidents();
    return results;
  }
}
