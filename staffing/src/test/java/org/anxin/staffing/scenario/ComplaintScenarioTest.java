package org.anxin.staffing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The complaints section: its defaults, and one clear message per mistake. */
class ComplaintScenarioTest {

  @Test
  void theBuiltInScenarioHoldsTheDefaults() {
    ComplaintScenario defaults =
        ComplaintScenario.of(ScenarioLoader.resolveDocument(ScenarioLoader.DEFAULT));
    assertEquals(60000, defaults.background().perYear());
    assertEquals(2, defaults.roster().skills().size());
    assertTrue(defaults.earliestDeadlineFirst());
    assertEquals(58, defaults.roster().headcount());
    int[] sweep = defaults.sweep().headcounts();
    assertEquals(50, sweep[0]);
    assertEquals(86, sweep[sweep.length - 1]);
  }

  @Test
  void aStageThatNamesItsSkillReplacesTheDefaultStageWhole() {
    ComplaintScenario scenario =
        TestScenarios.complaints("categories: {transaction: {closure: {skill: none}}}");
    StageWork closure = scenario.categories().get("transaction").closure();
    assertTrue(!closure.isWorked());
    assertEquals(null, closure.minutes());
    // The rest of the category keeps its defaults.
    assertEquals("handler", scenario.categories().get("transaction").solution().skill());
  }

  @Test
  void aCategoryNoComplaintReachesMayNameSkillsNoTeamHas() {
    ComplaintScenario scenario =
        TestScenarios.complaints(
            "background: {categories: {transaction: 0}}\n"
                + "categories: {transaction: {solution: {skill: nobody, minutes: {dist: fixed,"
                + " value: 1}}}}");
    assertTrue(!scenario.occurs("transaction"));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                TestScenarios.complaints(
                    "categories: {transaction: {solution: {skill: nobody, minutes: {dist: fixed,"
                        + " value: 1}}}}"));
    assertTrue(e.getMessage().contains("complaints.categories.transaction.solution.skill"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "queue: lifo|complaints.queue|must be edf or fcfs",
        "background: {perYear: -1}|complaints.background.perYear|must be between",
        "fileProbability: {NO_SUCH: 0.5}|complaints.fileProbability.NO_SUCH|no such guarantee code",
        "fileProbability: {default: 1.5}|complaints.fileProbability.default|probability",
        "guaranteeCategory: nothing|complaints.guaranteeCategory|no such category",
        "roster: {shrinkage: 0.99}|complaints.roster.shrinkage|must be between",
        "sweep: {from: 1, to: 500, step: 1}|complaints.sweep|at most 200 headcounts",
        "channels: {walkIn: {hourWeights: [1, 2]}}|complaints.channels.walkIn.hourWeights|needs 24",
        "categories: {service: {solution: {skill: cook, minutes: {dist: fixed, value: 1}}}}"
            + "|complaints.categories.service.solution.skill|no team has this skill",
        "roster: {teams: [{name: a, skill: x, share: 1, calendar: cn-workday, offDayShare: 0,"
            + " shifts: [{name: s, hours: '9-17', share: 1}]}]}"
            + "|complaints.roster.teams[0].shifts[0].hours|HH:MM-HH:MM",
        "policy: {calendar: mars}|complaints.policy.calendar|must be 24x7 or cn-workday",
        "escalation: 5|complaints.escalation|unknown field"
      })
  void aMistakeNamesItsField(String override, String field, String problem) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TestScenarios.complaints(override));
    assertTrue(e.getMessage().contains(field), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }
}
