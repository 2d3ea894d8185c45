package org.anxin.staffing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxin.staffing.TestScenarios;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.junit.jupiter.api.Test;

/** The queue's rules on examples: the first night, the stages, the waits, the reopenings. */
class QueueSimulationTest {

  private static final StaffingModel DEFAULT = TestScenarios.model("queue: edf");

  private static Arrivals year(StaffingModel model, int trial) {
    return new ArrivalGenerator(model, 3).generate(trial, new IncidentLog(1, 365).of(0));
  }

  @Test
  void theNightShiftOfNewYearsEveAnswersTheFirstComplaintsOfTheYear() {
    Arrivals arrivals = year(DEFAULT, 0);
    QueueSimulation queue = new QueueSimulation(DEFAULT, 3);
    queue.run(arrivals, StaffPlan.of(DEFAULT, 80), 0);
    int early = 0;
    for (int c = 0; c < arrivals.size() && arrivals.received(c) < 6 * 3600; c++) {
      assertTrue(
          queue.firstResponse(c) - arrivals.received(c) < 1800,
          "received at second " + arrivals.received(c) + ", answered at " + queue.firstResponse(c));
      early++;
    }
    assertTrue(early > 0, "complaints come in the first night");
  }

  @Test
  void everyComplaintGoesThroughItsStagesInOrderWithItsWaitsAndReopening() {
    Arrivals arrivals = year(DEFAULT, 1);
    QueueSimulation queue = new QueueSimulation(DEFAULT, 3);
    queue.run(arrivals, StaffPlan.of(DEFAULT, 80), 1);
    int reopened = 0;
    int waited = 0;
    for (int c = 0; c < arrivals.size(); c++) {
      int received = arrivals.received(c);
      int response = queue.firstResponse(c);
      int solution = queue.solution(c);
      int resolved = queue.resolved(c);
      assertTrue(received <= response && response <= solution && solution <= resolved);
      // The response's own work comes before anything else is done.
      assertTrue(solution >= response + arrivals.work(c, 0), "solution after the response's work");
      if (queue.customerPauseFrom(c) != QueueSimulation.UNSET) {
        waited++;
        // The wait begins when the response's work ends: its own minutes, plus escalation work
        // when the response came after its clock's escalation levels (up to three).
        int extra = queue.customerPauseFrom(c) - response - arrivals.work(c, 0);
        assertTrue(extra % DEFAULT.escalationSeconds() == 0, "extra " + extra);
        assertTrue(extra >= 0 && extra <= 3 * DEFAULT.escalationSeconds(), "extra " + extra);
        assertTrue(
            solution >= queue.customerPauseFrom(c) + arrivals.customerWait(c) + arrivals.work(c, 1),
            "the solution's work starts after the wait");
      }
      if (arrivals.reopenAfter(c) != Arrivals.NEVER) {
        reopened++;
        assertTrue(queue.reopened(c) != QueueSimulation.UNSET);
        assertTrue(resolved >= queue.reopened(c) + arrivals.work(c, 3), "rework after reopening");
      } else {
        assertEquals(QueueSimulation.UNSET, queue.reopened(c));
      }
    }
    assertTrue(reopened > 1000 && waited > 5000, reopened + " reopened, " + waited + " waited");
    assertTrue(queue.stoppedAt() >= arrivals.received(arrivals.size() - 1));
  }

  @Test
  void withoutHandlersTheHandlersWorkNeverEndsAndIsJudgedOpenAtTheEndOfTheData() {
    Arrivals arrivals = year(DEFAULT, 2);
    QueueSimulation queue = new QueueSimulation(DEFAULT, 3);
    // One seat: the front line's early shift; no case handler at all.
    MonthlyTally tally = queue.run(arrivals, StaffPlan.of(DEFAULT, 1), 2);
    assertEquals(DEFAULT.horizonDays() * StaffingModel.DAY - 1, queue.stoppedAt());
    int unsolved = 0;
    for (int c = 0; c < arrivals.size(); c++) {
      if (queue.solution(c) == QueueSimulation.UNSET) {
        unsolved++;
      }
    }
    assertEquals(arrivals.size(), unsolved);
    for (int m = 0; m < MonthlyTally.MONTHS; m++) {
      assertEquals(0, tally.met(m, 1));
      assertTrue(tally.counted(m, 1) > 0, "breached open complaints count");
    }
  }
}
