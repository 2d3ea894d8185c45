package org.anxin.staffing.queue;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.anxin.staffing.TestScenarios;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.junit.jupiter.api.Test;

/**
 * More staff never delays a response, with the same complaints (common random numbers), where
 * queueing theory says so exactly: first-come-first-served service of one stage by identical agents
 * always on duty (G/G/c). Adding a server never raises any customer's start time: the
 * Kiefer–Wolfowitz workload recursion is monotone in the servers. With shifts, absences and the
 * full model's earliest-deadline-first queue over two stages, an extra seat can reorder the work so
 * that a few complaints wait longer (a scheduling anomaly, as in Graham's list scheduling);
 * docs/staffing.md ("More staff") gives how rare that is in the default model.
 */
class MoreStaffPropertiesTest {

  private static final String[] WORK = {
    "{dist: exponential, mean: 20}", "{dist: lognormal, median: 20, sigma: 0.8}"
  };

  @Test
  void aLargerHeadcountNeverDelaysAnyResponse() {
    qt().withExamples(40)
        .forAll(
            integers().between(0, 1),
            integers().between(1, 12),
            integers().between(1, 6),
            integers().between(0, 1_000_000))
        .checkAssert(
            (work, headcount, more, trial) -> {
              StaffingModel model =
                  TestScenarios.model(
                      TestScenarios.oneSkill(
                          4000 + 3000 * work,
                          WORK[work],
                          "24x7",
                          "[{name: day, hours: \"00:00-24:00\", share: 1.0}]",
                          0.0));
              Arrivals arrivals =
                  new ArrivalGenerator(model, 11).generate(trial, new IncidentLog(1, 365).of(0));
              QueueSimulation small = new QueueSimulation(model, 11);
              QueueSimulation large = new QueueSimulation(model, 11);
              small.run(arrivals, StaffPlan.of(model, headcount), trial);
              large.run(arrivals, StaffPlan.of(model, headcount + more), trial);
              for (int c = 0; c < arrivals.size(); c++) {
                int before = small.firstResponse(c);
                int after = large.firstResponse(c);
                boolean noLater =
                    before == QueueSimulation.UNSET
                        || (after != QueueSimulation.UNSET && after <= before);
                int complaint = c;
                assertTrue(
                    noLater,
                    () ->
                        "complaint "
                            + complaint
                            + " answered at "
                            + before
                            + " with "
                            + headcount
                            + " seats, at "
                            + after
                            + " with "
                            + (headcount + more));
              }
            });
  }
}
