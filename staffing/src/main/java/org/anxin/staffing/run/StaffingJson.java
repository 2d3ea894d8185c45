package org.anxin.staffing.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.StaffPlan;

/** {@code staffing.json}: the summary of a staffing run, every figure the report shows. */
public final class StaffingJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> TARGETS = List.of("response", "solution", "resolution");

  private StaffingJson() {}

  /** The summary as JSON. */
  public static ObjectNode of(StaffingSummary summary, StaffingModel model, String scenario) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", scenario);
    root.put("year", summary.year());
    root.put("trials", summary.trials());
    root.put("seed", summary.seed());
    ObjectNode policy = root.putObject("policy");
    policy.put("name", model.policy().name());
    policy.put("calendar", model.policy().targets().get(0).calendar().id());
    ObjectNode budgets = policy.putObject("budgetsMinutes");
    ObjectNode objective = policy.putObject("monthlyObjectivePercent");
    for (int k = 0; k < TARGETS.size(); k++) {
      budgets.put(
          TARGETS.get(k), model.policy().target(StaffingModel.TARGETS.get(k)).budget().toMinutes());
      objective.put(TARGETS.get(k), model.objective(k).percent());
    }
    policy.put("probability", summary.targetProbability());
    policy.put("queue", model.earliestDeadlineFirst() ? "edf" : "fcfs");
    root.put("meanComplaints", summary.meanComplaints());
    ObjectNode recommendation = root.putObject("recommendation");
    if (summary.recommendation().isPresent()) {
      recommendation.put("headcount", summary.recommendation().get().headcount());
      recommendation.put("probability", summary.recommendation().get().probability());
    } else {
      recommendation.putNull("headcount");
      recommendation.put(
          "reason", "no headcount of the sweep meets the objective with the probability");
    }
    ArrayNode driving = recommendation.putArray("drivingMonths");
    summary.drivingMonths().forEach(m -> driving.add(m.toString()));
    ArrayNode points = root.putArray("headcounts");
    for (StaffingSummary.Point point : summary.points()) {
      points.add(point(point));
    }
    return root;
  }

  private static ObjectNode point(StaffingSummary.Point point) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("headcount", point.headcount());
    ObjectNode every = node.putObject("everyMonthMeets");
    every.put("probability", point.probabilityEveryMonth());
    every.put("low", point.low());
    every.put("high", point.high());
    ObjectNode year = node.putObject("yearRatioMean");
    for (int k = 0; k < TARGETS.size(); k++) {
      year.put(TARGETS.get(k), point.yearRatio().get(k));
    }
    ArrayNode roster = node.putArray("roster");
    for (StaffPlan.Cell cell : point.roster()) {
      ObjectNode seat = roster.addObject();
      seat.put("team", cell.teamName());
      seat.put("shift", cell.shiftName());
      seat.put("seats", cell.seats());
      seat.put("offDaySeats", cell.offDaySeats());
    }
    ArrayNode months = node.putArray("months");
    for (StaffingSummary.Month month : point.months()) {
      ObjectNode m = months.addObject();
      m.put("month", month.month().toString());
      m.put("probabilityMeets", month.probabilityMeets());
      for (int k = 0; k < TARGETS.size(); k++) {
        ObjectNode target = m.putObject(TARGETS.get(k));
        StaffingSummary.Spread ratio = month.ratio().get(k);
        ObjectNode r = target.putObject("ratio");
        r.put("p5", ratio.p5());
        r.put("p50", ratio.p50());
        r.put("p95", ratio.p95());
        StaffingSummary.BudgetSpread budget = month.errorBudget().get(k);
        ObjectNode b = target.putObject("errorBudget");
        b.put("p5", budget.p5());
        b.put("p50", budget.p50());
        b.put("p95", budget.p95());
      }
    }
    return node;
  }
}
