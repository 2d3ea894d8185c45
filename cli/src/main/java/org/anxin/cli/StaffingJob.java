package org.anxin.cli;

import org.anxin.guarantees.document.DocumentText;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.anxin.staffing.scenario.Sweep;

/**
 * A staffing sweep as {@code anxin staffing} has read and checked it, for a {@link TrialEngine};
 * the liability run under it uses the built-in catalog.
 *
 * @param scenarioSource the built-in scenario's name or the scenario file's path, as given
 * @param document the scenario read from it
 * @param complaints its {@code complaints} section
 * @param trials the trials
 * @param seed the seed
 * @param threads the worker threads of {@code --threads}, or {@code null} when not given
 * @param sweep the headcounts to try
 */
public record StaffingJob(
    String scenarioSource,
    ScenarioDocument document,
    ComplaintScenario complaints,
    int trials,
    long seed,
    Integer threads,
    Sweep sweep) {

  /**
   * The scenario's text, for an engine that reads it again elsewhere (the tasks of a cluster); read
   * on demand, so that a local run reads its file once.
   */
  public DocumentText scenarioText() {
    return ScenarioLoader.text(scenarioSource);
  }

  /** The worker threads: {@code --threads}, or every core of this machine. */
  int threadCount() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
