package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Every column of that file is compared, as written, except {@code peak_outstanding}, whose
 * meaning the model widened: it was the advances paid and not yet recovered (what was written off
 * stayed in for ever); it is now what may still come back — an advance until it is recovered or
 * written off, a bought-back home until it is resold ({@code CashTimelineTest} holds it to a
 * day-by-day oracle). Columns added since are not in the file; a column removed since is compared
 * with the one that now holds its figure ({@link #RENAMED}).
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
      risks:
        feeArrears: {discoveryDelayDays: {dist: fixed, value: 0}}
        leak: {discoveryDelayDays: {dist: fixed, value: 0}}
        stigmatizedHome: {discoveryDelayDays: {dist: fixed, value: 0}}
        radiation: {discoveryDelayDays: {dist: fixed, value: 0}}
      """;

  @Test
  void theNeutralModelIsTheEngineBeforeIt() throws IOException {
    Scenario scenario = ScenarioLoader.parse(NEUTRAL);
    TrialResults results =
        MonteCarloEngine.of(scenario, Catalog.builtIn()).run(400, 20220731L, 2, null);
    StringWriter csv = new StringWriter();
    TrialsCsv.write(results, csv);
    Map<String, List<String>> now = columns(csv.toString());
    Map<String, List<String>> before = columns(golden());
    for (Map.Entry<String, List<String>> column : before.entrySet()) {
      if (!column.getKey().equals(WIDENED)) {
        String name = RENAMED.getOrDefault(column.getKey(), column.getKey());
        assertEquals(column.getValue(), now.get(name), column.getKey() + " (now " + name + ")");
      }
    }
    assertEquals(400, now.get("trial").size());
  }

  /**
   * Golden columns that trials.csv has since dropped, each with the column that now holds the same
   * figure: {@code refunds} was the refunds paid, and COMMISSION_REFUND is the only refund
   * guarantee, so it always equalled {@code commission_refund}; the duplicate was removed.
   */
  private static final Map<String, String> RENAMED = Map.of("refunds", "commission_refund");

  /** The column whose meaning the model widened (see the class comment). */
  private static final String WIDENED = "peak_outstanding";

  /** A CSV's columns by header name, each with its values as written. */
  private static Map<String, List<String>> columns(String csv) {
    List<String> lines = csv.lines().toList();
    String[] header = lines.get(0).split(",", -1);
    Map<String, List<String>> columns = new LinkedHashMap<>();
    for (String name : header) {
      columns.put(name, new ArrayList<>());
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(header.length, cells.length, line);
      for (int i = 0; i < header.length; i++) {
        columns.get(header[i]).add(cells[i]);
      }
    }
    return columns;
  }

  private static String golden() throws IOException {
    try (InputStream in = NeutralModelTest.class.getResourceAsStream("before-time-trials.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
