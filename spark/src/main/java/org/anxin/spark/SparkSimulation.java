package org.anxin.spark;

import java.io.Serializable;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.guarantees.document.Syntax;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.Sampling;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A simulation run as Spark tasks: the trials split into {@code partitions} index ranges, each task
 * reading the scenario from its text (shipped as text, never as Java-serialized objects) and
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

    /** A probe that does nothing. */
    static TaskProbe none() {
      return (partition, attempt) -> {};
    }
  }

  /**
   * Simulates {@code trials} paths of {@code years} years of the YAML scenario {@code scenarioText}
   * on the built-in catalog.
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
   * As {@link #run(JavaSparkContext, String, int, int, long, int)} on the YAML catalog {@code
   * catalogText}, or the built-in one when it is {@code null}.
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
        yaml(scenarioText),
        yaml(catalogText),
        new Sizes(trials, years, seed, partitions, 1),
        Sampling.plain(),
        TaskProbe.none(),
        null);
  }

  /**
   * Simulates {@code sizes.trials()} paths of the scenario {@code scenario} on the catalog {@code
   * catalog} (the built-in one when {@code null}), each task on {@code sizes.threadsPerTask()}
   * threads.
   *
   * @param progress told how many more trials are done as each task finishes, on Spark's listener
   *     thread; may be {@code null}
   * @throws InvalidInputException for a bad scenario or catalog (checked on the driver first) or
   *     bad sizes
   */
  public static TrialResults run(
      JavaSparkContext spark,
      DocumentText scenario,
      DocumentText catalog,
      Sizes sizes,
      IntConsumer progress) {
    return run(spark, scenario, catalog, sizes, Sampling.plain(), TaskProbe.none(), progress);
  }

  /**
   * As {@link #run(JavaSparkContext, DocumentText, DocumentText, Sizes, IntConsumer)}, the market
   * factors drawn by {@code sampling} (a stratified design is of the whole run's trials, so every
   * range falls in the same strata as on one machine).
   */
  public static TrialResults run(
      JavaSparkContext spark,
      DocumentText scenario,
      DocumentText catalog,
      Sizes sizes,
      Sampling sampling,
      IntConsumer progress) {
    return run(spark, scenario, catalog, sizes, sampling, TaskProbe.none(), progress);
  }

  static TrialResults run(
      JavaSparkContext spark,
      DocumentText scenarioText,
      DocumentText catalogText,
      Sizes sizes,
      Sampling sampling,
      TaskProbe probe,
      IntConsumer progress) {
    // The driver refuses what every task would, before any task is sent.
    Scenario scenario = ScenarioLoader.parseDocument(scenarioText).scenario();
    catalog(catalogText);
    MonteCarloEngine.checkRun(sizes.trials(), sizes.threadsPerTask());
    MonteCarloEngine.checkYears(scenario, sizes.years());
    List<TrialRange> ranges = TrialRange.split(sizes.trials(), sizes.partitions(sizes.trials()));
    int years = sizes.years();
    long seed = sizes.seed();
    int threads = sizes.threadsPerTask();
    List<TrialResults> parts =
        TaskProgress.around(
            spark,
            IntStream.range(0, ranges.size()).toArray(),
            ranges.stream().mapToInt(TrialRange::size).toArray(),
            progress,
            () ->
                spark
                    .parallelize(ranges, ranges.size())
                    .map(
                        range -> {
                          TaskContext task = TaskContext.get();
                          probe.started(task.partitionId(), task.attemptNumber());
                          MonteCarloEngine engine =
                              MonteCarloEngine.of(
                                      ScenarioLoader.parseDocument(scenarioText).scenario(),
                                      catalog(catalogText))
                                  .withSampling(sampling);
                          return engine.runRange(
                              range.from(), range.to(), years, seed, threads, null);
                        })
                    .collect());
    return TrialResults.concat(parts);
  }

  static Catalog catalog(DocumentText text) {
    return text == null ? Catalog.builtIn() : Catalog.read(text);
  }

  private static DocumentText yaml(String text) {
    return text == null ? null : new DocumentText(text, Syntax.YAML);
  }
}
