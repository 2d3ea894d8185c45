package org.anxin.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.document.DocumentText;
import org.anxin.guarantees.document.Syntax;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.Sampling;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.report.Summary;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.report.YearsCsv;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On Spark in local mode (two executor threads, a task may fail once and be retried), a run gives
 * the local engine's trials.csv, years.csv and summary.json, byte for byte, whatever the number of
 * partitions, and a task that fails once and is retried changes nothing.
 */
class SparkSimulationTest {

  private static final String SCENARIO =
      "name: spark\nbook: {deals: 3000}\nprogramme: {growth: 0.05, persistence: 0.5}\n";

  private static final int TRIALS = 60;

  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String[] files(TrialResults results) throws IOException {
    Scenario scenario = ScenarioLoader.parse(SCENARIO);
    StringWriter trials = new StringWriter();
    TrialsCsv.write(results, trials);
    StringWriter years = new StringWriter();
    YearsCsv.write(results.path(), results.trials(), years);
    String summary =
        Summary.of(
                scenario.name(),
                5L,
                Catalog.builtIn(),
                scenario.book().deals(),
                results,
                scenario.programme())
            .toJson()
            .toPrettyString();
    return new String[] {trials.toString(), years.toString(), summary};
  }

  private static String[] local(int years) throws IOException {
    Scenario scenario = ScenarioLoader.parse(SCENARIO);
    return files(MonteCarloEngine.of(scenario, Catalog.builtIn()).run(TRIALS, years, 5L, 2, null));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void anyPartitioningGivesTheLocalEnginesBytes(int partitions) throws IOException {
    for (int years : new int[] {1, 3}) {
      String[] expected = local(years);
      String[] actual = files(SparkSimulation.run(spark, SCENARIO, TRIALS, years, 5L, partitions));
      assertEquals(expected[0], actual[0], "trials.csv");
      assertEquals(expected[1], actual[1], "years.csv");
      assertEquals(expected[2], actual[2], "summary.json");
    }
  }

  /** A stratified design is of the whole run: cut into ranges, its strata are the local run's. */
  @Test
  void aStratifiedRunGivesTheLocalStratifiedBytes() throws IOException {
    int trials = 240;
    Sampling design = Sampling.stratified(trials);
    Scenario scenario = ScenarioLoader.parse(SCENARIO);
    String[] local =
        files(
            MonteCarloEngine.of(scenario, Catalog.builtIn())
                .withSampling(design)
                .run(trials, 2, 5L, 2, null));
    String[] onSpark =
        files(
            SparkSimulation.run(
                spark,
                new DocumentText(SCENARIO, Syntax.YAML),
                null,
                new Sizes(trials, 2, 5L, 7, 1),
                design,
                null));
    assertArrayEquals(local, onSpark);
    assertTrue(onSpark[2].contains("\"marketFactor\" : \"stratified\""), onSpark[2]);
  }

  @Test
  void aTaskThatFailsOnceIsRetriedWithTheSameBytes() throws IOException {
    TrialResults retried =
        SparkSimulation.run(
            spark,
            new DocumentText(SCENARIO, Syntax.YAML),
            null,
            new Sizes(TRIALS, 1, 5L, 4, 1),
            Sampling.plain(),
            (partition, attempt) -> {
              if (partition == 2 && attempt == 0) {
                throw new IllegalStateException("the executor was lost");
              }
            },
            null);
    assertEquals(local(1)[0], files(retried)[0]);
  }

  @Test
  void progressCountsEveryTrialOnceWhateverTheAttempts() {
    AtomicInteger done = new AtomicInteger();
    SparkSimulation.run(
        spark,
        new DocumentText(SCENARIO, Syntax.YAML),
        null,
        new Sizes(TRIALS, 1, 5L, 7, 1),
        Sampling.plain(),
        (partition, attempt) -> {
          if (partition == 3 && attempt == 0) {
            throw new IllegalStateException("the executor was lost");
          }
        },
        done::addAndGet);
    assertEquals(TRIALS, done.get());
  }

  @Test
  void aCatalogShippedAsTextIsTheCatalogOfItsFile() throws IOException {
    String shanghai;
    try (InputStream in = Catalog.class.getResourceAsStream("shanghai-18.yaml")) {
      shanghai = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Leaks cost nothing under a catalog whose cap for them is 1 yuan.
    String capped = shanghai.replaceFirst("(?s)(code: LEAK_WARRANTY.*?cap: )[0-9.]+", "$11");
    assertEquals(
        local(1)[0], files(SparkSimulation.run(spark, SCENARIO, shanghai, TRIALS, 1, 5L, 3))[0]);
    Catalog cappedCatalog =
        Catalog.read(new ByteArrayInputStream(capped.getBytes(StandardCharsets.UTF_8)));
    Scenario scenario = ScenarioLoader.parse(SCENARIO);
    String onSpark = files(SparkSimulation.run(spark, SCENARIO, capped, TRIALS, 1, 5L, 3))[0];
    assertEquals(
        files(MonteCarloEngine.of(scenario, cappedCatalog).run(TRIALS, 1, 5L, 2, null))[0],
        onSpark);
    assertNotEquals(local(1)[0], onSpark, "the shipped catalog is the one the tasks used");
  }

  @Test
  void aBadScenarioOrSizeIsRefusedOnTheDriver() {
    assertThrows(
        InvalidInputException.class,
        () -> SparkSimulation.run(spark, "name: x\nbook: {deals: -1}\n", 10, 1, 5L, 2));
    assertThrows(
        InvalidInputException.class, () -> SparkSimulation.run(spark, SCENARIO, 10, 1, 5L, 0));
    assertThrows(
        InvalidInputException.class, () -> SparkSimulation.run(spark, SCENARIO, 0, 1, 5L, 2));
  }
}
