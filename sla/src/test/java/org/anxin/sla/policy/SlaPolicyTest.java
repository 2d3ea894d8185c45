package org.anxin.sla.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.Calendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaPolicyTest {

  @Test
  void thePreset30124() {
    SlaPolicy policy = SlaPolicy.preset30124();
    assertEquals("30124", policy.name());
    assertEquals(Duration.ofMinutes(30), policy.target(Milestone.FIRST_RESPONSE).budget());
    assertEquals(Duration.ofHours(12), policy.target(Milestone.SOLUTION).budget());
    assertEquals(Duration.ofHours(24), policy.target(Milestone.RESOLUTION).budget());
    assertEquals(new PortfolioObjective(Milestone.RESOLUTION, 90), policy.objective());
    policy.targets().forEach(t -> assertEquals("24x7", t.calendar().id()));
    assertEquals(
        List.of(Milestone.FIRST_RESPONSE, Milestone.SOLUTION, Milestone.RESOLUTION),
        policy.targets().stream().map(SlaTarget::milestone).toList());
  }

  @Test
  void eachTargetOnItsOwnCalendar() {
    SlaPolicy policy =
        SlaPolicy.preset30124().withCalendar(Milestone.SOLUTION, Calendars.cnWorkday());
    assertEquals("cn-workday", policy.target(Milestone.SOLUTION).calendar().id());
    assertEquals("24x7", policy.target(Milestone.RESOLUTION).calendar().id());
    SlaPolicy all = SlaPolicy.preset30124(Calendars.cnWorkday());
    all.targets().forEach(t -> assertEquals("cn-workday", t.calendar().id()));
  }

  @ParameterizedTest(name = "N = {0}: {1} breaches allowed at 90 %")
  @CsvSource({"0, 0", "9, 0", "10, 1", "19, 1", "20, 2", "105, 10", "1000, 100"})
  void theErrorBudgetIsTheFloorOfATenthOfN(long n, long allowed) {
    assertEquals(allowed, new PortfolioObjective(Milestone.RESOLUTION, 90).allowedBreaches(n));
  }

  @Test
  void malformedPoliciesAreRefused() {
    SlaTarget resolution =
        SlaTarget.of(Milestone.RESOLUTION, Duration.ofHours(24), Calendars.twentyFourSeven());
    PortfolioObjective objective = new PortfolioObjective(Milestone.RESOLUTION, 90);
    assertThrows(
        InvalidInputException.class,
        () -> new SlaPolicy("p", List.of(resolution, resolution), objective));
    assertThrows(InvalidInputException.class, () -> new SlaPolicy("p", List.of(), objective));
    SlaPolicy onlyResolution = new SlaPolicy("p", List.of(resolution), objective);
    assertThrows(InvalidInputException.class, () -> onlyResolution.target(Milestone.SOLUTION));
    assertThrows(
        InvalidInputException.class,
        () -> onlyResolution.withCalendar(Milestone.SOLUTION, Calendars.cnWorkday()));
    assertThrows(
        InvalidInputException.class, () -> new PortfolioObjective(Milestone.RESOLUTION, 101));
    assertThrows(
        InvalidInputException.class, () -> new PortfolioObjective(Milestone.RESOLUTION, -1));
    assertThrows(
        InvalidInputException.class,
        () -> SlaTarget.of(Milestone.SOLUTION, Duration.ofHours(-1), Calendars.twentyFourSeven()));
  }
}
