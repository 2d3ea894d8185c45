package org.anxin.cli;

import java.nio.file.Path;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.simulator.engine.Sampling;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;

/**
 * A liability run as {@code anxin simulate} has read and checked it, for a {@link TrialEngine}.
 *
 * @param scenarioSource the built-in scenario's name or the scenario file's path, as given
 * @param scenario the scenario read from it
 * @param catalogFile the catalog file, or {@code null} for the built-in catalog
 * @param catalog the catalog read from it
 * @param trials the trials (paths)
 * @param years the years of each path
 * @param seed the seed
 * @param threads the worker threads of {@code --threads}, or {@code null} when not given
 * @param sampling how the trials' market factors are drawn ({@code --sampling})
 */
public record SimulationJob(
    String scenarioSource,
    Scenario scenario,
    Path catalogFile,
    Catalog catalog,
    int trials,
    int years,
    long seed,
    Integer threads,
    Sampling sampling) {

  /**
   * The scenario's text, for an engine that reads it again elsewhere (the tasks of a cluster); read
   * on demand, so that a local run reads its files once.
   */
  public DocumentText scenarioText() {
    return ScenarioLoader.text(scenarioSource);
  }

  /** The catalog file's text, or {@code null} for the built-in catalog; read on demand. */
  public DocumentText catalogText() {
    return catalogFile == null ? null : DocumentText.of(catalogFile, "catalog");
  }

  /** The worker threads: {@code --threads}, or every core of this machine. */
  int threadCount() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
