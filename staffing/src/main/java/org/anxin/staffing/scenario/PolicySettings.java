package org.anxin.staffing.scenario;

import java.util.Locale;
import org.anxin.simulator.scenario.ScenarioChecks;
import org.anxin.sla.calendar.ContinuousCalendar;

/**
 * The promise the simulated complaints are held to: the 30124 preset's three targets on {@code
 * calendar}, the monthly {@code objective}, and the probability with which a recommended roster
 * must meet the objective in every month of the year.
 *
 * @param calendar {@code 24x7} (the promise counts every minute) or {@code cn-workday}
 * @param probability percent, e.g. 95
 */
public record PolicySettings(String calendar, Objectives objective, double probability) {

  void validate(String field) {
    String name =
        ScenarioChecks.required(field + ".calendar", calendar).strip().toLowerCase(Locale.ROOT);
    if (!name.equals(ContinuousCalendar.ID) && !name.equals("cn-workday")) {
      throw ScenarioChecks.invalid(field + ".calendar", calendar, "must be 24x7 or cn-workday");
    }
    ScenarioChecks.required(field + ".objective", objective).validate(field + ".objective");
    ScenarioChecks.inRange(field + ".probability", probability, 1, 100);
  }
}
