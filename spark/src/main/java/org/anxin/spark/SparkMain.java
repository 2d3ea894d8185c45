package org.anxin.spark;

import org.anxin.cli.AnxinCli;

/** {@link AnxinOnSpark}'s work once Spark is known to be there. */
final class SparkMain {

  private SparkMain() {}

  static void run(String[] args) {
    QuietLogging.apply();
    SparkOptions options = new SparkOptions();
    AnxinCli.mainOn("anxin-spark", new SparkEngine(options), options, args);
  }
}
