package org.anxin.staffing;

import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.scenario.ComplaintScenario;

/** Scenario sections for tests: the built-in defaults with a YAML override of the section. */
public final class TestScenarios {

  private TestScenarios() {}

  /** The scenario document of {@code complaintsYaml} (lines under {@code complaints:}). */
  public static ScenarioDocument document(String complaintsYaml) {
    String indented = ("\n" + complaintsYaml.strip()).replace("\n", "\n  ");
    return ScenarioLoader.parseDocument("name: test\ncomplaints:" + indented + "\n");
  }

  /** The section of {@code complaintsYaml}, bound and validated. */
  public static ComplaintScenario complaints(String complaintsYaml) {
    return ComplaintScenario.of(document(complaintsYaml));
  }

  /** The model of {@code complaintsYaml} for 2025. */
  public static StaffingModel model(String complaintsYaml) {
    return StaffingModel.of(complaints(complaintsYaml), 2025);
  }

  /**
   * One skill, one category ({@code calls}, responded to and closed in one piece of work), every
   * default category silenced: the base of the queueing tests.
   */
  public static String oneSkill(
      double perYear, String minutes, String calendar, String shifts, double shrinkage) {
    return """
        background:
          perYear: %s
          categories: {calls: 1.0, service: 0, transaction: 0, rental: 0}
        fileProbability: {default: 0.0, TRUE_LISTING: 0.0, NO_COLD_CALLS: 0.0}
        guaranteeCategory: calls
        categories:
          calls:
            response: {skill: agent, minutes: %s}
            solution: {skill: none}
            closure: {skill: none}
            waitForCustomer: {probability: 0.0, hours: {dist: fixed, value: 0}}
            waitForThirdParty: {probability: 0.0, hours: {dist: fixed, value: 0}}
            reopen: {probability: 0.0, afterHours: {dist: fixed, value: 0}, minutes: {dist: fixed, value: 0}}
        escalationMinutes: 0
        queue: fcfs
        roster:
          headcount: 5
          shrinkage: %s
          teams:
            - name: desk
              skill: agent
              share: 1.0
              calendar: %s
              offDayShare: 0.0
              shifts: %s
        """
        .formatted(perYear, minutes, shrinkage, calendar, shifts);
  }
}
