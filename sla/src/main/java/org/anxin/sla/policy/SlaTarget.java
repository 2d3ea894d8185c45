package org.anxin.sla.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.clock.ClockPolicy;
import org.anxin.sla.clock.SlaClock;

/** A target: reach {@code milestone} within {@code budget} of business time on {@code calendar}. */
public record SlaTarget(
    Milestone milestone, Duration budget, BusinessCalendar calendar, ClockPolicy clockPolicy) {

  public SlaTarget {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(clockPolicy, "clockPolicy");
    if (budget.isNegative()) {
      throw new InvalidInputException(
          milestone.label() + " budget", budget, "must not be negative");
    }
  }

  public static SlaTarget of(Milestone milestone, Duration budget, BusinessCalendar calendar) {
    return new SlaTarget(milestone, budget, calendar, ClockPolicy.DEFAULT);
  }

  /** This target on another calendar. */
  public SlaTarget on(BusinessCalendar other) {
    return new SlaTarget(milestone, budget, other, clockPolicy);
  }

  /** Starts this target's clock at {@code start}. */
  public SlaClock startClock(Instant start) {
    return SlaClock.start(calendar, budget, clockPolicy, start);
  }
}
