package org.anxin.sla.clock;

import java.util.Objects;
import org.anxin.domain.InvalidInputException;

/**
 * An escalation level reached when the elapsed business time crosses {@code percent} of the budget
 * (above 100 % once the deadline has passed), e.g. level 1 "team lead" at 100 %.
 */
public record EscalationLevel(int level, String name, int percent) {

  public EscalationLevel {
    Objects.requireNonNull(name, "name");
    if (level < 1) {
      throw new InvalidInputException("escalation level", level, "must be 1 or more");
    }
    if (percent < 1) {
      throw new InvalidInputException("escalation percent", percent, "must be 1 or more");
    }
  }
}
