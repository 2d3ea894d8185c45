package org.anxin.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.Sampling;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.simulator.stats.BatchIntervals;
import org.junit.jupiter.api.Test;

/** A stratified run's standard errors are its batches' wherever summary.json gives one. */
class StratifiedSummaryTest {

  private static final Scenario SMALL = ScenarioLoader.parse("name: small\nbook: {deals: 3000}\n");

  @Test
  void aStratifiedProgrammesCumulativeStandardErrorIsItsBatches() {
    int trials = 400;
    TrialResults results =
        MonteCarloEngine.of(SMALL, Catalog.builtIn())
            .withSampling(Sampling.stratified(trials))
            .run(trials, 3, 11, 2, null);
    Summary summary =
        Summary.of(
            "small", 11, Catalog.builtIn(), SMALL.book().deals(), results, SMALL.programme());
    ProgrammeSummary programme = summary.programme().orElseThrow();
    assertEquals(
        BatchIntervals.meanStandardError(results.path().cumulativeNetCost(), Sampling.BATCHES),
        programme.cumulativeNetCost().standardError().orElseThrow(),
        "the interval's standard error, not sd/sqrt(n) of dependent trials");
    assertEquals(
        BatchIntervals.meanStandardError(
            results.column(TrialResults.Column.NET_COST), Sampling.BATCHES),
        summary.netCost().standardError().orElseThrow());
  }
}
