package org.anxin.staffing.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.report.ComplaintCsv;
import org.anxin.sla.report.ComplianceReport;
import org.anxin.sla.report.ComplianceReporter;
import org.anxin.sla.report.GroupReport;
import org.anxin.sla.report.TargetReport;
import org.anxin.staffing.TestScenarios;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.MonthlyTally;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulation judges its complaints exactly as {@code anxin sla report} judges them read back
 * from CSV: the same counted complaints and the same met ones, month by month and target by target,
 * for the default model (waits, reopenings, two skills) at a tight and an ample headcount.
 */
class SlaReportAgreementTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 17, 21})
  void theCsvReadByTheSlaReportGivesTheSameMonthlyCounts(int headcount) throws IOException {
    ScenarioDocument document = TestScenarios.document("background: {perYear: 20000}");
    ComplaintScenario complaints = ComplaintScenario.of(document);
    StaffingResults results =
        StaffingRun.run(
            document.scenario(),
            complaints,
            Catalog.builtIn(),
            2,
            20220731L,
            2,
            new int[] {headcount},
            null);
    StringWriter csv = new StringWriter();
    Instant judgedAt = ComplaintsCsv.write(results, 1, 0, csv);
    StaffingModel model = results.model();
    List<ComplaintSummary> read =
        ComplaintCsv.read("complaints.csv", new StringReader(csv.toString()), model.zone());
    assertEquals(results.complaints(1), read.size());
    // At one seat (the case handlers') nothing is ever answered and the queue stops at its
    // horizon: the report must judge at the simulation's instant, which the CSV cannot carry.
    Instant latest = ComplianceReporter.latestInstant(read).orElseThrow();
    assertTrue(!judgedAt.isBefore(latest), judgedAt + " before " + latest);
    if (headcount == 1) {
      assertTrue(judgedAt.isAfter(latest), "the queue stopped at its horizon");
    }
    ComplianceReport report = ComplianceReporter.report(model.policy(), read, judgedAt);
    MonthlyTally tally = results.tally(0, 1);
    assertEquals(12, report.byMonth().size());
    int breaches = 0;
    for (int m = 0; m < MonthlyTally.MONTHS; m++) {
      GroupReport month = report.byMonth().get(m);
      for (int k = 0; k < StaffingModel.TARGETS.size(); k++) {
        TargetReport target = month.targets().get(k);
        assertEquals(StaffingModel.TARGETS.get(k), target.milestone());
        assertEquals(tally.counted(m, k), target.counted(), "counted, month " + m + " target " + k);
        assertEquals(tally.met(m, k), target.met(), "met, month " + m + " target " + k);
        breaches += target.breaches();
      }
    }
    assertTrue(breaches > 0, "the check needs breaches to compare");
  }
}
