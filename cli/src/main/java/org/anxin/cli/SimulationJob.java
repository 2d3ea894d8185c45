package org.anxin.cli;

import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.simulator.scenario.Scenario;

/**
 * A liability run as {@code anxin simulate} has read and checked it, for a {@link TrialEngine}.
 *
 * @param scenarioText the scenario's text, for an engine that reads it again elsewhere
 * @param scenario the scenario read from it
 * @param catalogText the catalog file's text, or {@code null} for the built-in catalog
 * @param catalog the catalog
 * @param trials the trials (paths)
 * @param years the years of each path
 * @param seed the seed
 * @param threads the worker threads of {@code --threads}, or {@code null} when not given
 */
public record SimulationJob(
    DocumentText scenarioText,
    Scenario scenario,
    DocumentText catalogText,
    Catalog catalog,
    int trials,
    int years,
    long seed,
    Integer threads) {

  /** The worker threads: {@code --threads}, or every core of this machine. */
  int threadCount() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
