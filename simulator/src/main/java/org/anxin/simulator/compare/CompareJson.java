package org.anxin.simulator.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anxin.simulator.stats.Yuan;

/**
 * {@code compare.json}: both runs' identity and headline figures, the deltas B − A, the change per
 * guarantee, both exceedance curves and the warnings. Amounts in yuan as JSON numbers with 2
 * decimals, as in {@code summary.json}; no timestamps, so two comparisons compare byte for byte.
 */
public final class CompareJson {

  private CompareJson() {}

  /**
   * The comparison as JSON.
   *
   * @param c the comparison
   * @return {@code compare.json}'s root object
   */
  public static ObjectNode of(Comparison c) {
    JsonNodeFactory json = new JsonNodeFactory(true);
    ObjectNode root = json.objectNode();
    root.set("a", run(json, c.a()));
    root.set("b", run(json, c.b()));
    ObjectNode delta = root.putObject("delta");
    delta.put("mean", Yuan.of(c.meanDelta()));
    Comparison.DeltaInterval i = c.meanInterval();
    ObjectNode interval = delta.putObject("meanInterval");
    interval.put("level", 0.95);
    interval.put("method", i.method());
    interval.put("centre", Yuan.of(i.centre()));
    putAmount(interval, "standardError", i.standardError());
    putAmount(interval, "lower", i.lower());
    putAmount(interval, "upper", i.upper());
    delta.put("var995", Yuan.of(c.var995Delta()));
    delta.put("tvar995", Yuan.of(c.tvar995Delta()));
    delta.put(
        "tailIntervals",
        "none: compare the runs' own var995 and tvar995 intervals (docs/compare.md)");
    ArrayNode guarantees = root.putArray("byGuarantee");
    for (Comparison.GuaranteeChange g : c.guarantees()) {
      ObjectNode line = guarantees.addObject();
      line.put("guarantee", g.code());
      ObjectNode mean = line.putObject("meanCost");
      mean.put("a", Yuan.of(g.meanA()));
      mean.put("b", Yuan.of(g.meanB()));
      mean.put("delta", Yuan.of(g.meanDelta()));
      ObjectNode tail = line.putObject("tailContribution");
      tail.put("a", Yuan.of(g.tailA()));
      tail.put("b", Yuan.of(g.tailB()));
      tail.put("delta", Yuan.of(g.tailDelta()));
    }
    ArrayNode warnings = root.putArray("warnings");
    c.warnings().forEach(warnings::add);
    return root;
  }

  private static ObjectNode run(JsonNodeFactory json, RunFigures run) {
    ObjectNode node = json.objectNode();
    RunFigures.Identity id = run.identity();
    node.put("directory", run.directory());
    node.put("scenario", id.scenario());
    node.put("seed", id.seed());
    node.put("trials", id.trials());
    node.put("years", id.years());
    node.put("dealsPerTrial", id.dealsPerTrial());
    ObjectNode catalog = node.putObject("catalog");
    catalog.put("id", id.catalogId());
    catalog.put("version", id.catalogVersion());
    ObjectNode mean = estimate(node, "mean", run.mean());
    if (run.netCosts().size() < 2) {
      mean.putNull("standardError");
    } else {
      mean.put("standardError", Yuan.of(run.standardError()));
    }
    estimate(node, "var995", run.var995());
    estimate(node, "tvar995", run.tvar995());
    ArrayNode exceedance = node.putArray("exceedance");
    for (RunFigures.ExceedancePoint p : run.exceedance()) {
      ObjectNode point = exceedance.addObject();
      point.put("returnPeriod", p.returnPeriod());
      point.put("cost", Yuan.of(p.cost()));
    }
    return node;
  }

  private static ObjectNode estimate(ObjectNode parent, String name, RunFigures.Estimate e) {
    ObjectNode node = parent.putObject(name);
    node.put("value", Yuan.of(e.value()));
    ObjectNode interval = node.putObject("interval");
    interval.put("level", 0.95);
    putAmount(interval, "lower", e.lower());
    putAmount(interval, "upper", e.upper());
    return node;
  }

  private static void putAmount(ObjectNode node, String name, Long fen) {
    if (fen == null) {
      node.putNull(name);
    } else {
      node.put(name, Yuan.of(fen));
    }
  }
}
