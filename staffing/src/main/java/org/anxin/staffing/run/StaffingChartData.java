package org.anxin.staffing.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.anxin.staffing.model.StaffingModel;

/**
 * The numbers the staffing page's charts draw, as JSON: the curve (every headcount's probability
 * that every month meets the objective, with its Wilson interval), the target probability and the
 * recommendation, and at the detailed headcount each target's monthly met ratio (p5, p50, p95) with
 * its threshold. Shares stay in [0, 1]; the script formats them. No text from the scenario is in
 * it, so nothing here can become markup in a tooltip.
 */
final class StaffingChartData {

  private StaffingChartData() {}

  /**
   * The data.
   *
   * @param thresholds per target ({@link StaffingModel#TARGETS} order), the monthly objective as a
   *     share
   * @param detail the headcount whose months are drawn
   */
  static ObjectNode of(
      ObjectMapper mapper,
      StaffingSummary summary,
      List<Double> thresholds,
      StaffingSummary.Point detail) {
    ObjectNode data = mapper.createObjectNode();
    data.put("target", summary.targetProbability());
    if (summary.recommendation().isPresent()) {
      data.put("recommended", summary.recommendation().get().headcount());
    } else {
      data.putNull("recommended");
    }
    ArrayNode curve = data.putArray("curve");
    for (StaffingSummary.Point p : summary.points()) {
      curve
          .addObject()
          .put("headcount", p.headcount())
          .put("p", p.probabilityEveryMonth())
          .put("low", p.low())
          .put("high", p.high());
    }
    data.put("detail", detail.headcount());
    ArrayNode months = data.putArray("months");
    for (StaffingSummary.Month m : detail.months()) {
      months.add(m.month().toString());
    }
    ArrayNode targets = data.putArray("targets");
    for (int k = 0; k < StaffingModel.TARGETS.size(); k++) {
      ObjectNode target = targets.addObject();
      target.put("name", StaffingModel.TARGETS.get(k).label());
      target.put("threshold", thresholds.get(k));
      ArrayNode p5 = target.putArray("p5");
      ArrayNode p50 = target.putArray("p50");
      ArrayNode p95 = target.putArray("p95");
      for (StaffingSummary.Month m : detail.months()) {
        StaffingSummary.Spread s = m.ratio().get(k);
        p5.add(s.p5());
        p50.add(s.p50());
        p95.add(s.p95());
      }
    }
    return data;
  }
}
