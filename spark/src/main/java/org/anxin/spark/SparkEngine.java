package org.anxin.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.IntConsumer;
import org.anxin.cli.SimulationJob;
import org.anxin.cli.StaffingJob;
import org.anxin.cli.TrialEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.staffing.run.StaffingResults;
import org.apache.spark.SparkConf;
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
  private int threadsPerTask = 1;

  SparkEngine(SparkOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public TrialResults simulate(SimulationJob job, IntConsumer progress) {
    threadsPerTask = threadsPerTask(job.threads());
    return onSpark(
        job.trials(),
        (spark, partitionCount) ->
            SparkSimulation.run(
                spark,
                job.scenarioText(),
                job.catalogText(),
                new Sizes(job.trials(), job.years(), job.seed(), partitionCount, threadsPerTask),
                job.sampling(),
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
    // The threads that ran each task, not this machine's cores.
    run.put("threads", threadsPerTask);
  }

  /** The engine's threads inside each task: {@code --threads} if given, else one. */
  private static int threadsPerTask(Integer threads) {
    return threads == null ? 1 : threads;
  }

  /**
   * The cores the run may use: what the cluster's configuration asks for, since a context just
   * started may not have its executors yet (Spark's default parallelism is then 2), else what Spark
   * reports.
   */
  private static int cores(JavaSparkContext spark) {
    SparkConf conf = spark.getConf();
    int configured = conf.getInt("spark.cores.max", 0);
    if (configured == 0 && conf.contains("spark.executor.instances")) {
      configured =
          conf.getInt("spark.executor.instances", 0) * conf.getInt("spark.executor.cores", 1);
    }
    return Math.max(configured, spark.defaultParallelism());
  }

  private interface Run<T> {
    T on(JavaSparkContext spark, int partitions);
  }

  private <T> T onSpark(int trials, Run<T> run) {
    try (JavaSparkContext spark = SparkContexts.start(options.master)) {
      master = spark.master();
      sparkVersion = spark.version();
      int byCores = PARTITIONS_PER_CORE * Math.max(1, cores(spark));
      partitions = Math.min(trials, options.partitions != null ? options.partitions : byCores);
      return run.on(spark, partitions);
    }
  }
}
