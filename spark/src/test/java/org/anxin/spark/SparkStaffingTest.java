package org.anxin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.guarantees.document.Syntax;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.run.MonthsCsv;
import org.anxin.staffing.run.StaffingResults;
import org.anxin.staffing.run.StaffingRun;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staffing sweep on Spark, one task per (headcount, trial range), gives the local run's
 * months.csv whatever the partitions, and a task that fails once is retried with the same bytes.
 */
class SparkStaffingTest {

  private static final String SCENARIO =
      "name: staffing-spark\nbook: {deals: 3000}\ncomplaints: {background: {perYear: 15000}}\n";

  private static final int TRIALS = 5;

  private static final int[] HEADCOUNTS = {12, 18};

  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String months(StaffingResults results) throws IOException {
    StringWriter out = new StringWriter();
    MonthsCsv.write(results, out);
    return out.toString();
  }

  private static String local() throws IOException {
    ScenarioDocument document = ScenarioLoader.parseDocument(SCENARIO);
    return months(
        StaffingRun.run(
            document.scenario(),
            ComplaintScenario.of(document),
            Catalog.builtIn(),
            TRIALS,
            3L,
            2,
            HEADCOUNTS,
            null));
  }

  private static StaffingResults onSpark(int partitions, SparkSimulation.TaskProbe probe) {
    return SparkStaffing.run(
        spark,
        new DocumentText(SCENARIO, Syntax.YAML),
        new Sizes(TRIALS, 1, 3L, partitions, 1),
        HEADCOUNTS,
        probe,
        null);
  }

  @Test
  void anyPartitioningGivesTheLocalRunsMonths() throws IOException {
    String expected = local();
    for (int partitions : new int[] {1, 3, 9}) {
      assertEquals(
          expected,
          months(onSpark(partitions, SparkSimulation.TaskProbe.none())),
          partitions + " partitions");
    }
  }

  @Test
  void aTaskThatFailsOnceIsRetriedWithTheSameBytes() throws IOException {
    StaffingResults retried =
        onSpark(
            2,
            (partition, attempt) -> {
              if (partition == 1 && attempt == 0) {
                throw new IllegalStateException("the executor was lost");
              }
            });
    assertEquals(local(), months(retried));
  }
}
