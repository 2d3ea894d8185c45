package org.anxin.spark;

import org.anxin.domain.InvalidInputException;

/**
 * The sizes of a run on Spark: what it computes (trials, years, seed) and how it is cut
 * (partitions, threads inside each task).
 *
 * @param trials the trials
 * @param years the years of each path (1 for staffing)
 * @param seed the seed
 * @param partitions the trial ranges, one task each; more than the trials gives one trial a task
 * @param threadsPerTask the engine's threads inside each task: 1 unless each task is given more
 *     than one core ({@code spark.task.cpus})
 */
public record Sizes(int trials, int years, long seed, int partitions, int threadsPerTask) {

  /** The most partitions a run is cut into. */
  public static final int MAX_PARTITIONS = 100_000;

  public Sizes {
    if (partitions < 1 || partitions > MAX_PARTITIONS) {
      throw new InvalidInputException(
          "--partitions", partitions, "must be between 1 and " + MAX_PARTITIONS);
    }
  }

  /** The trial ranges to cut {@code trials} trials into: the partitions, at most the trials. */
  int partitions(int trials) {
    return Math.min(trials, partitions);
  }
}
