package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * With every feature of the time-and-bad-year model at its neutral setting, the engine gives the
 * results it gave before that model, byte for byte: {@code before-time-trials.csv} was written by
 * the engine of 0.2.0 before any of it (commit 66f7923) from the scenario below, and is never
 * regenerated. Each feature adds its neutral setting to {@link #NEUTRAL}.
 */
class NeutralModelTest {

  /** The default book, smaller, with every new feature switched off. */
  static final String NEUTRAL =
      """
      name: before-time
      calendar: {year: 2025, monthWeights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}
      book: {deals: 6000}
      swap: {rescueProbability: 0.35, resaleDelayDays: {dist: fixed, value: 0}}
      badYear: {recoveredShare: 0, recoveryDelayDays: 0, resaleDiscount: 0, resaleDelayDays: 0}
      claims: {filingDelayDays: {dist: fixed, value: 0}}
      """;

  @Test
  void theNeutralModelIsTheEngineBeforeIt() throws IOException {
    Scenario scenario = ScenarioLoader.parse(NEUTRAL);
    TrialResults results =
        MonteCarloEngine.of(scenario, Catalog.builtIn()).run(400, 20220731L, 2, null);
    StringWriter csv = new StringWriter();
    TrialsCsv.write(results, csv);
    assertEquals(golden(), csv.toString());
  }

  private static String golden() throws IOException {
    try (InputStream in = NeutralModelTest.class.getResourceAsStream("before-time-trials.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
