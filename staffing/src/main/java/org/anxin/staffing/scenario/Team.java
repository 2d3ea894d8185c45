package org.anxin.staffing.scenario;

import java.util.List;
import java.util.Locale;
import org.anxin.simulator.scenario.ScenarioChecks;
import org.anxin.sla.calendar.ContinuousCalendar;

/**
 * A team: the skill its people have, its share of the headcount, the calendar that says which days
 * are working days, the share of each shift still on duty on a day off (the weekend and holiday
 * skeleton) and its shifts.
 *
 * @param calendar {@code cn-workday} (weekdays and make-up days are working days, weekends and
 *     statutory holidays are days off) or {@code 24x7} (every day a working day)
 */
public record Team(
    String name,
    String skill,
    double share,
    String calendar,
    double offDayShare,
    List<Shift> shifts) {

  /** Defensive copy; null stays for validation to name. */
  public Team {
    shifts = shifts == null ? null : List.copyOf(shifts);
  }

  /** Whether every day is a working day for this team. */
  public boolean worksEveryDay() {
    return calendar.strip().toLowerCase(Locale.ROOT).equals(ContinuousCalendar.ID);
  }

  void validate(String field) {
    ScenarioChecks.required(field + ".name", name);
    if (name.isBlank()) {
      throw ScenarioChecks.invalid(field + ".name", name, "must not be blank");
    }
    ScenarioChecks.required(field + ".skill", skill);
    if (skill.isBlank() || skill.equals(StageWork.NONE)) {
      throw ScenarioChecks.invalid(
          field + ".skill", skill, "must name a skill (not blank, not none)");
    }
    ScenarioChecks.inRange(field + ".share", share, 0, 1e6);
    String name =
        ScenarioChecks.required(field + ".calendar", calendar).strip().toLowerCase(Locale.ROOT);
    if (!name.equals(ContinuousCalendar.ID) && !name.equals("cn-workday")) {
      throw ScenarioChecks.invalid(field + ".calendar", calendar, "must be 24x7 or cn-workday");
    }
    ScenarioChecks.probability(field + ".offDayShare", offDayShare);
    ScenarioChecks.required(field + ".shifts", shifts);
    if (shifts.isEmpty()) {
      throw ScenarioChecks.invalid(field + ".shifts", shifts, "a team needs at least one shift");
    }
    double total = 0;
    for (int i = 0; i < shifts.size(); i++) {
      ScenarioChecks.required(field + ".shifts[" + i + "]", shifts.get(i))
          .validate(field + ".shifts[" + i + "]");
      total += shifts.get(i).share();
    }
    if (!(total > 0)) {
      throw ScenarioChecks.invalid(field + ".shifts", shifts, "a shift needs a share above 0");
    }
  }
}
