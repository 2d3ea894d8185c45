package org.anxin.sla.policy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;

/**
 * A policy: one target per milestone it covers, and a portfolio objective on one of them.
 *
 * @param targets at most one per milestone, in milestone order
 */
public record SlaPolicy(String name, List<SlaTarget> targets, PortfolioObjective objective) {

  /** The name of the 30124 preset. */
  public static final String NAME_30124 = "30124";

  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(objective, "objective");
    Map<Milestone, SlaTarget> byMilestone = new EnumMap<>(Milestone.class);
    for (SlaTarget target : targets) {
      if (byMilestone.put(target.milestone(), target) != null) {
        throw new InvalidInputException(
            "policy " + name, target.milestone().label(), "has two targets for one milestone");
      }
    }
    if (!byMilestone.containsKey(objective.milestone())) {
      throw new InvalidInputException(
          "policy " + name,
          objective.milestone().label(),
          "the objective's milestone has no target");
    }
    targets = List.copyOf(byMilestone.values());
  }

  /**
   * 30124 on {@code 24x7}: first response within 30 minutes, solution within 12 hours, resolution
   * within 24 hours, and at least 90 % of complaints resolved within 24 hours.
   */
  public static SlaPolicy preset30124() {
    return preset30124(Calendars.twentyFourSeven());
  }

  /** 30124 with every target on {@code calendar}. */
  public static SlaPolicy preset30124(BusinessCalendar calendar) {
    return new SlaPolicy(
        NAME_30124,
        List.of(
            SlaTarget.of(Milestone.FIRST_RESPONSE, Duration.ofMinutes(30), calendar),
            SlaTarget.of(Milestone.SOLUTION, Duration.ofHours(12), calendar),
            SlaTarget.of(Milestone.RESOLUTION, Duration.ofHours(24), calendar)),
        new PortfolioObjective(Milestone.RESOLUTION, 90));
  }

  /** This policy with the target for {@code milestone} on another calendar. */
  public SlaPolicy withCalendar(Milestone milestone, BusinessCalendar calendar) {
    target(milestone);
    return new SlaPolicy(
        name,
        targets.stream().map(t -> t.milestone() == milestone ? t.on(calendar) : t).toList(),
        objective);
  }

  /** The target for {@code milestone}. */
  public SlaTarget target(Milestone milestone) {
    return targets.stream()
        .filter(t -> t.milestone() == milestone)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "policy " + name, milestone.label(), "has no target for this milestone"));
  }
}
