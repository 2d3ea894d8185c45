package org.anxin.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the {@code anxin-spark} jar: {@code spark-submit --class
 * org.anxin.spark.AnxinOnSpark anxin-spark.jar simulate|staffing [options]} runs {@code anxin
 * simulate} or {@code anxin staffing}, with the same options, files and output, their trials
 * computed on Spark ({@code --master}, {@code --partitions} added). This class names no Spark type,
 * so that without Spark on the class path it can say so in one line.
 */
public final class AnxinOnSpark {

  private AnxinOnSpark() {}

  public static void main(String[] args) {
    if (!sparkOnClassPath()) {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      err.println(
          "anxin: Spark is not on the class path: run this jar with spark-submit (Spark 4.x), or"
              + " use ./anxin simulate --engine spark, which finds Spark for it");
      System.exit(2);
    }
    SparkMain.run(args);
  }

  private static boolean sparkOnClassPath() {
    try {
      Class.forName("org.apache.spark.SparkContext", false, AnxinOnSpark.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
