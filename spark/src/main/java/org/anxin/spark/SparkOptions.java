package org.anxin.spark;

import picocli.CommandLine.Option;

/**
 * The options {@code anxin simulate} and {@code anxin staffing} take on Spark, besides their own: a
 * picocli mixin added to both by {@link AnxinOnSpark}.
 */
final class SparkOptions {

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark's master: local[N], spark://HOST:PORT, yarn, k8s://https://HOST:PORT (default:"
              + " spark-submit's --master, else local[*]).")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "Trial ranges to cut the run into, one task each (per headcount for staffing; default:"
              + " 4 per core of spark.cores.max or of the executors, else of what Spark reports; at"
              + " most the trials).")
  Integer partitions;
}
