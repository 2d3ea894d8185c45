package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every scenario file in {@code examples/scenarios/} loads and runs, as the docs say. */
class ExampleScenariosTest {

  private static final Path SCENARIOS = Path.of("..", "examples", "scenarios");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "my-book.yaml, small-broker, 1, 20000",
    "neighbourhood-office.yaml, neighbourhood-office, 1, 3000",
    "stressed-year.yaml, stressed-year, 1, 65000",
    "eight-year-programme.yaml, eight-year-programme, 8, 40000",
    "erlang-c.yaml, erlang-c, 1, 65000",
  })
  void theExampleRuns(String file, String name, int years, int deals) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        AnxinCli.run(
            new String[] {
              "simulate",
              "--scenario",
              SCENARIOS.resolve(file).toString(),
              "--trials",
              "16",
              "--years",
              Integer.toString(years),
              "--out",
              dir.resolve("out").toString(),
              "--format",
              "json",
              "--quiet"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertEquals(name, summary.get("scenario").asText());
    assertEquals(deals, summary.get("dealsPerTrial").asLong());
    assertTrue(summary.get("payoutsPerTrial").asDouble() > 0, out.toString());
  }

  @Test
  void everyExampleIsTested() throws IOException {
    List<String> tested =
        List.of(
            "eight-year-programme.yaml",
            "erlang-c.yaml",
            "my-book.yaml",
            "neighbourhood-office.yaml",
            "stressed-year.yaml");
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      assertEquals(tested, files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void myBookIsTheScenarioOfTheDocs() throws IOException {
    // docs/scenarios.md shows the file in full: the example is that text.
    String docs = Files.readString(Path.of("..", "docs", "scenarios.md"));
    String example = Files.readString(SCENARIOS.resolve("my-book.yaml"));
    assertTrue(
        docs.contains("```yaml\n" + example + "```"), "docs/scenarios.md shows my-book.yaml");
  }
}
