package org.anxin.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Every row of {@code trials.csv} reconciles on its own, as docs/simulation.md says. */
class TrialsCsvTest {

  /** A run's trials.csv, parsed: per row, each column's value in fen (counts as they are). */
  static List<Map<String, Long>> rows(TrialResults results) throws IOException {
    StringWriter csv = new StringWriter();
    TrialsCsv.write(results, csv);
    List<String> lines = csv.toString().lines().toList();
    String[] header = lines.get(0).split(",", -1);
    return lines.stream()
        .skip(1)
        .map(
            line -> {
              String[] cells = line.split(",", -1);
              assertEquals(header.length, cells.length, line);
              Map<String, Long> row = new HashMap<>();
              for (int i = 0; i < header.length; i++) {
                row.put(header[i], Long.parseLong(cells[i].replace(".", "")));
              }
              return row;
            })
        .toList();
  }

  static String column(GuaranteeCode code) {
    return code.name().toLowerCase(Locale.ROOT);
  }

  @Test
  void everyRowReconciles() throws IOException {
    // The credit squeeze: advances written off, homes bought back and refunds in most trials.
    TrialResults results =
        MonteCarloEngine.of(ScenarioLoader.resolve("shanghai-credit-squeeze"), Catalog.builtIn())
            .run(120, 11L, 2, null);
    List<Map<String, Long>> rows = rows(results);
    assertEquals(120, rows.size());
    long boughtBack = 0;
    for (Map<String, Long> row : rows) {
      long costs = 0;
      long counts = 0;
      for (GuaranteeCode code : GuaranteeCode.values()) {
        costs += row.get(column(code));
        if (code != GuaranteeCode.COMMISSION_REFUND) {
          counts += row.get(column(code) + "_count");
        }
      }
      String trial = "trial " + row.get("trial");
      long refunds = row.get("commission_refund");
      assertEquals(row.get("net_cost"), costs, trial);
      assertEquals(
          row.get("net_cost"),
          row.get("compensations") + refunds + row.get("buy_back_loss") + row.get("written_off"),
          trial);
      assertEquals(
          row.get("gross_paid"),
          row.get("compensations") + row.get("advanced") + row.get("bought_back"),
          trial);
      assertEquals(row.get("advanced"), row.get("recovered") + row.get("written_off"), trial);
      assertEquals(row.get("cash_out"), row.get("gross_paid") + refunds, trial);
      assertEquals(row.get("payouts"), counts, trial);
      assertEquals(
          row.get("buy_back_loss"),
          row.get(column(GuaranteeCode.STIGMATIZED_HOME))
              + row.get(column(GuaranteeCode.RADIATION)),
          trial);
      boughtBack += row.get("bought_back");
    }
    assertTrue(boughtBack > 0, "the run buys homes back, so the buy-back identities are tested");
    assertTrue(rows.stream().anyMatch(r -> r.get("written_off") > 0));
  }

  @Test
  void cashOutCoversTheMonthlyProfile() {
    TrialResults results =
        MonteCarloEngine.of(ScenarioLoader.resolve("shanghai-default"), Catalog.builtIn())
            .run(40, 3L, 1, null);
    for (int trial = 0; trial < results.trials(); trial++) {
      long profile = 0;
      for (int m = 0; m < results.profileMonths().size(); m++) {
        profile += results.cashOut(m)[trial];
      }
      // The profile's 24 months hold most, not all: a late claim may be paid after them.
      assertTrue(profile <= results.totalCashOut(trial), "trial " + trial);
      assertTrue(profile > 0.9 * results.totalCashOut(trial), "trial " + trial);
    }
  }
}
