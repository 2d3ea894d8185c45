package org.anxin.staffing.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.staffing.TestScenarios;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.junit.jupiter.api.Test;

/**
 * A run cut into parts (a headcount and a trial range each, as a cluster's tasks compute them) and
 * joined again is the run in one process: months.csv, staffing.json and complaints.csv, byte for
 * byte, however it is cut.
 */
class StaffingPartsTest {

  private static final ScenarioDocument SMALL =
      TestScenarios.document("background: {perYear: 15000}");

  private static final int TRIALS = 7;

  private static final int[] HEADCOUNTS = {10, 14};

  private static StaffingPart part(int from, int to, int headcount) {
    return StaffingRun.runRange(
        SMALL.scenario(), ComplaintScenario.of(SMALL), Catalog.builtIn(), from, to, 7L, headcount);
  }

  private static StaffingResults assemble(List<StaffingPart> parts) {
    return StaffingRun.assemble(
        SMALL.scenario(),
        ComplaintScenario.of(SMALL),
        Catalog.builtIn(),
        TRIALS,
        7L,
        HEADCOUNTS,
        parts);
  }

  private static String[] files(StaffingResults results) throws IOException {
    StringWriter months = new StringWriter();
    MonthsCsv.write(results, months);
    StaffingSummary summary = StaffingSummary.of(results);
    String json = StaffingJson.of(summary, results.model(), "small").toPrettyString();
    StringWriter complaints = new StringWriter();
    ComplaintsCsv.write(results, 0, 1, complaints);
    return new String[] {months.toString(), json, complaints.toString()};
  }

  @Test
  void partsJoinedAreTheRunWhateverTheCut() throws IOException {
    String[] whole =
        files(
            StaffingRun.run(
                SMALL.scenario(),
                ComplaintScenario.of(SMALL),
                Catalog.builtIn(),
                TRIALS,
                7L,
                2,
                HEADCOUNTS,
                null));
    for (int[] cuts : new int[][] {{0, TRIALS}, {0, 1, 4, TRIALS}, {0, 3, 5, 6, TRIALS}}) {
      List<StaffingPart> parts = new ArrayList<>();
      for (int h : HEADCOUNTS) {
        for (int c = 0; c + 1 < cuts.length; c++) {
          parts.add(part(cuts[c], cuts[c + 1], h));
        }
      }
      // The driver gets the parts in any order.
      Collections.reverse(parts);
      String[] joined = files(assemble(parts));
      assertEquals(whole[0], joined[0], "months.csv");
      assertEquals(whole[1], joined[1], "staffing.json");
      assertEquals(whole[2], joined[2], "complaints.csv");
    }
  }

  @Test
  void partsThatMissOrRepeatATrialAreRefused() {
    List<StaffingPart> missing = new ArrayList<>();
    missing.add(part(0, 3, 10));
    missing.add(part(0, TRIALS, 14));
    IllegalArgumentException gap =
        assertThrows(IllegalArgumentException.class, () -> assemble(missing));
    assertEquals("trial 3 at headcount 10 is in no part", gap.getMessage());
    List<StaffingPart> repeated = new ArrayList<>(missing);
    repeated.add(part(2, TRIALS, 10));
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> assemble(repeated));
    assertEquals("trial 2 at headcount 10 is in two parts", twice.getMessage());
  }

  @Test
  void aLogOfARangeKnowsOnlyItsTrials() {
    IncidentLog log = new IncidentLog(5, 3, 365);
    assertEquals(0, log.of(5).size());
    assertEquals(0, log.of(7).size());
    assertThrows(IllegalArgumentException.class, () -> log.of(4));
    assertThrows(IllegalArgumentException.class, () -> log.of(8));
  }
}
