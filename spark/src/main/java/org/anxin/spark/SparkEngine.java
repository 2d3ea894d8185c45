package org.anxin.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.IntConsumer;
import org.anxin.cli.SimulationJob;
import org.anxin.cli.StaffingJob;
import org.anxin.cli.TrialEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.staffing.run.StaffingResults;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The command line's trials computed on Spark: a context started for the run (from {@code
 * --master}, or what spark-submit set), the run cut into {@code --partitions} trial ranges, and the
 * context stopped afterwards.
 */
final class SparkEngine implements TrialEngine {

  /** Tasks per core Spark reports, when {@code --partitions} is not given: some balance. */
  static final int PARTITIONS_PER_CORE = 4;

  private final SparkOptions options;
  private String master;
  private int partitions;
  private String sparkVersion;

  SparkEngine(SparkOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public TrialResults simulate(SimulationJob job, IntConsumer progress) {
    return onSpark(
        job.trials(),
        (spark, partitionCount) ->
            SparkSimulation.run(
                spark,
                job.scenarioText(),
                job.catalogText(),
                new Sizes(
                    job.trials(),
                    job.years(),
                    job.seed(),
                    partitionCount,
                    threadsPerTask(job.threads())),
                progress));
  }

  @Override
  public StaffingResults staffing(StaffingJob job, IntConsumer progress) {
    return onSpark(
        job.trials(),
        (spark, partitionCount) ->
            SparkStaffing.run(
                spark,
                job.scenarioText(),
                new Sizes(job.trials(), 1, job.seed(), partitionCount, 1),
                job.sweep().headcounts(),
                progress));
  }

  @Override
  public boolean writesClaims() {
    return false;
  }

  @Override
  public void describe(ObjectNode run) {
    ObjectNode engine = run.putObject("engine");
    engine.put("name", "spark");
    engine.put("spark", sparkVersion);
    engine.put("master", master);
    engine.put("partitions", partitions);
  }

  /** The engine's threads inside each task: {@code --threads} if given, else one. */
  private static int threadsPerTask(Integer threads) {
    return threads == null ? 1 : threads;
  }

  private interface Run<T> {
    T on(JavaSparkContext spark, int partitions);
  }

  private <T> T onSpark(int trials, Run<T> run) {
    try (JavaSparkContext spark = SparkContexts.start(options.master)) {
      master = spark.master();
      sparkVersion = spark.version();
      int byCores = PARTITIONS_PER_CORE * Math.max(1, spark.defaultParallelism());
      partitions = Math.min(trials, options.partitions != null ? options.partitions : byCores);
      return run.on(spark, partitions);
    }
  }
}
