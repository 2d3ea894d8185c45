package org.anxin.staffing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.sla.policy.Milestone;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.junit.jupiter.api.Test;

/**
 * The first validation: in the degenerate case (Poisson arrivals, exponential handling, one
 * skill, constant staff round the clock, first come first served, no pauses) the staffed queue is
 * the M/M/c queue, and its probability of waiting and share answered within t agree with the Erlang
 * C formula within Monte Carlo error. The configuration is {@code
 * examples/scenarios/erlang-c.yaml}, read as any scenario file is (docs/staffing-validation.md).
 */
class ErlangCTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "scenarios", "erlang-c.yaml");

  /** Agents; the example's headcount. */
  private static final int AGENTS = 10;

  /** The example's mean handling time, minutes. */
  private static final double MEAN_MINUTES = 30;

  /** Days left out at the start: the queue starts empty, and relaxes within hours. */
  private static final int WARM_UP_DAYS = 2;

  /** Days per batch: a week is many relaxation times of the queue (about 8 hours at ρ 0.85). */
  private static final int BATCH_DAYS = 7;

  /** Standard errors allowed between simulation and formula. */
  private static final double Z = 4;

  /** Answer times compared, minutes. */
  private static final int[] WITHIN_MINUTES = {1, 5, 10, 30};

  private static final long SEED = 20_250_101L;

  @Test
  void theFormulaMatchesItsClosedForms() {
    // One agent: the probability of waiting is the load. Two: 2ρ² / (1 + ρ).
    assertEquals(0.7, erlangC(1, 0.7), 1e-12);
    double rho = 0.6;
    assertEquals(2 * rho * rho / (1 + rho), erlangC(2, 2 * rho), 1e-12);
    // Never more than certain, and more agents at the same offered load wait less.
    assertTrue(erlangC(10, 9.99) < 1);
    assertTrue(erlangC(11, 8.5) < erlangC(10, 8.5));
  }

  @Test
  void theExampleIsTheDegenerateCase() throws IOException {
    ScenarioDocument document = example();
    ComplaintScenario scenario = ComplaintScenario.of(document);
    assertEquals(AGENTS, scenario.roster().headcount());
    assertEquals("fcfs", scenario.queue());
    assertEquals(0, scenario.escalationMinutes());
    assertEquals(0, scenario.roster().shrinkage());
    assertEquals(1, scenario.roster().skills().size());
    // The default categories stay, with no share of the complaints.
    assertEquals(
        Map.of("erlang", 1.0, "rental", 0.0, "service", 0.0, "transaction", 0.0),
        scenario.background().categories());
    StaffingModel model = StaffingModel.of(scenario, document.scenario().calendar().year());
    // A constant rate: every day expects the same number of complaints.
    for (int d = 1; d < model.yearDays(); d++) {
      assertEquals(model.backgroundOn(0), model.backgroundOn(d), 1e-9);
    }
    StaffPlan plan = StaffPlan.of(model, AGENTS);
    assertEquals(AGENTS, plan.agents());
    assertEquals(1, plan.cells().size());
    assertEquals(24 * 60, plan.cells().get(0).lengthMinutes());
  }

  @Test
  void aHighLoadAgreesWithErlangC() throws IOException {
    // ρ = 0.85: the example as it stands.
    ScenarioDocument document = example();
    check(document.complaints(), document.scenario().calendar().year(), 0.85, 20);
  }

  @Test
  void aModerateLoadAgreesWithErlangC() throws IOException {
    // ρ = 0.6: the example with 288 complaints a day instead of 408.
    ScenarioDocument document = example();
    int year = document.scenario().calendar().year();
    ObjectNode background = (ObjectNode) document.complaints().get("background");
    background.put("perYear", 288.0 * Year.of(year).length());
    check(document.complaints(), year, 0.6, 12);
  }

  /** The example's {@code complaints} section, defaults merged, as any scenario file is read. */
  private static ScenarioDocument example() throws IOException {
    ScenarioDocument document = ScenarioLoader.parseDocument(Files.readString(EXAMPLE));
    assertEquals("erlang-c", document.scenario().name());
    return document;
  }

  /** Simulates {@code years} trial-years of the section and compares them with the formula. */
  private static void check(ObjectNode section, int year, double load, int years) {
    ComplaintScenario scenario = ComplaintScenario.of(section);
    StaffingModel model = StaffingModel.of(scenario, year);
    double lambda = model.backgroundOn(0) / (24 * 60); // complaints a minute
    double mu = 1 / MEAN_MINUTES;
    double a = lambda / mu;
    assertEquals(load, a / AGENTS, 1e-9);
    Measured measured = simulate(model, years);

    double c = erlangC(AGENTS, a);
    double decay = AGENTS * mu - lambda;
    assertAgrees("P(wait > 0)", c, measured.waited(), measured.waitedError(), 0.003);
    assertAgrees(
        "mean wait, minutes",
        c / decay,
        measured.meanWait(),
        measured.meanWaitError(),
        0.03 * c / decay);
    for (int i = 0; i < WITHIN_MINUTES.length; i++) {
      double t = WITHIN_MINUTES[i];
      double exact = 1 - c * Math.exp(-decay * t);
      assertAgrees(
          "P(wait <= " + WITHIN_MINUTES[i] + " min)",
          exact,
          measured.within(i),
          measured.withinError(i),
          0.003);
    }
  }

  private static void assertAgrees(
      String what, double exact, double simulated, double error, double enough) {
    // The test must be able to fail: the figure is measured closely enough to tell.
    assertTrue(error > 0 && error < enough, what + ": Monte Carlo error " + error);
    assertTrue(
        Math.abs(simulated - exact) <= Z * error,
        what
            + ": simulated "
            + simulated
            + " ± "
            + error
            + ", Erlang C "
            + exact
            + ", z = "
            + (simulated - exact) / error);
  }

  /**
   * The probability that the first response waits, its mean wait, and the probability that it comes
   * within each of {@link #WITHIN_MINUTES}, over every complaint received after the warm-up of
   * {@code years} trial-years, with their standard errors by batch means over weeks (a ratio
   * estimator: the batches' complaint counts vary).
   */
  private static Measured simulate(StaffingModel model, int years) {
    IncidentLog.Claims none = new IncidentLog(1, model.yearDays()).of(0);
    ArrivalGenerator generator = new ArrivalGenerator(model, SEED);
    QueueSimulation queue = new QueueSimulation(model, SEED);
    StaffPlan plan = StaffPlan.of(model, AGENTS);
    long budget = model.policy().target(Milestone.FIRST_RESPONSE).budget().toSeconds();
    int batchesPerYear = (model.yearDays() - WARM_UP_DAYS) / BATCH_DAYS;
    int batches = batchesPerYear * years;
    int columns = 2 + WITHIN_MINUTES.length;
    long[] counts = new long[batches];
    double[][] sums = new double[columns][batches];
    for (int trial = 0; trial < years; trial++) {
      Arrivals arrivals = generator.generate(trial, none);
      assertTrue(arrivals.size() > 0, "a year of complaints");
      MonthlyTally tally = queue.run(arrivals, plan, trial);
      assertJudgedAsMeasured(tally, queue, arrivals, budget);
      for (int i = 0; i < arrivals.size(); i++) {
        assertEquals(Arrivals.Source.BACKGROUND, arrivals.source(i));
        int day = (int) (arrivals.received(i) / StaffingModel.DAY);
        int batch = (day - WARM_UP_DAYS) / BATCH_DAYS;
        if (day < WARM_UP_DAYS || batch >= batchesPerYear) {
          continue;
        }
        int b = trial * batchesPerYear + batch;
        assertNotEquals(QueueSimulation.UNSET, queue.firstResponse(i), "every complaint answered");
        long wait = (long) queue.firstResponse(i) - arrivals.received(i);
        assertTrue(wait >= 0);
        counts[b]++;
        if (wait > 0) {
          sums[0][b]++;
        }
        sums[1][b] += wait / 60.0;
        for (int k = 0; k < WITHIN_MINUTES.length; k++) {
          if (wait <= WITHIN_MINUTES[k] * 60L) {
            sums[2 + k][b]++;
          }
        }
      }
    }
    double[] estimate = new double[columns];
    double[] error = new double[columns];
    for (int k = 0; k < columns; k++) {
      double[] ratio = ratio(counts, sums[k]);
      estimate[k] = ratio[0];
      error[k] = ratio[1];
    }
    return new Measured(estimate, error);
  }

  /**
   * The run's own verdict on the response target (the sla module's judge, 30 minutes on 24x7) is
   * the share answered within 30 minutes measured here: the queue's compliance figures are the
   * Erlang C service level of this case.
   */
  private static void assertJudgedAsMeasured(
      MonthlyTally tally, QueueSimulation queue, Arrivals arrivals, long budget) {
    int within = 0;
    for (int i = 0; i < arrivals.size(); i++) {
      if (queue.firstResponse(i) - arrivals.received(i) <= budget) {
        within++;
      }
    }
    int counted = 0;
    int met = 0;
    for (int m = 0; m < MonthlyTally.MONTHS; m++) {
      counted += tally.counted(m, 0);
      met += tally.met(m, 0);
    }
    assertEquals(arrivals.size(), counted);
    assertEquals(within, met);
  }

  /** Σ sums / Σ counts, and its standard error from the batches' residuals. */
  private static double[] ratio(long[] counts, double[] sums) {
    int n = counts.length;
    double total = 0;
    double sum = 0;
    for (int b = 0; b < n; b++) {
      total += counts[b];
      sum += sums[b];
    }
    double p = sum / total;
    double meanCount = total / n;
    double squares = 0;
    for (int b = 0; b < n; b++) {
      double residual = sums[b] - p * counts[b];
      squares += residual * residual;
    }
    double variance = squares / ((double) n * (n - 1) * meanCount * meanCount);
    return new double[] {p, Math.sqrt(variance)};
  }

  /**
   * Erlang C from first principles: the probability that an arrival at an M/M/c queue with offered
   * load {@code a} = λ/μ waits, C(c, a) = (a^c/c! · c/(c−a)) / (Σ_{k<c} a^k/k! + a^c/c! · c/(c−a)).
   */
  static double erlangC(int c, double a) {
    double term = 1; // a^k / k!
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double queued = term * c / (c - a);
    return queued / (sum + queued);
  }

  /**
   * Column 0 is the probability of waiting, 1 the mean wait in minutes, 2 + k the share within the
   * k-th time.
   */
  private record Measured(double[] estimate, double[] error) {
    double waited() {
      return estimate[0];
    }

    double waitedError() {
      return error[0];
    }

    double meanWait() {
      return estimate[1];
    }

    double meanWaitError() {
      return error[1];
    }

    double within(int k) {
      return estimate[2 + k];
    }

    double withinError(int k) {
      return error[2 + k];
    }
  }
}
