package org.anxin.simulator.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.report.Summary;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;

/**
 * Writes small runs' {@code summary.json} and {@code trials.csv} as {@code anxin simulate} does.
 */
final class RunDirs {

  private RunDirs() {}

  /** A run of {@code yaml}'s scenario into {@code dir}, returning the summary it wrote. */
  static Summary write(Path dir, String yaml, int trials, long seed) throws IOException {
    Scenario scenario = ScenarioLoader.parse(yaml);
    Catalog catalog = Catalog.builtIn();
    TrialResults results = MonteCarloEngine.of(scenario, catalog).run(trials, seed, 2, t -> {});
    Summary summary = Summary.of(scenario.name(), seed, catalog, scenario.book().deals(), results);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("summary.json"),
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(summary.toJson()),
        StandardCharsets.UTF_8);
    try (Writer out = Files.newBufferedWriter(dir.resolve("trials.csv"), StandardCharsets.UTF_8)) {
      TrialsCsv.write(results, out);
    }
    return summary;
  }

  /** A small default book. */
  static final String BASE = "name: base\nbook: {deals: 4000}\n";

  /** The same book under the credit squeeze. */
  static final String SQUEEZE =
      "name: squeeze\nbook: {deals: 4000}\nstress: {regime: creditSqueeze}\n";
}
