package org.anxin.simulator.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.report.Summary;
import org.anxin.simulator.stats.Yuan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReaderTest {

  @TempDir Path dir;

  private Path run;
  private Summary summary;

  @BeforeEach
  void writeARun() throws Exception {
    run = dir.resolve("run");
    summary = RunDirs.write(run, RunDirs.BASE, 40, 3);
  }

  private String refusal(Path directory) {
    return assertThrows(InvalidInputException.class, () -> RunReader.read(directory)).getMessage();
  }

  private void edit(String file, String from, String to) throws Exception {
    Path path = run.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(Pattern.compile(from).matcher(text).find(), from);
    Files.writeString(path, text.replaceFirst(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void readsBackWhatTheRunWrote() {
    RunFigures figures = RunReader.read(run);
    assertEquals("base", figures.identity().scenario());
    assertEquals(3, figures.identity().seed());
    assertEquals(40, figures.identity().trials());
    assertEquals(4000, figures.identity().dealsPerTrial());
    assertEquals(summary.catalogVersion(), figures.identity().catalogVersion());
    assertEquals(Yuan.of(summary.netCost().mean()), Yuan.of(figures.mean().value()));
    assertEquals(40, figures.netCosts().size());
    assertEquals(18, figures.guarantees().size());
    assertEquals(10, figures.exceedance().size());
    assertEquals(2, figures.exceedance().get(0).returnPeriod());
  }

  @Test
  void refusesWhatIsNotARun() throws Exception {
    assertEquals(
        "run: no such directory (got '" + dir.resolve("nope") + "')", refusal(dir.resolve("nope")));
    Files.writeString(dir.resolve("file"), "x");
    assertTrue(refusal(dir.resolve("file")).contains("is not a directory"));
    Files.createDirectory(dir.resolve("empty"));
    assertTrue(refusal(dir.resolve("empty")).contains("is not an anxin run (no summary.json"));
    Files.delete(run.resolve("trials.csv"));
    assertTrue(refusal(run).contains("no trials.csv"), refusal(run));
  }

  @Test
  void refusesACorruptSummary() throws Exception {
    Files.writeString(run.resolve("summary.json"), "{\"scenario\": ", StandardCharsets.UTF_8);
    String message = refusal(run);
    assertTrue(message.startsWith(run.resolve("summary.json") + ": is not valid JSON"), message);
    assertEquals(1, message.lines().count());
  }

  @Test
  void refusesAMissingOrBadField() throws Exception {
    edit("summary.json", "\"seed\" : 3", "\"seed\" : \"three\"");
    String message = refusal(run);
    assertTrue(
        message.startsWith(run.resolve("summary.json") + ": seed: must be a whole"), message);
  }

  @Test
  void refusesAnAmountWithMoreThanTwoDecimals() throws Exception {
    edit("summary.json", "\"tvar995\" : ([0-9]+)\\.([0-9]+)", "\"tvar995\" : 1.234");
    assertTrue(refusal(run).contains("annualCost.tvar995: must be yuan"), refusal(run));
  }

  @Test
  void refusesACorruptTrialsFile() throws Exception {
    edit("trials.csv", "\n3,", "\n4,");
    assertTrue(
        refusal(run).contains("trials.csv: line 5: trial: must be 3 (got '4')"), refusal(run));
  }

  @Test
  void refusesATrialsFileOfTheWrongLength() throws Exception {
    Path csv = run.resolve("trials.csv");
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    Files.writeString(csv, text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1));
    assertTrue(
        refusal(run).contains("must have one row per trial (40) (got '39 rows')"), refusal(run));
  }

  @Test
  void refusesABadNetCost() throws Exception {
    edit("trials.csv", "\n0,([0-9]+)\\.([0-9]+),", "\n0,lots,");
    assertTrue(refusal(run).contains("line 2: net_cost: must be yuan"), refusal(run));
  }

  @Test
  void refusesAFileWithoutTheHeader() throws Exception {
    edit("trials.csv", "trial,net_cost", "trial,cost");
    assertTrue(refusal(run).contains("trials.csv: line 1: must be the header"), refusal(run));
  }
}
