package org.anxin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.report.YearsCsv;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * A real multi-process run: {@code local-cluster[2,1,1024]}, a master and two workers whose
 * executors are separate JVMs, so the scenario's text goes out and every range's results come back
 * through serialization and Anxin's classes are shipped to the executors. Spark's worker builds an
 * executor's command line from a {@code SPARK_HOME}; the test lays one out from the jars of its own
 * class path (links, no download). The run gives the local engine's bytes.
 */
class SeparateExecutorsTest {

  private static final String SCENARIO = "name: cluster\nbook: {deals: 2000}\n";

  @Test
  void executorsInSeparateJvmsGiveTheLocalEnginesBytes() throws IOException {
    Path home = Path.of(System.getenv("SPARK_HOME"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    String classPath = System.getProperty("java.class.path");
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        Path link = jars.resolve(path.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, path.toAbsolutePath());
        }
      }
    }
    String options = System.getProperty("anxin.spark.javaOptions", "");
    JavaSparkContext spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local-cluster[2,1,1024]")
                .setAppName("anxin-cluster-test")
                .set("spark.home", home.toString())
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                // Anxin's classes (target/classes directories) and the rest of the test's class
                // path, for the executors' JVMs.
                .set("spark.executor.extraClassPath", classPath)
                .set("spark.executor.extraJavaOptions", options));
    try {
      spark.setLogLevel("ERROR");
      TrialResults cluster = SparkSimulation.run(spark, SCENARIO, 40, 2, 9L, 5);
      TrialResults local =
          MonteCarloEngine.of(ScenarioLoader.parse(SCENARIO), Catalog.builtIn())
              .run(40, 2, 9L, 2, null);
      assertEquals(csv(local), csv(cluster));
    } finally {
      spark.stop();
    }
  }

  private static String csv(TrialResults results) throws IOException {
    StringWriter out = new StringWriter();
    TrialsCsv.write(results, out);
    YearsCsv.write(results.path(), results.trials(), out);
    return out.toString();
  }
}
