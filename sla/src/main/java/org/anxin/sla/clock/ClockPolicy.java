package org.anxin.sla.clock;

import java.util.List;
import org.anxin.domain.InvalidInputException;

/**
 * When a clock warns and escalates, as whole percentages of its budget of business time.
 *
 * @param warningPercents strictly increasing, e.g. 50, 75, 100
 * @param escalations levels numbered 1, 2, … with strictly increasing percentages
 */
public record ClockPolicy(List<Integer> warningPercents, List<EscalationLevel> escalations) {

  /**
   * Warnings at 50, 75 and 100 %; escalation to the team lead at the deadline, to the manager at
   * 150 % and to the director at 200 %.
   */
  public static final ClockPolicy DEFAULT =
      new ClockPolicy(
          List.of(50, 75, 100),
          List.of(
              new EscalationLevel(1, "team lead", 100),
              new EscalationLevel(2, "manager", 150),
              new EscalationLevel(3, "director", 200)));

  public ClockPolicy {
    warningPercents = List.copyOf(warningPercents);
    escalations = List.copyOf(escalations);
    int previous = 0;
    for (int percent : warningPercents) {
      if (percent <= previous) {
        throw new InvalidInputException(
            "warnings", warningPercents, "percentages must be positive and strictly increasing");
      }
      previous = percent;
    }
    previous = 0;
    for (int i = 0; i < escalations.size(); i++) {
      EscalationLevel level = escalations.get(i);
      if (level.level() != i + 1 || level.percent() <= previous) {
        throw new InvalidInputException(
            "escalations",
            escalations,
            "levels must be numbered 1, 2, … with strictly increasing percentages");
      }
      previous = level.percent();
    }
  }
}
