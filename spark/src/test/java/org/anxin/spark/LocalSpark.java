package org.anxin.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The tests' Spark: local mode, two executor threads, a failed task retried once. */
final class LocalSpark {

  private LocalSpark() {}

  static JavaSparkContext start() {
    JavaSparkContext spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2,2]")
                .setAppName("anxin-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1"));
    spark.setLogLevel("ERROR");
    return spark;
  }
}
