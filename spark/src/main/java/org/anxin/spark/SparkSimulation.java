package org.anxin.spark;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A simulation run as Spark tasks: the trials split into {@code partitions} index ranges, each task
 * parsing the scenario from its text (shipped as text, never as Java-serialized objects) and
 * simulating its range with {@link MonteCarloEngine#runRange}, the driver joining the ranges in
 * trial order ({@link TrialResults#concat}). A trial's draws are addressed by its index, so the
 * results, and every file computed from them, are the local engine's whatever the partitions,
 * executors or retries: a retried task computes the same pure function of (scenario, seed, range).
 */
public final class SparkSimulation {

  private SparkSimulation() {}

  /** Called at the start of every task attempt; tests use it to make an attempt fail. */
  @FunctionalInterface
  interface TaskProbe extends Serializable {
    void started(int partition, int attempt);
  }

  /**
   * Simulates {@code trials} paths of {@code years} years of the scenario {@code scenarioText}
   * (YAML or JSON, as a scenario file holds it) on the built-in catalog.
   *
   * @throws InvalidInputException for a bad scenario (checked on the driver first) or bad sizes
   */
  public static TrialResults run(
      JavaSparkContext spark,
      String scenarioText,
      int trials,
      int years,
      long seed,
      int partitions) {
    return run(spark, scenarioText, null, trials, years, seed, partitions);
  }

  /**
   * As {@link #run(JavaSparkContext, String, int, int, long, int)} on the catalog {@code
   * catalogText} (a catalog file's YAML or JSON, shipped as text like the scenario), or the
   * built-in one when it is {@code null}.
   */
  public static TrialResults run(
      JavaSparkContext spark,
      String scenarioText,
      String catalogText,
      int trials,
      int years,
      long seed,
      int partitions) {
    return run(
        spark,
        scenarioText,
        catalogText,
        trials,
        years,
        seed,
        partitions,
        (partition, attempt) -> {});
  }

  static TrialResults run(
      JavaSparkContext spark,
      String scenarioText,
      String catalogText,
      int trials,
      int years,
      long seed,
      int partitions,
      TaskProbe probe) {
    // The driver refuses what every task would, before any task is sent.
    Scenario scenario = ScenarioLoader.parse(scenarioText);
    catalog(catalogText);
    MonteCarloEngine.checkRun(trials, 1);
    MonteCarloEngine.checkYears(scenario, years);
    if (partitions < 1 || partitions > trials) {
      throw new InvalidInputException(
          "--partitions", partitions, "must be between 1 and the number of trials, " + trials);
    }
    List<TrialRange> ranges = TrialRange.split(trials, partitions);
    List<TrialResults> parts =
        spark
            .parallelize(ranges, ranges.size())
            .map(
                range -> {
                  TaskContext task = TaskContext.get();
                  probe.started(task.partitionId(), task.attemptNumber());
                  MonteCarloEngine engine =
                      MonteCarloEngine.of(ScenarioLoader.parse(scenarioText), catalog(catalogText));
                  return engine.runRange(range.from(), range.to(), years, seed, 1, null);
                })
            .collect();
    return TrialResults.concat(parts);
  }

  private static Catalog catalog(String text) {
    return text == null
        ? Catalog.builtIn()
        : Catalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
