package org.anxin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-incident path: one incident through the deal's lazy draws, its severity and the catalog's
 * payout formula (and, for an advance, its recovery), outside any trial.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IncidentBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IncidentBenchmark {

  @Param({"FEE_ARREARS", "LEAK", "LOAN_REFUSED", "SEIZURE_BEFORE_SIGNING", "RENTAL_DEPOSIT"})
  public RiskKind risk;

  private MonteCarloEngine.IncidentProbe probe;
  private int deal;
  private int trial;
  private int firstDeal;
  private int deals;

  @Setup
  public void setUp() {
    MonteCarloEngine engine =
        MonteCarloEngine.of(ScenarioLoader.builtIn(ScenarioLoader.DEFAULT), Catalog.builtIn());
    probe = engine.probe(20220731L);
    boolean rental = risk.segment() == DealKind.RENTAL;
    firstDeal = rental ? engine.layout().newHomeEnd() : 0;
    deals = rental ? engine.layout().deals() - firstDeal : engine.layout().resaleEnd();
  }

  /** A different deal every call, so nothing is cached across calls. */
  @Benchmark
  public long resolveOneIncident() {
    deal = deal + 1 == deals ? 0 : deal + 1;
    if (deal == 0) {
      trial++;
    }
    return probe.resolve(trial, firstDeal + deal, risk);
  }
}
